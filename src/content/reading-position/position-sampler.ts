import type { ReadingPosition } from '../../activity/text-fragment';
import { watchArticle, type ArticleWatch } from './article-watch';

/** A scroll is looked at no sooner than this after it happens: reading is slow. */
export const SAMPLE_DELAY_MS = 3_000;
/**
 * A position is noted once the reader has not scrolled for this long (ms): where they stop to read.
 * Passing positions while scrolling on are not worth a quote; the look is put off by another delay.
 */
export const SETTLE_MS = 1_000;

/** What the position sampler needs: the window to read positions in and where to report them. */
export interface PositionSamplerDeps {
  win: Window;
  /** Hands a changed position to the worker, with the URL it belongs to (each route its own). */
  report: (url: string, position: ReadingPosition) => void;
  /**
   * Whether the reader's own input that can scroll (wheel, keys, touch, a press on the scrollbar
   * or a link) has reached the page: the page session's listener hears it (readerInputSeen), so
   * the sampler adds no listener of its own for it.
   */
  readerInput: () => boolean;
  now?: () => number;
  /**
   * The reader's own input (wheel, keys, touch, a press) came before the sampler started (it is
   * loaded once the page is being read): where the page is now is theirs, sampled soon.
   */
  readerInputBefore?: boolean;
}

/**
 * Notes where the reader is, cheaply: a passive scroll listener only marks the position stale;
 * at most once per SAMPLE_DELAY_MS, once the reader has stopped scrolling for SETTLE_MS (and
 * always when the page is hidden or left), one bounding rect of the
 * article and a binary search over its blocks' cached offsets give progress and the block at the
 * top of the viewport, whose quote is chosen once (article-index.ts). The blocks are read in idle
 * time after the reader's first scroll and kept up to date by observers (article-watch.ts).
 * Nothing runs while the reader does not scroll; nothing is written to the page.
 */
export function startPositionSampler(deps: PositionSamplerDeps, signal: AbortSignal): void {
  const { win } = deps;
  const doc = win.document;
  const now = deps.now ?? (() => Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stale = false;
  let scrolledAt = 0;
  let lastSent = '';
  // The article is watched (two observers, its blocks read in idle time) from the reader's first
  // scroll: a page read without scrolling never pays for it.
  let watched: ArticleWatch | undefined;
  const article = (): ArticleWatch => (watched ??= watchArticle(win, signal, now));

  let last: { url: string; position: ReadingPosition } | undefined;

  function sample(leaving = false): void {
    timer = undefined;
    if (!stale || signal.aborted) return;
    if (!leaving && now() - scrolledAt < SETTLE_MS) {
      timer = setTimeout(sample, SAMPLE_DELAY_MS);
      return;
    }
    stale = false;
    const index = article().current();
    if (!index) return;
    const position = index.position(win);
    const key = `${index.url}\n${JSON.stringify(position)}`;
    if (key === lastSent) return;
    lastSent = key;
    last = { url: index.url, position };
    deps.report(index.url, position);
  }

  // Scrolling before the reader's first input is not theirs: the browser bringing a text fragment
  // to the middle of the window (a resume) or restoring a position. Noting it would move the
  // remembered passage up by half a window on every resume.
  const scrolledBefore = deps.readerInputBefore ?? false;
  const onScroll = (): void => {
    if (!scrolledBefore && !deps.readerInput()) return;
    article().prepare();
    stale = true;
    scrolledAt = now();
    timer ??= setTimeout(sample, SAMPLE_DELAY_MS);
  };
  // Leaving the page: the last position is said again even when unchanged, so the worker judges
  // "finished" with the time read since it was noted (reading the last screen takes time too).
  const flush = (): void => {
    clearTimeout(timer);
    const before = lastSent;
    sample(true);
    if (lastSent === before && last) deps.report(last.url, last.position);
  };
  const listen = { capture: true, passive: true, signal } as const;
  win.addEventListener('scroll', onScroll, listen);
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'hidden') flush();
    },
    { signal },
  );
  win.addEventListener('pagehide', flush, { signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
  });
  if (scrolledBefore) onScroll();
}
