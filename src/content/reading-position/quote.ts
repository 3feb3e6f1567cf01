import type { TextDirective } from '../../activity/text-fragment';
import { pageWordsOf, type PageWords } from './page-words';

/**
 * Chooses the quote for a text fragment: the opening words of the block at the top of the
 * viewport, as few as make it unique in the page. Starting at a block's start keeps the quote
 * stable when text is added or edited elsewhere (a paragraph inserted above, a changed ad).
 * Pure: blocks and the page's word index come from article-blocks.ts and page-words.ts.
 */

/** Fewest words in a quote; a quote longer than MAX_QUOTE_CHARS is cut at a word. */
export const MIN_QUOTE_WORDS = 4;
/** Most words in a quote. */
export const MAX_QUOTE_WORDS = 12;
/** Most characters in a quote (cut at a word boundary below it). */
export const MAX_QUOTE_CHARS = 120;
/** Words of context taken from the block before when the whole quote is not unique. */
const PREFIX_WORDS = 4;
/** How many blocks below the top one are tried when none of its text is unique. */
const LOOKAHEAD_BLOCKS = 6;

/** Collapses runs of whitespace (what text fragment matching ignores) and trims. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * How many times `needle` occurs in `haystack`, counting up to `max`, ignoring case as text
 * fragment matching does (spec §3.5.3 "find a string in range"). Word boundaries are not required:
 * `textContent` joins adjacent blocks without a space, so a boundary there is not visible here,
 * and counting every occurrence errs on the side of "not unique".
 */
export function countMatches(haystack: string, needle: string, max = 2): number {
  const text = haystack.toLocaleLowerCase();
  const term = needle.toLocaleLowerCase();
  if (term === '') return 0;
  let count = 0;
  for (let at = text.indexOf(term); at >= 0 && count < max; at = text.indexOf(term, at + 1)) {
    count++;
  }
  return count;
}

function words(text: string): string[] {
  return text.split(' ').filter(Boolean);
}

/**
 * The opening words of `block` that occur once in the page, or undefined. Each try costs a native
 * search of the page's words (page-words.ts); the first try is usually unique, and a repeated one
 * stops at its second occurrence.
 */
function uniqueOpening(block: string[], page: PageWords): string | undefined {
  const fewest = Math.min(MIN_QUOTE_WORDS, block.length);
  let quote = '';
  for (let n = 0; n < Math.min(block.length, MAX_QUOTE_WORDS); n++) {
    const word = block[n] ?? '';
    const next = quote === '' ? word : `${quote} ${word}`;
    if (next.length > MAX_QUOTE_CHARS) break;
    quote = next;
    if (n + 1 < fewest) continue;
    if (page.count(quote) === 1) return quote;
  }
  return undefined;
}

/** The opening words of `block` (up to the quote limits), unique or not. */
function opening(block: string[]): string {
  let quote = '';
  for (const word of block.slice(0, MAX_QUOTE_WORDS)) {
    const next = quote === '' ? word : `${quote} ${word}`;
    if (next.length > MAX_QUOTE_CHARS) break;
    quote = next;
  }
  return quote;
}

/**
 * A text directive for the reading position at block `index` of `blocks`, or undefined when no
 * block from there on has text that can be found again unambiguously.
 * @param blocks Normalized text of the article's blocks (paragraphs, headings, list items), in
 *   document order, boilerplate already left out.
 * @param page Normalized text of the whole document: the fragment is searched in all of it.
 */
export function chooseQuote(
  blocks: readonly string[],
  page: string,
  index: number,
): TextDirective | undefined {
  return chooseQuoteIn(blocks, pageWordsOf(page), index);
}

/** chooseQuote on the page's word index (the sampler indexes a page once, in idle time). */
export function chooseQuoteIn(
  blocks: readonly string[],
  page: PageWords,
  index: number,
): TextDirective | undefined {
  const first = Math.max(0, index);
  const last = Math.min(blocks.length, first + LOOKAHEAD_BLOCKS);
  for (let i = first; i < last; i++) {
    const block = words(blocks[i] ?? '');
    if (block.length < 2) continue;
    const unique = uniqueOpening(block, page);
    if (unique !== undefined) return { textStart: unique };
  }
  // Only repeated text nearby (a refrain, a pull quote; repeated furniture was skipped above):
  // the end of the block before tells the copies apart.
  for (let i = first; i < last; i++) {
    const block = words(blocks[i] ?? '');
    const previous = words(blocks[i - 1] ?? '');
    if (block.length < 2 || previous.length === 0) continue;
    const prefix = previous.slice(-PREFIX_WORDS).join(' ');
    const textStart = opening(block);
    if (page.count(`${prefix} ${textStart}`) === 1) return { prefix, textStart };
  }
  return undefined;
}
