import type { ReadingPosition } from '../../activity/text-fragment';
import { readArticleBlocks, topBlockIndex, type ArticleBlocks } from './article-blocks';
import { readingProgress } from './progress';
import { chooseQuote } from './quote';

/** A scroll is looked at no sooner than this after it happens: reading is slow. */
export const SAMPLE_DELAY_MS = 3_000;
/** The article's blocks are read again after this long, or at once after an in-page route. */
const BLOCKS_MAX_AGE_MS = 60_000;
/** Input that can scroll: wheel, keys, touch, a press on the scrollbar or a link. */
const READER_INPUT = ['wheel', 'keydown', 'touchstart', 'pointerdown'];

export interface PositionSamplerDeps {
  win: Window;
  /** Hands a changed position to the worker, with the URL it belongs to (each route its own). */
  report: (url: string, position: ReadingPosition) => void;
  now?: () => number;
  /**
   * The reader's own input (wheel, keys, touch, a press) came before the sampler started (it is
   * loaded once the page is being read): where the page is now is theirs, sampled soon.
   */
  readerInputBefore?: boolean;
}

/**
 * One sample: progress from the article's bounding rect and the quote of the block at the top of
 * the viewport (a binary search over the blocks' rects). Reads layout, writes nothing. Exported
 * for bench:reading-position, which times exactly this.
 */
export function positionIn(win: Window, blocks: ArticleBlocks): ReadingPosition {
  const rect = blocks.root.getBoundingClientRect();
  const position: ReadingPosition = {
    progress: readingProgress(rect.top, rect.height, win.innerHeight),
  };
  const top = topBlockIndex(blocks.elements);
  // The same block at the top as last time: the same quote (searching the page is the dear part).
  if (top !== blocks.quoted?.top) {
    blocks.quoted = {
      top,
      quote: top < 0 ? undefined : chooseQuote(blocks.texts, blocks.page, top),
    };
  }
  const { quote } = blocks.quoted;
  if (quote) position.quote = quote;
  return position;
}

/**
 * Notes where the reader is, cheaply: a passive scroll listener only marks the position stale;
 * at most once per SAMPLE_DELAY_MS (and when the page is hidden or left) one bounding rect of the
 * article and a binary search over its blocks give progress and the quote at the top of the
 * viewport. Nothing runs while the reader does not scroll; nothing is written to the page.
 */
export function startPositionSampler(deps: PositionSamplerDeps, signal: AbortSignal): void {
  const { win } = deps;
  const doc = win.document;
  const now = deps.now ?? (() => Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stale = false;
  let article: ArticleBlocks | undefined;
  let articleUrl = '';
  let articleReadAt = 0;
  let lastSent = '';

  function currentArticle(): ArticleBlocks | undefined {
    const url = win.location.href;
    if (!article || url !== articleUrl || now() - articleReadAt > BLOCKS_MAX_AGE_MS) {
      article = readArticleBlocks(doc);
      articleUrl = url;
      articleReadAt = now();
    }
    return article;
  }

  let last: { url: string; position: ReadingPosition } | undefined;

  function sample(): void {
    timer = undefined;
    if (!stale || signal.aborted) return;
    stale = false;
    const blocks = currentArticle();
    if (!blocks) return;
    const position = positionIn(win, blocks);
    const key = `${articleUrl}\n${JSON.stringify(position)}`;
    if (key === lastSent) return;
    lastSent = key;
    last = { url: articleUrl, position };
    deps.report(articleUrl, position);
  }

  // Scrolling before the reader's first input is not theirs: the browser bringing a text fragment
  // to the middle of the window (a resume) or restoring a position. Noting it would move the
  // remembered passage up by half a window on every resume.
  let readerScrolls = false;
  const onInput = (): void => {
    readerScrolls = true;
  };
  const onScroll = (): void => {
    if (!readerScrolls) return;
    stale = true;
    timer ??= setTimeout(sample, SAMPLE_DELAY_MS);
  };
  // Leaving the page: the last position is said again even when unchanged, so the worker judges
  // "finished" with the time read since it was noted (reading the last screen takes time too).
  const flush = (): void => {
    clearTimeout(timer);
    const before = lastSent;
    sample();
    if (lastSent === before && last) deps.report(last.url, last.position);
  };
  const listen = { capture: true, passive: true, signal } as const;
  win.addEventListener('scroll', onScroll, listen);
  for (const type of READER_INPUT) win.addEventListener(type, onInput, listen);
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
  if (deps.readerInputBefore) {
    onInput();
    onScroll();
  }
}
