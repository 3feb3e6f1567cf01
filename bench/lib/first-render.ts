// bench:history's first render of an extension page: a probe the page carries, the milestones of
// one load (document, scripts, first row in the DOM, the frame that draws it) and their medians.
import type { Page } from 'playwright-core';

/** Median of `values` (the mean of the middle two for an even count); 0 for none. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
/** `value` rounded to one decimal, as the bench prints its ms. */
export const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * Put in each page of the view before its own scripts (an init script): notes when the page's
 * own first row (the popup's `#activities li`, the history page's `.row`) is first in the DOM and
 * when the frame that draws it has been presented, in ms from navigation start, and says so on
 * the console. The frame is timed by a task posted from its requestAnimationFrame callback: rAF
 * runs before style, layout and paint, the posted task after the frame is produced. The observer
 * stops at that row. The page itself keeps the time, so nothing the bench injects runs on the
 * page's main thread while it loads (a waitForFunction poll did, and was timed).
 */
export const FIRST_FRAME_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const selector = location.pathname.includes('/popup/') ? '#activities li' : '.row';
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    const inDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const frame = performance.now();
        console.debug('first-frame ' + JSON.stringify({ selector, inDom, frame }));
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Milestones of one page load, in ms from navigation start. */
export interface FirstRender {
  /** The page's HTML received. */
  document: number;
  /** Its scripts run (DOMContentLoaded: module scripts run before it). */
  scripts: number;
  /** The first `selector` element in the DOM. */
  inDom: number;
  /** The frame that draws it, presented: the figure reported as first render. */
  frame: number;
}

/**
 * Loads `url` in `page` (which carries FIRST_FRAME_PROBE) and returns its milestones, then lets
 * the page finish what it does after its first frame and the worker answer it, so one run's
 * follow-up reads never land in the next run.
 */
export async function firstRender(
  page: Page,
  url: string,
  selector: string,
  settle: () => Promise<unknown>,
): Promise<FirstRender> {
  await page.goto('about:blank');
  const drawn = page.waitForEvent('console', {
    predicate: (message) =>
      message.text().startsWith('first-frame ') && message.text().includes(selector),
    timeout: 30_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  const { inDom, frame } = JSON.parse((await drawn).text().slice('first-frame '.length)) as {
    inDom: number;
    frame: number;
  };
  await page.waitForTimeout(500);
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return {
      document: navigation?.responseEnd ?? 0,
      scripts: navigation?.domContentLoadedEventStart ?? 0,
    };
  });
  await settle();
  return { ...timing, inDom, frame };
}

/** Medians of each milestone, rounded. */
export function medianRender(runs: readonly FirstRender[]): FirstRender {
  const of = (key: keyof FirstRender) => round(median(runs.map((run) => run[key])));
  return {
    document: of('document'),
    scripts: of('scripts'),
    inDom: of('inDom'),
    frame: of('frame'),
  };
}
