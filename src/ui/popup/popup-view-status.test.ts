// @vitest-environment jsdom
// The popup view before and without the worker's answers: the status drawn on its own, the
// skeleton and hidden buttons until the first answers say what they are, a worker that fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ResponseOf, Status } from '../../messaging/contract';
import { PopupView } from './popup-view';
import { popupMarkupForEachTest } from './testing/view-fixture';
import { actions, asked, deferred, reply, rows, status, titles } from './testing/view-fixture';

const sendToWorker = vi.hoisted(() => vi.fn());
vi.mock('../../messaging/client', () => ({
  sendToWorker,
  ownTabId: () => Promise.resolve(undefined),
}));

describe('popup view before its answers', () => {
  popupMarkupForEachTest(sendToWorker);

  it('draws the status on its own: a pause shows while the rows are still on their way', async () => {
    const view = new PopupView('en', actions());
    const list = deferred<ResponseOf<'list-pages'>>();
    const onStatus = vi.fn();
    view.onStatus = onStatus;
    const drawn = view.refresh({
      query: '',
      rows: list.promise,
      unfinished: Promise.resolve([]),
      status: Promise.resolve(status({ paused: true })),
    });
    await vi.waitFor(() => {
      expect(document.querySelector('#status')?.textContent).toBe(
        'Paused: nothing is being recorded.',
      );
    });
    expect(document.querySelector('#pause')?.getAttribute('aria-pressed')).toBe('true');
    expect(onStatus).toHaveBeenCalledOnce();
    list.resolve(reply(rows(1)));
    await drawn;
    expect(titles()).toEqual(['page-0']);
  });

  it('shows a busy skeleton and no Pause or footer button until the first answers say what they are', async () => {
    // The popup's own style sheet, so the test sees what a person would.
    const style = document.createElement('style');
    style.textContent = readFileSync(join(__dirname, 'popup.css'), 'utf8');
    document.head.append(style);
    const list = deferred<ResponseOf<'list-pages'>>();
    const state = deferred<Status>();
    const view = new PopupView('en', actions());
    const drawn = view.refresh({
      query: '',
      rows: list.promise,
      unfinished: Promise.resolve([]),
      status: state.promise,
    });
    const button = (): HTMLElement => view.syncAction;
    expect(view.list.getAttribute('aria-busy')).toBe('true');
    expect(button().closest('footer')?.getAttribute('aria-busy')).toBe('true');
    // Not "Sync now" that becomes "Sign in" a second later: no button until the state is known.
    expect(getComputedStyle(button()).visibility).toBe('hidden');
    // Nor "Pause" that becomes "Resume" while tracking is paused.
    expect(getComputedStyle(view.pause).visibility).toBe('hidden');
    state.resolve(status({ paused: true }));
    await vi.waitFor(() => {
      expect(button().textContent).toBe('Sign in');
    });
    expect(getComputedStyle(button()).visibility).not.toBe('hidden');
    expect(view.pause.textContent).toBe('Resume');
    expect(getComputedStyle(view.pause).visibility).not.toBe('hidden');
    expect(view.list.getAttribute('aria-busy')).toBe('true');
    list.resolve(reply([]));
    await drawn;
    expect(view.list.hasAttribute('aria-busy')).toBe(false);
    style.remove();
  });

  it('says so on the status line when the worker cannot answer', async () => {
    const view = new PopupView('en', actions());
    const drawn = await view.refresh(
      asked('', Promise.reject(new Error('The background worker did not answer.'))),
    );
    expect(drawn).toBe(false);
    expect(view.list.hasAttribute('aria-busy')).toBe(false);
    expect(document.querySelector('#status')?.textContent).toContain(
      'The background worker did not answer.',
    );
  });
});
