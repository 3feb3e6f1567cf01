// The injector's test fixture: a fake browser (one tab, its documents and subframes, the
// scripting and storage the injector uses) and helpers to open a page in a fresh worker.
import type { Scripting, Tabs } from 'webextension-polyfill';
import { vi } from 'vitest';
import {
  FRAME_PRESENCE_GUARD,
  FRAME_PRESENCE_PATH,
  READING_MODULE_PATH,
} from '../../../content/reading-module-path';
import {
  READING_ORDER_KEY,
  type ReadingOrder,
  type ReadingOrderSlot,
} from '../../../messaging/reading-order';
import { createInjector } from '../injector';

export const ARTICLE = 'https://news.test/story';
export const OTHER = 'https://other.test/page';

/** One document of the fake tab: its address, and what our scripts did in it. */
export interface FakeDocument {
  url: string;
  /** The address it loaded with (Navigation Timing), when not `url` (an in-page route, a fix-up). */
  loadedWith?: string;
  /** Its isolated world's order slot (placeOrder's, READING_ORDER_KEY). */
  slot?: ReadingOrderSlot;
  /** The order the reading path started from (reading-start.ts: once, from an untaken slot). */
  reading?: ReadingOrder;
  /** How many reading sessions started in it. */
  starts: number;
  /** How often the frame presence file reached its top frame (which leaves at its guard). */
  framePresence: number;
  /** How often frame presence ran in each of its two subframes (frame ids 1 and 2). */
  subframes: number[];
}

/** A new document of the fake tab at `url`, with two subframes. */
const newDocument = (url: string): FakeDocument => ({
  url,
  starts: 0,
  framePresence: 0,
  subframes: [0, 0],
});

/**
 * A fake browser around the injector: tab 7, active in focused window 1, whose documents the test
 * loads; `scripting.executeScript` runs the injector's own order function in the current document
 * (its isolated world and address stubbed) and acts out the reading file as reading-start.ts does;
 * storage.session is shared between the injectors of one test (a worker stopped and started
 * again). Time is vitest's fake clock.
 */
