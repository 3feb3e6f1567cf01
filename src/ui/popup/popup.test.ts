// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import type { Status } from '../../messaging/contract';
import type { PageRow } from '../../store/page-rows';
import { requireElement } from '../dom';

const sendToWorker = vi.hoisted(() => vi.fn());
const openPage = vi.hoisted(() => vi.fn(() => Promise.resolve()));
/** Set to make the next load of the controls fail, as a failed chunk import would. */
const failLoad = vi.hoisted(() => ({ next: false }));
vi.mock('../../messaging/client', () => ({
  sendToWorker,
  ownTabId: () => Promise.resolve(undefined),
}));
vi.mock('../open-page', () => ({ openPage }));
/** The popup's `storage.onChanged` listeners: a test calls them as the worker's note would. */
const storageListeners = vi.hoisted(
  () => [] as ((changes: Record<string, unknown>, area: string) => void)[],
);
/** The origins the browser grants now; `permissionListeners` are its onAdded/onRemoved. */
const permits = vi.hoisted(() => ({
  granted: ['http://*/*', 'https://*/*'],
  listeners: [] as (() => void)[],
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      openOptionsPage: vi.fn(),
      getURL: (path: string) => path,
      getManifest: () => ({ host_permissions: ['http://*/*', 'https://*/*'] }),
    },
    permissions: {
      contains: ({ origins }: { origins: string[] }) =>
        Promise.resolve(origins.every((origin) => permits.granted.includes(origin))),
      getAll: () => Promise.resolve({ origins: [...permits.granted] }),
      request: vi.fn(() => Promise.resolve(true)),
      onAdded: { addListener: (listener: () => void) => permits.listeners.push(listener) },
      onRemoved: { addListener: (listener: () => void) => permits.listeners.push(listener) },
    },
    tabs: { create: vi.fn(() => Promise.resolve({})) },
    storage: {
      onChanged: {
        addListener: (listener: (changes: Record<string, unknown>, area: string) => void) =>
          storageListeners.push(listener),
      },
    },
  },
}));
vi.mock('./popup-controls', async (importOriginal) => {
  const real = await importOriginal<typeof import('./popup-controls')>();
  return {
    wireControls: (...args: Parameters<typeof real.wireControls>) => {
      if (failLoad.next) {
        failLoad.next = false;
        throw new Error('Failed to fetch dynamically imported module');
      }
      return real.wireControls(...args);
    },
  };
});

/** The popup's own markup without its script, parsed once: every test starts from a copy. */
const MARKUP = new DOMParser().parseFromString(
  readFileSync(join(__dirname, 'index.html'), 'utf8'),
  'text/html',
);
MARKUP.querySelector('script')?.remove();

const row = (title: string): PageRow => ({
  appActivityId: `https://site.test/${title}`,
  url: `https://site.test/${title}`,
  title,
  lastActiveAt: Date.now() - 60_000,
  activeMs: 120_000,
});

const status = (paused = false): Status => ({
  paused,
  pausedUntil: null,
  storageError: null,
  recordedPages: 2,
  sync: { state: 'signed-out', pending: 0, parked: 0, attempt: 0 },
});

/**
 * Waits for the popup to reach a state. The 10 s bound only stops a hang: the controls' dynamic
 * import has taken over vi.waitFor's default 1 s on a loaded CI machine.
 */
const settle = (check: () => void): Promise<void> => vi.waitFor(check, { timeout: 10_000 });

/** Animation frames run only when a test says: the controls load after the first one. */
let frames: FrameRequestCallback[] = [];
const runFrames = async (): Promise<void> => {
  for (const frame of frames.splice(0)) frame(0);
  await settle(() => {
    expect(frames).toEqual([]);
  });
  await new Promise((done) => setTimeout(done, 5));
};

/** Loads the popup's entry on a fresh copy of its markup and waits for its first screen. */
async function openPopup(): Promise<void> {
  document.body.replaceWith(document.importNode(MARKUP.body, true));
  vi.resetModules();
  await import('./popup');
  await settle(() => {
    expect(document.querySelectorAll('#activities li')).toHaveLength(2);
  });
}

