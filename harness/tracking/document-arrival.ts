import type { Page } from 'playwright-core';

/** Where the harness marks a document it is about to navigate away from (a name no page uses). */
const OLD = '__readingTimelineHarnessLeaving';
/** Where attention-log.ts keeps each document's log. */
const LOG = '__readingTimelineHarnessAttention';
/** The sessionStorage key the leaving document notes its `pagehide` under (epoch ms). */
const LEFT = '__readingTimelineHarnessLeftAt';

/** How a navigation in the tab ended: a new document, or one back from the back/forward cache. */
export interface Arrival {
  /** When the reader could read it (epoch ms): its first contentful paint, or its `pageshow`. */
  at: number;
  restored: boolean;
  /**
   * When the document before it was put away (its `pagehide`, epoch ms): until then it was the
   * one on screen. Bounded by the action's start and `at`; the start when it cannot be told (a
   * document of another origin, whose sessionStorage is not this one's).
   */
  leftAt: number;
}

/**
 * Marks the document `page` shows now, so that arrivedAt can tell it from the next one and knows
 * when it was put away.
 */
export async function markLeaving(page: Page): Promise<void> {
  await page.evaluate(
    ({ old, left }) => {
      Object.defineProperty(window, old, { value: true, configurable: true });
      sessionStorage.removeItem(left);
      window.addEventListener('pagehide', (event) => {
        const at = Date.now() - Math.max(0, performance.now() - event.timeStamp);
        sessionStorage.setItem(left, String(at));
      });
    },
    { old: OLD, left: LEFT },
  );
}

/**
 * Waits (up to `timeoutMs`) for the document a navigation in `page` brings (begun at `before`,
 * after markLeaving) to be shown: a new document once it first painted its content (as
 * attention-log.ts shownAt), the marked one again once its `pageshow` said it was restored from
 * the back/forward cache. The moment is bounded by `before` and now.
 */
export async function arrivedAt(page: Page, before: number, timeoutMs = 10_000): Promise<Arrival> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const seen = await page
      .evaluate(
        ({ old, log, left, before }) => {
          const w = window as unknown as Record<string, unknown>;
          const leftAt = Number(sessionStorage.getItem(left) ?? NaN);
          const entries = (w[log] ?? []) as { type: string; at: number }[];
          if (w[old] === true) {
            const restored = entries.find((e) => e.type === 'restored' && e.at >= before);
            return restored ? { at: restored.at, restored: true, leftAt } : null;
          }
          const paints = performance.getEntriesByType('paint');
          const paint =
            paints.find((e) => e.name === 'first-contentful-paint') ??
            paints.find((e) => e.name === 'first-paint');
          if (!paint) return null;
          const at = Date.now() - Math.max(0, performance.now() - paint.startTime);
          return { at, restored: false, leftAt };
        },
        { old: OLD, log: LOG, left: LEFT, before },
      )
      // The document is being replaced: ask the next one.
      .catch(() => null);
    if (seen) {
      const at = Math.min(Date.now(), Math.max(before, seen.at));
      // NaN (nothing noted) fails the test: the action's start.
      const leftAt = seen.leftAt >= before ? Math.min(at, seen.leftAt) : before;
      return { at, restored: seen.restored, leftAt };
    }
    if (Date.now() > end)
      throw new Error(`no document arrived in ${page.url()} within ${String(timeoutMs)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
