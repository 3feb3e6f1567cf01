// The popup view's test fixture: the popup's own markup for each test, and the worker's replies
// (rows, status) built or held back as a test says. Each test file mocks messaging/client itself
// (vi.mock is hoisted per file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, vi, type Mock } from 'vitest';
import { useCatalog } from '../../../i18n/testing';
import type { ResponseOf, Status } from '../../../messaging/contract';
import type { PageRow } from '../../../store/page-rows';
import type { RowActions } from '../popup-view';
import type { ScreenRequests } from '../screen-requests';

/** The popup's own markup, so every element the view requires is the one it ships with. */
const MARKUP = readFileSync(join(__dirname, '..', 'index.html'), 'utf8');

/**
 * Before each test of the calling file: the English catalog, a body parsed from the popup's
 * markup (without its script) and `worker` (the file's mock of sendToWorker) reset; after each,
 * real timers and no stubbed globals.
 */
export function popupMarkupForEachTest(worker: Mock): void {
  beforeEach(() => {
    worker.mockReset();
    // After unstubAllGlobals: the catalog is a stubbed global too.
    useCatalog('en');
    const parsed = new DOMParser().parseFromString(MARKUP, 'text/html');
    parsed.querySelector('script')?.remove();
    document.body.replaceWith(document.importNode(parsed.body, true));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/** A page read a minute ago for 2 minutes. */
export function row(title: string): PageRow {
  return {
    appActivityId: `https://site.test/${title}`,
    url: `https://site.test/${title}`,
    title,
    lastActiveAt: Date.now() - 60_000,
    activeMs: 120_000,
  };
}

/** `count` rows titled `prefix-0`, `prefix-1`… */
export const rows = (count: number, prefix = 'page'): PageRow[] =>
  Array.from({ length: count }, (_, i) => row(`${prefix}-${String(i)}`));

/** The worker's list-pages answer holding `list`, all of it. */
export const reply = (list: PageRow[]): ResponseOf<'list-pages'> => ({
  rows: list,
  total: list.length,
  more: false,
  pendingEvidence: false,
});

/** A status: not paused, signed out, with `extra` over it. */
export function status(extra: Partial<Status> = {}): Status {
  return {
    paused: false,
    pausedUntil: null,
    storageError: null,
    recordedPages: 3,
    sync: { state: 'signed-out', pending: 0, parked: 0, attempt: 0 },
    ...extra,
  };
}

/** A promise and the functions that settle it, for replies that arrive when a test says. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** The requests for `query`: `list` as its rows, no unfinished pages, a plain status. */
export function asked(query: string, list: Promise<ResponseOf<'list-pages'>>): ScreenRequests {
  return {
    query,
    rows: list,
    unfinished: Promise.resolve([]),
    status: Promise.resolve(status()),
  };
}

/** Row actions that record their calls. */
export const actions = (): RowActions => ({
  open: vi.fn(),
  remove: vi.fn(),
  resume: vi.fn(),
  preview: vi.fn(() => document.createElement('div')),
});

/** The titles of the list's rows, top to bottom. */
export const titles = (): (string | null | undefined)[] =>
  [...document.querySelectorAll('#activities .title')].map((title) => title.textContent);