const el = (selector: string): HTMLElement => requireElement(selector, HTMLElement);

/** Pages stored in the worker, as 'list-pages' answers them (a test's "Sync now" adds some). */
let stored: PageRow[] = [];

beforeEach(() => {
  useCatalog('en');
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  // The popup closes itself after opening a page: jsdom would tear its document down.
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  failLoad.next = false;
  storageListeners.length = 0;
  permits.granted = ['http://*/*', 'https://*/*'];
  permits.listeners.length = 0;
  stored = [row('first'), row('second')];
  openPage.mockClear();
  sendToWorker.mockReset();
  sendToWorker.mockImplementation((type: string, payload: { query?: string }) => {
    if (type === 'list-pages') {
      const rows = payload.query ? [row('river-walk')] : stored;
      return Promise.resolve({ rows, total: rows.length, more: false, pendingEvidence: false });
    }
    if (type === 'list-unfinished') return Promise.resolve([]);
    if (type === 'set-paused') return Promise.resolve(status(true));
    if (type === 'page-recording') {
      const paused = sendToWorker.mock.calls.some(([asked]) => asked === 'set-paused');
      return Promise.resolve({ kind: paused ? 'paused' : 'recorded', site: 'site.test' });
    }
    return Promise.resolve(status());
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('popup entry: input before the controls load', () => {
  it('searches a query typed before the controls load once they do', async () => {
    await openPopup();
    const search = requireElement('#search', HTMLInputElement);
    search.value = 'river';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await runFrames();
    await settle(() => {
      expect(sendToWorker).toHaveBeenCalledWith('list-pages', {
        query: 'river',
        limit: 12,
        collectEvidence: false,
      });
      expect(el('#activities').textContent).toContain('river-walk');
    });
  });

  it('still opens a row used before the controls load', async () => {
    await openPopup();
    el('#activities li .title').click();
    await settle(() => {
      expect(openPage).toHaveBeenCalledWith(expect.objectContaining({ title: 'first' }));
    });
  });

  it('replays a click on Pause made before the controls load', async () => {
    await openPopup();
    el('#pause').click();
    await settle(() => {
      expect(document.querySelector('#pause-menu')).not.toBeNull();
    });
  });

  it('replays ↓ from the search box: focus lands on the first row', async () => {
    await openPopup();
    const search = requireElement('#search', HTMLInputElement);
    search.focus();
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await settle(() => {
      expect(document.activeElement?.textContent).toBe('first');
    });
  });

  it('focuses the search box once the controls are wired', async () => {
    await openPopup();
    (document.activeElement as HTMLElement | null)?.blur();
    await runFrames();
    await settle(() => {
      expect(document.activeElement).toBe(el('#search'));
    });
  });

  it('says a failed load on the status line and tries again on the next use', async () => {
    failLoad.next = true;
    await openPopup();
    el('#activities li .title').click();
    await settle(() => {
      expect(el('#status').textContent).toBe(
        'Could not load your history: Failed to fetch dynamically imported module',
      );
    });
    expect(openPage).not.toHaveBeenCalled();
    el('#activities li .title').click();
    await settle(() => {
      expect(openPage).toHaveBeenCalledOnce();
    });
  });
});

describe('popup: the page in front', () => {
  it('is asked for with the first screen, and asked again once recording is paused', async () => {
    await openPopup();
    expect(sendToWorker.mock.calls.slice(0, 4).map(([type]) => type as string)).toContain(
      'page-recording',
    );
    await settle(() => {
      expect(el('#page-line button').textContent).toBe('Don’t record site.test');
    });
    el('#pause').click();
    await runFrames();
    await settle(() => {
      expect(document.querySelector('#pause-menu')).not.toBeNull();
    });
    requireElement('#pause-menu [role="menuitem"]', HTMLElement).click();
    // Paused: the page line says the page is not recorded now (excluding it still may be asked).
    await settle(() => {
      expect(el('#page-line .page-why').textContent).toBe('Not recorded while paused');
    });
  });
});

describe('popup: access to websites', () => {
  it('shows no notice with access to every website', async () => {
    await openPopup();
    await settle(() => {
      expect(el('#page-line .page-why').textContent).toBe('This page is recorded');
    });
    expect(el('#site-access').hidden).toBe(true);
  });

  it('says nothing is recorded when access is withdrawn, hides the page line, and recovers', async () => {
    await openPopup();
    await settle(() => {
      expect(el('#page-line').hidden).toBe(false);
    });
    // Firefox: the user turned off "Always allow on all sites"; the worker no longer sees the
    // tab's address, so it would call the page a browser page.
    permits.granted = [];
    const recordedAnswer = sendToWorker.getMockImplementation();
    if (!recordedAnswer) throw new Error('beforeEach answers for the worker');
    sendToWorker.mockImplementation((type: string, payload: unknown): Promise<unknown> =>
      type === 'page-recording'
        ? Promise.resolve({ kind: 'not-web', page: 'browser' })
        : (recordedAnswer(type, payload) as Promise<unknown>),
    );
    for (const listener of permits.listeners) listener();
    await settle(() => {
      expect(el('#site-access').hidden).toBe(false);
    });
    expect(el('#site-access .site-access-text').textContent).toBe(
      'Reading Timeline may not read websites, so nothing you read is recorded.',
    );
    expect(el('#site-access button').textContent).toBe('Allow access to websites');
    await settle(() => {
      expect(el('#page-line').hidden).toBe(true);
    });
    // Granted again: the notice goes and the line says the page is recorded.
    sendToWorker.mockImplementation(recordedAnswer);
    permits.granted = ['http://*/*', 'https://*/*'];
    for (const listener of permits.listeners) listener();
    await settle(() => {
      expect(el('#site-access').hidden).toBe(true);
      expect(el('#page-line .page-why').textContent).toBe('This page is recorded');
    });
  });
});

describe('popup: Sync now', () => {
  /** Signed in: the footer's button is "Sync now"; a pass pulls `pulled` into the stored pages. */
  function signedIn(pulled: PageRow[]): void {
    const signedOut = sendToWorker.getMockImplementation();
    sendToWorker.mockImplementation((type: string, payload: unknown) => {
      const sync = { state: 'idle', pending: 0, parked: 0, attempt: 0 } as const;
      if (type === 'get-status') return Promise.resolve({ ...status(), sync });
      if (type === 'sync-now') {
        stored = [...pulled, ...stored];
        return Promise.resolve({ ...sync, lastSuccessAt: Date.now() });
      }
      if (type === 'schedule-deletion') {
        stored = stored.slice(1);
        return Promise.resolve({ deletionId: 'd1', notBefore: Date.now() + 60_000 });
      }
      return signedOut?.(type, payload) as unknown;
    });
  }
  const titles = () => [...document.querySelectorAll('#activities li')].map((li) => li.textContent);

  it('draws the pages the pass pulled from another device in the open popup', async () => {
    signedIn([row('read-on-laptop')]);
    await openPopup();
    await runFrames();
    el('#sync-action').click();
    await settle(() => {
      expect(titles()[0]).toContain('read-on-laptop');
    });
    expect(titles()).toHaveLength(3);
  });

  it('keeps a deleted row and its Undo (the list is not redrawn under it)', async () => {
    signedIn([row('read-on-laptop')]);
    await openPopup();
    await runFrames();
    el('#activities li .delete').click();
    await settle(() => {
      expect(document.querySelector('#activities li.deleted .undo')).not.toBeNull();
    });
    el('#sync-action').click();
    await settle(() => {
      expect(requireElement('#sync-action', HTMLButtonElement).disabled).toBe(false);
    });
    await runFrames();
    expect(document.querySelector('#activities li.deleted .undo')).not.toBeNull();
    expect(titles().join()).not.toContain('read-on-laptop');
  });
});

describe('popup: deleting a page that is also in "Continue reading"', () => {
  const unfinished = (): string[] =>
    [...document.querySelectorAll('#continue-list li')].map((li) => li.textContent);

  it('takes it out of "Continue reading" at once, and Undo brings it back', async () => {
    const listed = sendToWorker.getMockImplementation();
    let deleted = false;
    sendToWorker.mockImplementation((type: string, payload: unknown) => {
      if (type === 'list-unfinished') {
        return Promise.resolve(deleted ? [] : [{ ...row('first'), progress: 40 }]);
      }
      if (type === 'schedule-deletion') {
        deleted = true;
        return Promise.resolve({ deletionId: 'd1', notBefore: Date.now() + 60_000, pages: 1 });
      }
      if (type === 'cancel-deletion') {
        deleted = false;
        return Promise.resolve({ cancelled: true });
      }
      return listed?.(type, payload) as unknown;
    });
    await openPopup();
    await runFrames();
    expect(unfinished().join()).toContain('first');
    expect(el('#continue-reading').hidden).toBe(false);

    el('#activities li .delete').click();
    await settle(() => {
      expect(document.querySelector('#activities li.deleted .undo')).not.toBeNull();
    });
    // No resume button left for the page being deleted, and no empty heading.
    expect(unfinished()).toEqual([]);
    expect(el('#continue-reading').hidden).toBe(true);

    el('#activities li.deleted .undo').click();
    await settle(() => {
      expect(unfinished().join()).toContain('first');
    });
    expect(el('#continue-reading').hidden).toBe(false);
  });
});

describe('popup: following sync passes while open', () => {
  /** Signed in with `pending` pages waiting; `sync` is what get-status says from now on. */
  let sync = { state: 'idle', pending: 2, parked: 0, attempt: 0 } as Status['sync'];
  beforeEach(() => {
    sync = { state: 'idle', pending: 2, parked: 0, attempt: 0 };
    const base = sendToWorker.getMockImplementation();
    sendToWorker.mockImplementation((type: string, payload: unknown) => {
      if (type === 'get-status') return Promise.resolve({ ...status(), sync });
      return base?.(type, payload) as unknown;
    });
  });
  /** The worker's note that a pass ended (messaging/sync-pass-note.ts), as storage.onChanged brings it. */
  const passEnded = (): void => {
    for (const listener of storageListeners) {
      listener({ 'sync-pass-ended': { newValue: Date.now() } }, 'session');
    }
  };
  const titles = () =>
    [...document.querySelectorAll('#activities li .title')].map((t) => t.textContent);

  it('redraws the sync line and the rows a pass started elsewhere pulled, without a reopen', async () => {
    await openPopup();
    await runFrames();
    await settle(() => {
      expect(el('#sync-status').textContent).toBe('2 waiting to sync');
    });
    sync = { state: 'idle', pending: 0, parked: 0, attempt: 0, lastSuccessAt: Date.now() };
    stored = [row('read-on-laptop'), ...stored];
    passEnded();
    await settle(() => {
      expect(el('#sync-status').textContent).toBe('Synced just now');
      expect(titles()).toEqual(['read-on-laptop', 'first', 'second']);
    });
  });

  it('never lowers the time on screen, and keeps focus on the same page when rows come', async () => {
    await openPopup();
    await runFrames();
    requireElement('#activities li:nth-child(2) .title', HTMLElement).focus();
    // The answer after the pass is older than what the popup showed: 1 min for 2 min.
    stored = [row('read-on-laptop'), { ...row('first'), activeMs: 60_000 }, row('second')];
    passEnded();
    await settle(() => {
      expect(titles()).toEqual(['read-on-laptop', 'first', 'second']);
    });
    expect(el('#activities li:nth-child(2)').textContent).toContain('2 min');
    expect(document.activeElement?.textContent).toBe('second');
  });

  it('updates the rows in place when the same pages are listed', async () => {
    await openPopup();
    await runFrames();
    const first = el('#activities li:first-child');
    stored = [{ ...row('first'), devices: ['Laptop'] }, row('second')];
    passEnded();
    await settle(() => {
      expect(first.textContent).toContain('Laptop');
    });
    expect(el('#activities li:first-child')).toBe(first);
  });
});
