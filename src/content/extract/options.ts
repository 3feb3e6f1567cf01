/** The options of extractPageMetadata (index.ts). */

/**
 * Limits on optional work. The rule: the essentials (meta tags, the first JSON-LD block,
 * `<title>`, canonical link, favicon, theme colour) are always read. Optional work is counted in
 * work units (see work-budget.ts: one element, or 64 characters of JSON-LD): each JSON-LD block
 * read is charged by its length, and the document's element count is charged before microdata
 * and the DOM heuristics, which query the whole document or its content root. Once the units
 * spent exceed `maxWork`, later JSON-LD blocks, microdata, the DOM heuristics (site name from
 * logo/brand/header/footer, bylines, dates, lead image, lead paragraph) and the word count are
 * skipped. The cap, not the clock, decides, so a capture does not depend on machine load (a
 * 50 ms wall-time budget dropped fields at random on a busy machine). The clock is only a safety
 * net against pathologically slow DOMs, read at three stage boundaries: before microdata, before
 * the DOM heuristics, before the word count.
 */
export interface ExtractOptions {
  /** Cap on optional work, in work units; default DEFAULT_MAX_WORK (100,000). */
  maxWork?: number;
  /** Wall-clock safety net for optional work, in ms; default DEFAULT_SAFETY_MS (500). */
  budgetMs?: number;
  /** Monotonic clock in ms; default `performance.now`. */
  now?: () => number;
  /**
   * Wall clock in ms since the epoch; default `Date.now`. A date line beside the headline more
   * than a day after it is an event's or a release's date, not the publication (see findDomDate).
   */
  wallClock?: () => number;
}