export function fakeBrowser() {
  const kept: Record<string, unknown> = {};
  const documents: FakeDocument[] = [];
  const tab = { committed: true };
  const world = globalThis as { [READING_ORDER_KEY]?: ReadingOrderSlot };

  /** Every injection asked for, in order. */
  const calls: Scripting.ScriptInjection[] = [];

  function executeScript(injection: Scripting.ScriptInjection) {
    calls.push(injection);
    const doc = documents.at(-1);
    // Chromium refuses a tab whose document is not committed yet (or a page it may not script).
    if (!doc || !tab.committed) return Promise.reject(new Error('Frame with ID 0 was removed.'));
    const { allFrames, frameIds } = injection.target;
    if (injection.func && (allFrames || frameIds?.some((id) => id !== 0))) {
      const answers = askFrames(doc, injection);
      return Promise.resolve(
        allFrames ? answers : answers.filter((answer) => frameIds?.includes(answer.frameId)),
      );
    }
    if (injection.files?.includes(FRAME_PRESENCE_PATH)) {
      const all = [0, ...doc.subframes.map((_, index) => index + 1)];
      for (const id of injection.target.allFrames ? all : (injection.target.frameIds ?? [0])) {
        if (id === 0) doc.framePresence += 1;
        else doc.subframes[id - 1] = (doc.subframes[id - 1] ?? 0) + 1;
      }
      return Promise.resolve([]);
    }
    let result: unknown;
    if (injection.func) {
      vi.stubGlobal('location', { href: doc.url });
      const loaded = doc.loadedWith ?? doc.url;
      vi.stubGlobal('performance', { getEntriesByType: () => [{ name: loaded }] });
      vi.stubGlobal('document', { querySelector: () => null, baseURI: doc.url });
      world[READING_ORDER_KEY] = doc.slot;
      result = injection.func(...(injection.args ?? []));
      doc.slot = world[READING_ORDER_KEY];
      world[READING_ORDER_KEY] = undefined;
      vi.unstubAllGlobals();
    }
    if (injection.files?.includes(READING_MODULE_PATH) && doc.slot && !doc.slot.taken) {
      doc.slot.taken = true;
      doc.reading = doc.slot.order;
      doc.starts += 1;
    }
    return Promise.resolve([{ frameId: 0, result }]);
  }

  /**
   * An injected function in every frame of `doc` (window.top, a player's viewport and, in the
   * isolated world, its frame presence stubbed).
   */
  function askFrames(doc: FakeDocument, injection: Scripting.ScriptInjection) {
    const runs = [doc.framePresence, ...doc.subframes];
    return runs.map((ran, frameId) => {
      const win: { top?: unknown; innerWidth: number; innerHeight: number } = {
        innerWidth: 640,
        innerHeight: 360,
      };
      win.top = frameId === 0 ? win : {};
      vi.stubGlobal('window', win);
      if (ran > 0 && injection.world !== 'MAIN') vi.stubGlobal(FRAME_PRESENCE_GUARD, true);
      try {
        return { frameId, result: injection.func?.(...(injection.args ?? [])) };
      } finally {
        vi.unstubAllGlobals();
      }
    });
  }

  /** A worker's injector; `hooks` replace its scripting or privacy answers (a worker stopped). */
  function worker(
    hooks: {
      executeScript?: typeof executeScript;
      mayRead?: (url: string) => Promise<boolean>;
      refused?: (tabId: number, order: ReadingOrder, error: unknown) => Promise<boolean>;
    } = {},
  ) {
    return createInjector({
      scripting: { executeScript: hooks.executeScript ?? executeScript } as Pick<
        Scripting.Static,
        'executeScript'
      >,
      session: {
        get: (key) =>
          Promise.resolve(typeof key === 'string' && key in kept ? { [key]: kept[key] } : {}),
        set: (items) => {
          Object.assign(kept, structuredClone(items));
          return Promise.resolve();
        },
      },
      tabs: { query: () => Promise.resolve([]) },
      focusedWindowId: () => Promise.resolve(1),
      queryIdle: () => Promise.resolve('active'),
      mayRead: hooks.mayRead ?? (() => Promise.resolve(true)),
      ...(hooks.refused ? { refused: hooks.refused } : {}),
    });
  }

  /** tabs.onUpdated `status: 'loading'` for `url`: a new document, unless `subframe`. */
  function load(injector: ReturnType<typeof worker>, url: string, subframe = false): void {
    if (!subframe) documents.push(newDocument(url));
    injector.tabUpdated(7, { status: 'loading', url }, { url, incognito: false } as Tabs.Tab);
  }

  /**
   * A reload, as Chromium sends it: `loading` at navigation start while the old document is still
   * the tab's; the new one commits `commitAfterMs` later, and the tab completes at once then.
   */
  async function reload(injector: ReturnType<typeof worker>, commitAfterMs: number) {
    const url = documents.at(-1)?.url ?? ARTICLE;
    injector.tabUpdated(7, { status: 'loading' }, { url, incognito: false } as Tabs.Tab);
    await vi.advanceTimersByTimeAsync(commitAfterMs);
    documents.push(newDocument(url));
    complete(injector);
  }

  /** tabs.onUpdated `status: 'complete'`: the tab (its document and frames) finished loading. */
  function complete(injector: ReturnType<typeof worker>): void {
    const url = documents.at(-1)?.url ?? ARTICLE;
    injector.tabUpdated(7, { status: 'complete' }, { url, incognito: false } as Tabs.Tab);
  }

  return { worker, load, reload, complete, documents, tab, kept, calls, executeScript };
}

/** Opens `url` in the attended tab of a fresh worker. */
export async function opened(browser: ReturnType<typeof fakeBrowser>, url = ARTICLE) {
  const injector = browser.worker();
  await injector.hear({ type: 'window-focused', windowId: 1 });
  await injector.hear({ type: 'tab-activated', windowId: 1, tabId: 7 });
  browser.load(injector, url);
  await vi.advanceTimersByTimeAsync(0);
  return injector;
}

export const readsOf = (browser: ReturnType<typeof fakeBrowser>) =>
  browser.documents.map((doc) => doc.reading?.url ?? null);
