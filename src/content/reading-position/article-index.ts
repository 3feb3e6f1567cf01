import type { ReadingPosition, TextDirective } from '../../activity/text-fragment';
import { proseEnd, topBlockAt, topBlockIndex, type ArticleBlocks } from './article-blocks';
import { readingProgress } from './progress';
import { chooseQuoteIn } from './quote';

/** Blocks measured between two reads of the article's own rect (measureBottoms). */
const STEP_BLOCKS = 32;

/**
 * The article's blocks with what a sample needs kept at hand: each block's bottom relative to the
 * article's top (measured in idle time, dropped by article-watch.ts when the article's size
 * changes), the page's text to count quotes in (read with the blocks), and the quote chosen for each
 * block. A sample then costs one bounding rect and a binary search over numbers; a quote is chosen
 * once per block, by a native search of the page's words per try (page-words.ts).
 */
export class ArticleIndex {
  /** Each block's bottom relative to the article's top (CSS px); undefined until measured. */
  bottoms: Float64Array | undefined;
  /** Quote chosen per block index (null: none can be found again unambiguously). */
  readonly quotes = new Map<number, TextDirective | null>();

  constructor(
    readonly blocks: ArticleBlocks,
    /** The page address the blocks were read at (each single-page-app route has its own). */
    readonly url: string,
  ) {}

  /**
   * Measures every block's bottom in steps (a generator for idle-work.ts). Reads layout only;
   * each step reads the article's rect again, so a step is consistent on its own.
   */
  *measureBottoms(): Generator<void, Float64Array> {
    const { root, elements } = this.blocks;
    const bottoms = new Float64Array(elements.length);
    for (let start = 0; start < elements.length; start += STEP_BLOCKS) {
      const top = root.getBoundingClientRect().top;
      const end = Math.min(elements.length, start + STEP_BLOCKS);
      for (let i = start; i < end; i++) {
        bottoms[i] = (elements[i]?.getBoundingClientRect().bottom ?? top) - top;
      }
      yield;
    }
    return bottoms;
  }

  /**
   * The reading position now: progress through the prose (from the article's top to the bottom of
   * its last block: proseEnd), and the quote of the
   * block at the top of the viewport (by the cached bottoms, or a binary search over the blocks'
   * rects while they are being measured). Reads layout (one rect once measured), writes nothing.
   */
  position(win: Window): ReadingPosition {
    const rect = this.blocks.root.getBoundingClientRect();
    const end = proseEnd(this.blocks, rect, this.bottoms?.at(-1));
    const position: ReadingPosition = {
      progress: readingProgress(rect.top, end, win.innerHeight),
    };
    const top = this.bottoms
      ? topBlockAt(this.bottoms, -rect.top)
      : topBlockIndex(this.blocks.elements);
    const quote = this.quoteAt(top);
    if (quote) position.quote = quote;
    return position;
  }

  /** The quote for block `index` (chosen once, then kept); undefined when there is none. */
  quoteAt(index: number): TextDirective | undefined {
    if (index < 0) return undefined;
    let quote = this.quotes.get(index);
    if (quote === undefined) {
      quote = chooseQuoteIn(this.blocks.texts, this.blocks.words, index) ?? null;
      this.quotes.set(index, quote);
    }
    return quote ?? undefined;
  }
}
