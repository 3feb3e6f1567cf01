// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import type { SyncOverview } from '../../messaging/contract';
import { requireElement } from '../dom';
import { mountHistorySync, type HistorySyncOptions } from './history-sync';

// The default pass listener uses the browser's storage events; these tests give their own.
vi.mock('webextension-polyfill', () => ({ default: {} }));

/** The history page's own markup, so the line is the one it ships with. */
const MARKUP = readFileSync(join(__dirname, 'index.html'), 'utf8');

const NEVER_USED: SyncOverview = { state: 'signed-out', attempt: 0, pending: 4, parked: 0 };
const SYNCED: SyncOverview = { state: 'idle', attempt: 0, pending: 0, parked: 0 };

/** Mounts the line over `answers` (one get-status answer per ask) and a pass a test can end. */
function mount(answers: SyncOverview[], extra: Partial<HistorySyncOptions> = {}) {
  let endPass = (): void => undefined;
  const ask = vi.fn(() => {
    const next = answers.shift();
    return next ? Promise.resolve(next) : Promise.reject(new Error('no answer'));
  });
  const options: HistorySyncOptions = {
    elements: {
      container: requireElement('#sync-line', HTMLElement),
      text: requireElement('#sync-status', HTMLElement),
      button: requireElement('#sync-action', HTMLButtonElement),
    },
    locale: 'en',
    ask,
    syncNow: vi.fn(),
    signIn: vi.fn(),
    passes: (onPass) => {
      endPass = onPass;
    },
    ...extra,
  };
  const refresh = mountHistorySync(options);
  return {
    refresh,
    ask,
    options,
    endPass: () => {
      endPass();
    },
  };
}

const line = () => requireElement('#sync-line', HTMLElement);
const words = () => requireElement('#sync-status', HTMLElement).textContent;

describe('history page sync line', () => {
  beforeEach(() => {
    useCatalog('en');
    const parsed = new DOMParser().parseFromString(MARKUP, 'text/html');
    parsed.querySelector('script')?.remove();
    document.body.replaceWith(document.importNode(parsed.body, true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('is hidden until the worker answers, and stays out while sync was never used', async () => {
    expect(line().hidden).toBe(true);
    const { refresh } = mount([NEVER_USED]);
    await refresh();
    expect(line().hidden).toBe(true);
    expect(line().hasAttribute('aria-busy')).toBe(false);
  });

  it('follows each pass the worker ends, appearing once sync is used', async () => {
    const synced = { ...SYNCED, lastSuccessAt: Date.now() };
    const { refresh, endPass } = mount([NEVER_USED, { ...SYNCED, pending: 2 }, synced]);
    await refresh();
    // Signed in on the options page: the first pass follows.
    endPass();
    await vi.waitFor(() => {
      expect(words()).toBe('2 waiting to sync');
    });
    expect(line().hidden).toBe(false);
    endPass();
    await vi.waitFor(() => {
      expect(words()).toBe('Synced just now');
    });
  });

  it('is asked again when its tab comes back into view', async () => {
    const { refresh, ask } = mount([SYNCED, { ...SYNCED, pending: 1 }]);
    await refresh();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(ask).toHaveBeenCalledTimes(1);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => {
      expect(words()).toBe('1 waiting to sync');
    });
  });

  it('Sync now draws its answer and hands it to the page (its refused writes, its list)', async () => {
    const answer: SyncOverview = { ...SYNCED, parked: 1, lastSuccessAt: Date.now() };
    const drawn = vi.fn();
    const synced = vi.fn();
    const { refresh } = mount([{ ...SYNCED, pending: 1 }], {
      syncNow: () => Promise.resolve(answer),
      drawn,
      synced,
    });
    await refresh();
    expect(drawn).toHaveBeenLastCalledWith({ ...SYNCED, pending: 1 });
    requireElement('#sync-action', HTMLButtonElement).click();
    await vi.waitFor(() => {
      expect(synced).toHaveBeenCalledWith(answer);
    });
    expect(words()).toBe('1 not accepted by Microsoft Graph · last synced just now');
    expect(drawn).toHaveBeenLastCalledWith(answer);
  });

  it('signed out after syncing: says so, and Sign in opens sign-in', async () => {
    const { refresh, options } = mount([{ ...NEVER_USED, lastSuccessAt: Date.now() - 3_600_000 }]);
    await refresh();
    expect(line().hidden).toBe(false);
    expect(words()).toBe('Not signed in: what you read stays in this browser.');
    requireElement('#sync-action', HTMLButtonElement).click();
    expect(options.signIn).toHaveBeenCalledOnce();
    expect(options.syncNow).not.toHaveBeenCalled();
  });
});
