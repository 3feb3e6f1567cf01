// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../i18n/testing';
import type { SyncOverview } from '../messaging/contract';
import { SyncLineView } from './sync-line-view';

const idle: SyncOverview = { state: 'idle', attempt: 0, pending: 0, parked: 0 };

/** A line like the popup's footer: words, a button, busy until drawn. */
function mount(): SyncLineView {
  const container = document.createElement('footer');
  container.setAttribute('aria-busy', 'true');
  const text = document.createElement('span');
  const button = document.createElement('button');
  button.textContent = 'Sync now';
  container.append(text, button);
  document.body.replaceChildren(container);
  return new SyncLineView({ container, text, button }, 'en');
}

/** A promise with its resolve and reject, for answers a test holds back. */
function held<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('sync line view', () => {
  beforeEach(() => {
    useCatalog('en');
  });

  it('draws the words, the warning and the button the line asks for, and is no longer busy', () => {
    const view = mount();
    const { container, text, button } = view.elements;
    view.show({ ...idle, state: 'sign-in-required', pending: 2 });
    expect(text.textContent).toBe(
      'Sign in again to keep publishing to your Timeline (nothing is lost) · 2 waiting to sync',
    );
    expect(text.classList.contains('warn')).toBe(true);
    expect(button.textContent).toBe('Sign in');
    expect(button.dataset.action).toBe('sign-in');
    expect(container.hasAttribute('aria-busy')).toBe(false);
    view.show({ ...idle, lastSuccessAt: Date.now() });
    expect(text.textContent).toBe('Synced just now');
    expect(text.classList.contains('warn')).toBe(false);
    expect(button.textContent).toBe('Sync now');
  });

  it('keeps answering a Sync now during a budget wait in the redraws after it, until the slot changes', () => {
    const view = mount();
    const paced = {
      ...idle,
      state: 'waiting' as const,
      pending: 2,
      nextSlotAt: Date.now() + 60_000,
    };
    view.show(paced, { afterSyncNow: true });
    view.show(paced);
    expect(view.elements.text.textContent).toMatch(
      /^Already publishing as fast as Microsoft allows/,
    );
    view.show({ ...paced, nextSlotAt: paced.nextSlotAt + 300_000 });
    expect(view.elements.text.textContent).toMatch(/^Publishing in batches/);
  });

  it('Sign in opens sign-in and asks for no pass', () => {
    const view = mount();
    view.show({ ...idle, state: 'signed-out' });
    const actions = { syncNow: vi.fn(), signIn: vi.fn(), synced: vi.fn() };
    view.wireButton(actions);
    view.elements.button.click();
    expect(actions.signIn).toHaveBeenCalledOnce();
    expect(actions.syncNow).not.toHaveBeenCalled();
  });

  it('Sync now says it syncs, then draws the answer and tells the page', async () => {
    const view = mount();
    view.show({ ...idle, pending: 1 });
    const answer = held<SyncOverview>();
    const synced = vi.fn();
    view.wireButton({ syncNow: () => answer.promise, signIn: vi.fn(), synced });
    const { text, button } = view.elements;
    button.click();
    expect(text.textContent).toBe('Syncing…');
    expect(button.disabled).toBe(true);
    const after = { ...idle, lastSuccessAt: Date.now() };
    answer.resolve(after);
    await vi.waitFor(() => {
      expect(button.disabled).toBe(false);
    });
    expect(text.textContent).toBe('Synced just now');
    expect(synced).toHaveBeenCalledWith(after);
  });

  it('a pass that ends while Sync now waits leaves "Syncing…" until the press is answered', async () => {
    const view = mount();
    view.show({ ...idle, pending: 3 });
    const answer = held<SyncOverview>();
    view.wireButton({ syncNow: () => answer.promise, signIn: vi.fn() });
    const { text, button } = view.elements;
    button.click();
    // The unforced pass the press joined ends first (its note redraws the page); the forced one
    // the press asked for is still to come.
    view.show({ ...idle, pending: 1, lastSuccessAt: Date.now() });
    expect(text.textContent).toBe('Syncing…');
    answer.resolve({ ...idle, lastSuccessAt: Date.now() });
    await vi.waitFor(() => {
      expect(button.disabled).toBe(false);
    });
    expect(text.textContent).toBe('Synced just now');
    view.show({ ...idle, pending: 2, lastSuccessAt: Date.now() });
    expect(text.textContent).toBe('2 waiting to sync · last synced just now');
  });

  it('Sync now says why it failed', async () => {
    const view = mount();
    view.show(idle);
    const answer = held<SyncOverview>();
    const synced = vi.fn();
    view.wireButton({ syncNow: () => answer.promise, signIn: vi.fn(), synced });
    view.elements.button.click();
    answer.reject(new Error('The background worker did not answer.'));
    await vi.waitFor(() => {
      expect(view.elements.button.disabled).toBe(false);
    });
    expect(view.elements.text.textContent).toBe(
      'Sync failed: The background worker did not answer.',
    );
    expect(synced).not.toHaveBeenCalled();
  });
});
