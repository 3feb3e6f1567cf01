import type { BrowserContext, Page } from 'playwright-core';

/**
 * When the browser itself made an attention change visible, for the person's ledger (person.ts).
 *
 * The person's actions are played through CDP and X, and on a loaded machine the browser carries
 * them out hundreds of milliseconds after the command was sent (a tab brought to the front, a
 * window created and focused, a page whose `load` Playwright reports late). A reader in front of
 * the screen sees the change when the browser makes it, so that moment is the truth: each page
 * logs, in its main world (never the extension's), when it was shown or hidden, gained or lost
 * focus, changed route, first showed its content, and ran again after the whole browser was stopped (a
 * process continued with SIGCONT waits its turn for a core: on a machine with 30 runnable
 * processes, over half a second, where a machine waking from sleep runs it at once). The ledger takes those moments, bounded by
 * timestamps taken before and after the action: never outside what the action could have done.
 */

/** One page event, on the wall clock (epoch ms). */
interface LoggedEvent {
  type: 'visible' | 'hidden' | 'focus' | 'blur' | 'route' | 'ran-again' | 'restored';
  at: number;
}

/** Where each document keeps its log (a name no page uses). */
const LOG = '__readingTimelineHarnessAttention';

/**
 * Logs attention events in every document of `context` from its start (an init script: a page
 * opened later is covered too). The time of an event is its age on the monotonic clock taken from
 * the wall clock when heard, so a busy page that hears it late still logs when it happened.
 */
export async function logAttention(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    const log: { type: string; at: number }[] = [];
    const note = (type: string, event: Event): void => {
      log.push({ type, at: Date.now() - Math.max(0, performance.now() - event.timeStamp) });
    };
    document.addEventListener('visibilitychange', (event) => {
      note(document.visibilityState === 'visible' ? 'visible' : 'hidden', event);
    });
    window.addEventListener('focus', (event) => {
      if (event.target === window) note('focus', event);
    });
    window.addEventListener('blur', (event) => {
      if (event.target === window) note('blur', event);
    });
    window.addEventListener('popstate', (event) => {
      note('route', event);
    });
    // Shown again from the back/forward cache: its paint entries are those of its first load.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) note('restored', event);
    });
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', (event) => {
      note('route', event);
    });
    // A tick that comes far later than asked: the page did not run meanwhile (the browser was
    // stopped), and runs again now.
    let tickedAt = Date.now();
    setInterval(() => {
      const at = Date.now();
      if (at - tickedAt > 2_000) log.push({ type: 'ran-again', at });
      tickedAt = at;
    }, 200);
    // Last, so a document whose script stopped early (see attentionLogRuns) has no log at all.
    Object.defineProperty(window, key, { value: log, enumerable: false });
  }, LOG);
}

/**
 * Throws unless `page` (a document of a context given logAttention) has the log: its init script
 * ran to the end. A script that throws in the page does so silently, and every moment would then
 * fall back to when the action began (e.g. esbuild's `__name` under tsx: ESBUILD_NAME_SHIM).
 */
export async function attentionLogRuns(page: Page): Promise<void> {
  const runs = await page.evaluate(
    (key) => Array.isArray((window as unknown as Record<string, unknown>)[key]),
    LOG,
  );
  if (!runs) throw new Error(`the attention log did not start in ${page.url()}`);
}

/** The moment `page` became (`gained`) or stopped being (`lost`) visible in a focused window. */
export type Change = 'gained' | 'lost' | 'route' | 'ran-again' | 'restored';

/**
 * When `change` happened in `page` after the action that started at `before` (epoch ms): the first
 * hide or blur for `lost`, the last show or focus for `gained` (both are needed), the first route
 * change for `route`, the first task after a stop for `ran-again`, the first show from the
 * back/forward cache for `restored`. Waits up to `timeoutMs` for the page to be in that state; the moment is
 * bounded by `before` and the time the state was seen. A page that was already there (or cannot be
 * asked: closed, a viewer without the log) gives `before`.
 */
export async function changedAt(
  page: Page,
  change: Change,
  before: number,
  timeoutMs = 5_000,
): Promise<number> {
  const seen = await page
    .waitForFunction(
      ({ key, change, before }) => {
        const log = (window as unknown as Record<string, LoggedEvent[] | undefined>)[key];
        if (!log) return { at: null };
        const attended = document.visibilityState === 'visible' && document.hasFocus();
        const after = log.filter((e) => e.at >= before);
        if (change === 'route' || change === 'ran-again' || change === 'restored') {
          const first = after.find((e) => e.type === change);
          return first ? { at: first.at } : false;
        }
        if (change === 'lost') {
          if (attended) return false;
          const lost = after.find((e) => e.type === 'hidden' || e.type === 'blur');
          return { at: lost?.at ?? null };
        }
        if (!attended) return false;
        const gained = after.filter((e) => e.type === 'visible' || e.type === 'focus').at(-1);
        return { at: gained?.at ?? null };
      },
      { key: LOG, change, before },
      { polling: 20, timeout: timeoutMs },
    )
    .then(
      async (handle) => (await handle.jsonValue()) as { at: number | null },
      () => ({ at: null }),
    );
  return Math.min(Date.now(), Math.max(before, seen.at ?? before));
}

/**
 * When `page`'s document first showed something to read, on the wall clock: its first contentful
 * paint (else its first paint; else, a document without Paint Timing, the end of its `load`
 * event), bounded by `before` (the action that opened it) and now; `before` when the page cannot
 * tell. A person reads a page from when its text is on screen: not from its load event, which
 * waits for every frame (an ad, a player) long after the article shows. The extension counts a
 * new page from the same moment (src/content/page-document.ts firstShownAt).
 */
export async function shownAt(page: Page, before: number): Promise<number> {
  const at = await page
    .evaluate(() => {
      const paints = performance.getEntriesByType('paint');
      const paint =
        paints.find((e) => e.name === 'first-contentful-paint') ??
        paints.find((e) => e.name === 'first-paint');
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const shown =
        paint?.startTime ?? (entry && entry.loadEventEnd > 0 ? entry.loadEventEnd : null);
      return shown === null ? null : Date.now() - Math.max(0, performance.now() - shown);
    })
    .catch(() => null);
  return Math.min(Date.now(), Math.max(before, at ?? before));
}

/**
 * Watches `page` as the browser quits, where it cannot say when it is taken down (Chromium ends a
 * page without unload handlers without running its `pagehide`): asks it every 50 ms, until it no
 * longer answers, whether it is still attended (visible in a focused window). The returned promise
 * gives the last moment it was (its own clock, epoch ms), undefined if never: a renderer that
 * still answers once its window is gone is no longer read.
 */
export function lastAttended(page: Page): Promise<number | undefined> {
  return (async () => {
    let attended: number | undefined;
    for (;;) {
      try {
        attended =
          (await page.evaluate(() =>
            document.visibilityState === 'visible' && document.hasFocus() ? Date.now() : null,
          )) ?? attended;
      } catch {
        return attended;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
}
