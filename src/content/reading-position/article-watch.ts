import { collectArticleBlocks, type ArticleBlocks } from './article-blocks';
import { ArticleIndex } from './article-index';
import { editedTexts, patchEdits } from './edit-patch';
import { runWhenIdle, type IdleWork } from './idle-work';

/** After the article's content changed, its blocks are read again no sooner than this (ms). */
export const BLOCKS_MIN_AGE_MS = 60_000;
/** Text edited in place is read again (in idle time) no sooner than this after the last time (ms). */
export const TEXT_MIN_GAP_MS = 5_000;
/**
 * Words of edited text added to the page's index at most before the page is read again in full
 * (each edit adds the new text and keeps the old: a live counter would grow it without end).
 */
const MAX_APPENDED_WORDS = 5_000;

/** The article of the page as the sampler keeps it. */
export interface ArticleWatch {
  /** Starts reading the article in idle time (the reader has begun to scroll); idempotent. */
  prepare(): void;
  /**
   * The article index for the page now. Finishes a read at once only when there is no index yet
   * or the page moved to another address or article (a single-page-app route): else a read still
   * running in idle time leaves the previous index in use.
   */
  current(): ArticleIndex | undefined;
}

/**
 * Keeps an ArticleIndex of the page up to date cheaply: the blocks are read once, in slices in
 * idle time; a ResizeObserver on the article drops the cached block offsets whenever its box
 * changes (images loading, fonts, a new window width) and measures them again in idle time; a
 * MutationObserver notes that its content changed: elements added or removed have the blocks read
 * again, at most once a BLOCKS_MIN_AGE_MS; text edited in place (a character data change, or a
 * text node replaced) has only the edited blocks read again, in idle time, at most once a
 * TEXT_MIN_GAP_MS (edit-patch.ts). Nothing runs while the page does not change. Where an
 * observer is missing, offsets are not cached (each sample searches the blocks' rects) or blocks
 * are not re-read.
 */
export function watchArticle(
  win: Window,
  signal: AbortSignal,
  now: () => number = () => Date.now(),
): ArticleWatch {
  let index: ArticleIndex | undefined;
  let collecting: IdleWork<ArticleBlocks | undefined> | undefined;
  let collectingUrl = '';
  let collectedAt = 0;
  // Each read and measurement has its own controller: a newer one stops (and outdates) the last.
  let collectRun = new AbortController();
  let measureRun = new AbortController();
  let rereadTimer: ReturnType<typeof setTimeout> | undefined;
  let patchTimer: ReturnType<typeof setTimeout> | undefined;
  let patchedAt = -Infinity;
  let appendedWords = 0;
  // Nodes whose text changed in place since the last patch (read in idle time, not in the callback).
  const edited = new Set<Node>();
  // The page's own constructors (the page's realm; tests run in jsdom's); lib.dom leaves them off
  // Window, and older engines lack ResizeObserver.
  const scope = win as Window &
    Partial<Pick<typeof globalThis, 'ResizeObserver' | 'MutationObserver'>>;
  const resize = scope.ResizeObserver ? new scope.ResizeObserver(measure) : undefined;
  const mutations = scope.MutationObserver ? new scope.MutationObserver(changed) : undefined;

  function collect(): void {
    const url = win.location.href;
    collectingUrl = url;
    collectedAt = now();
    collectRun.abort();
    const run = new AbortController();
    collectRun = run;
    collecting = runWhenIdle(
      win,
      collectArticleBlocks(win.document),
      (blocks) => {
        if (!run.signal.aborted) adopt(blocks, url);
      },
      run.signal,
    );
  }

  function adopt(blocks: ArticleBlocks | undefined, url: string): void {
    resize?.disconnect();
    mutations?.disconnect();
    clearTimeout(patchTimer);
    patchTimer = undefined;
    edited.clear();
    appendedWords = 0;
    index = blocks && new ArticleIndex(blocks, url);
    if (!blocks || signal.aborted) return;
    // A ResizeObserver reports each target once when observed: that first report measures.
    resize?.observe(blocks.root);
    mutations?.observe(blocks.root, { childList: true, subtree: true, characterData: true });
  }

  function measure(): void {
    const target = index;
    if (!target) return;
    target.bottoms = undefined;
    measureRun.abort();
    const run = new AbortController();
    measureRun = run;
    runWhenIdle(
      win,
      target.measureBottoms(),
      (bottoms) => {
        // A later change of size started a newer measurement: this one is stale.
        if (!run.signal.aborted) target.bottoms = bottoms;
      },
      run.signal,
    );
  }

  /** The article changed (`records`; none: a full read is due). */
  function changed(records: MutationRecord[]): void {
    const texts = records.length > 0 ? editedTexts(records) : undefined;
    if (texts && appendedWords < MAX_APPENDED_WORDS) {
      for (const node of texts) edited.add(node);
      patchTimer ??= setTimeout(patch, Math.max(0, patchedAt + TEXT_MIN_GAP_MS - now()));
      return;
    }
    // Blocks came or went: one note per read is enough, further changes until it cost nothing.
    mutations?.disconnect();
    clearTimeout(rereadTimer);
    rereadTimer = setTimeout(collect, Math.max(0, collectedAt + BLOCKS_MIN_AGE_MS - now()));
  }

  function patch(): void {
    const target = index;
    const nodes = [...edited];
    edited.clear();
    if (!target || signal.aborted) return;
    runWhenIdle(
      win,
      patchEdits(target, nodes),
      ({ addedWords, reread }) => {
        patchedAt = now();
        patchTimer = undefined;
        appendedWords += addedWords;
        if (reread) changed([]);
        // Edits made while this one ran wait for the next.
        else if (edited.size > 0) patchTimer = setTimeout(patch, TEXT_MIN_GAP_MS);
      },
      signal,
    );
  }

  signal.addEventListener('abort', () => {
    clearTimeout(rereadTimer);
    clearTimeout(patchTimer);
    collectRun.abort();
    measureRun.abort();
    resize?.disconnect();
    mutations?.disconnect();
  });

  return {
    prepare(): void {
      if (!collecting && !signal.aborted) collect();
    },
    current(): ArticleIndex | undefined {
      const url = win.location.href;
      const moved = index !== undefined && (index.url !== url || !index.blocks.root.isConnected);
      // A route or article newer than the read in hand (or than the one running) is read now.
      if (!collecting || (moved && (collecting.done || collectingUrl !== url))) collect();
      if ((!index || moved) && collecting && !collecting.done) collecting.finish();
      return index;
    },
  };
}
