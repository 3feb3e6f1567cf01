// @vitest-environment jsdom
// The popup view's list: its first screen, the rest after it, the page being read, stale replies.
// What it shows before the answers and when they fail: popup-view-status.test.ts.
import { describe, expect, it, vi } from 'vitest';
import type { ResponseOf } from '../../messaging/contract';
import { PopupView } from './popup-view';
import { FIRST_ROWS } from './row-counts';
import {
  actions,
  asked,
  deferred,
  popupMarkupForEachTest,
  reply,
  row,
  rows,
  status,
  titles,
} from './testing/view-fixture';

const sendToWorker = vi.hoisted(() => vi.fn());
vi.mock('../../messaging/client', () => ({
  sendToWorker,
  ownTabId: () => Promise.resolve(undefined),
}));

describe('popup view', () => {
  popupMarkupForEachTest(sendToWorker);

  it('draws the first screen and "Continue reading" from requests already in flight', async () => {
    const view = new PopupView('en', actions());
    const drawn = await view.refresh({
      query: '',
      rows: Promise.resolve(reply(rows(3))),
      unfinished: Promise.resolve([row('half-read')]),
      status: Promise.resolve(status()),
    });
    expect(drawn).toBe(true);
    expect(titles()).toEqual(['page-0', 'page-1', 'page-2']);
    expect(document.querySelector<HTMLElement>('#continue-reading')?.hidden).toBe(false);
    expect(document.querySelector('#continue-list')?.textContent).toContain('half-read');
    // Nothing asked of the worker beyond what was already in flight (3 rows: no "rest").
    expect(sendToWorker).not.toHaveBeenCalled();
  });

  it.each([
    ['the older reply arrives first', [0, 1]],
    ['the older reply arrives last', [1, 0]],
  ] as const)('never lets an older reply replace a newer one (%s)', async (_name, order) => {
    const view = new PopupView('en', actions());
    const replies = [deferred<ResponseOf<'list-pages'>>(), deferred<ResponseOf<'list-pages'>>()];
    const older = view.refresh(asked('', replies[0]?.promise ?? Promise.reject(new Error())));
    const newer = view.refresh(asked('river', replies[1]?.promise ?? Promise.reject(new Error())));
    const answers = [reply(rows(2, 'recent')), reply(rows(1, 'river'))];
    for (const i of order) {
      replies[i]?.resolve(answers[i] ?? reply([]));
      await (i === 0 ? older : newer);
    }
    expect(titles()).toEqual(['river-0']);
    expect(await newer).toBe(true);
  });

  it('appends the rest of the rows after the first screen is on screen', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      setTimeout(callback, 16),
    );
    const first = rows(FIRST_ROWS);
    sendToWorker.mockResolvedValue(reply([...first, ...rows(5, 'older')]));
    const view = new PopupView('en', actions());
    await view.refresh(asked('', Promise.resolve(reply(first))));
    expect(titles()).toHaveLength(FIRST_ROWS);
    await vi.runAllTimersAsync();
    expect(sendToWorker).toHaveBeenCalledWith('list-pages', { query: '', limit: 50 });
    expect(titles()).toHaveLength(FIRST_ROWS + 5);
    expect(titles().at(-1)).toBe('older-4');
  });

  it('draws the first screen without waiting for the page being read, then updates its time', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      setTimeout(callback, 16),
    );
    const live = { ...row('live'), activeMs: 60_000 };
    // The worker's answer once the page being read has said its pending input: 3 min, not 1.
    sendToWorker.mockResolvedValue(reply([{ ...live, activeMs: 180_000 }, row('older')]));
    const view = new PopupView('en', actions());
    await view.refresh(
      asked('', Promise.resolve({ ...reply([live, row('older')]), pendingEvidence: true })),
    );
    const meta = () => document.querySelector('#activities .meta')?.textContent ?? '';
    expect(meta()).toContain('Read for 1 min');
    await vi.runAllTimersAsync();
    expect(sendToWorker).toHaveBeenCalledWith('list-pages', { query: '', limit: 50 });
    expect(meta()).toContain('Read for 3 min');
    expect(titles()).toEqual(['live', 'older']);
  });

  it.each([
    ['above the stored pages', [row('older')], ['live', 'older']],
    ['in a popup that had nothing to show', [], ['live']],
  ])(
    'shows the page being read, not yet stored (read 5–9 s), once it said its input: %s',
    async (_case, stored, expected) => {
      vi.useFakeTimers();
      vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
        setTimeout(callback, 16),
      );
      const live = { ...row('live'), lastActiveAt: Date.now(), activeMs: 7_000 };
      sendToWorker.mockResolvedValue(reply([live, ...stored]));
      const view = new PopupView('en', actions());
      await view.refresh(asked('', Promise.resolve({ ...reply(stored), pendingEvidence: true })));
      expect(titles()).toEqual(stored.map((page) => page.title));
      await vi.runAllTimersAsync();
      expect(titles()).toEqual(expected);
      expect(document.querySelector<HTMLElement>('#empty')?.hidden).toBe(true);
      // Focus is not in the list: the new first row is its one tab stop.
      const stops = [...document.querySelectorAll('#activities [tabindex="0"]')];
      const rowsWithStops = new Set(stops.map((stop) => stop.closest('li')));
      expect([...rowsWithStops].map((li) => li?.querySelector('.title')?.textContent)).toEqual([
        'live',
      ]);
    },
  );
});
