/**
 * The page's text as a sequence of words, indexed by word pairs, so that how often a quote occurs
 * in the page is answered in time proportional to the quote, not to the page (issue #18: a scan of
 * the whole page per quote cost 0.29 ms per minute of reading).
 *
 * Words are what text fragment matching sees as words: a text directive matches only at word
 * boundaries (Text Fragments spec §3.5.3 "find a range from a text directive": word-bounded
 * search), so an occurrence the browser would find is a run of whole words here too. Splitting
 * at every character that is not a letter, mark or digit, and at each Han, kana or Thai character,
 * splits at least where the browser does: a count here is never below the browser's (the quote
 * errs on the side of "not unique"). Case is ignored, as the browser ignores it.
 */

/**
 * A word: one Han, Hiragana, Katakana or Thai character (scripts written without spaces, where
 * the browser finds boundaries by dictionary), or a run of other letters, marks and digits.
 */
const WORD =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}])[\p{L}\p{M}\p{N}])+/gu;
/** Words read between two checks of the time left (indexPageWords). */
const STEP_WORDS = 2_048;
/**
 * Places of a word pair checked at most to count a quote: past this, the quote is reported as
 * repeated (it is made of words the page uses hundreds of times, and never a good quote).
 */
const MAX_PLACES_CHECKED = 256;

/** The words of `text`, lowercased (for a quote; the page is lowercased once, in indexPageWords). */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().match(WORD) ?? [];
}

function pairKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/** The page's words and, for each pair of adjacent words, where it starts (ascending). */
export class PageWords {
  constructor(
    private readonly words: readonly string[],
    private readonly pairs: ReadonlyMap<string, readonly number[]>,
  ) {}

  /** How many words the page has. */
  get length(): number {
    return this.words.length;
  }

  /**
   * How many times the word sequence `quote` (from wordsOf) occurs in the page, counting up to
   * `max`. Looks up the rarest of the quote's word pairs and checks the quote at each of its
   * places: O(quote length × places of that pair). A quote of fewer than two words, or one whose
   * every pair occurs more than MAX_PLACES_CHECKED times, counts as `max` (never unique).
   */
  count(quote: readonly string[], max = 2): number {
    if (quote.length < 2) return max;
    let rarest: readonly number[] | undefined;
    let offset = 0;
    for (let i = 0; i + 1 < quote.length; i++) {
      const places = this.pairs.get(pairKey(quote[i] ?? '', quote[i + 1] ?? ''));
      if (!places) return 0;
      if (!rarest || places.length < rarest.length) {
        rarest = places;
        offset = i;
      }
    }
    if (!rarest || rarest.length > MAX_PLACES_CHECKED) return max;
    let count = 0;
    for (const place of rarest) {
      if (this.occursAt(quote, place - offset) && ++count >= max) break;
    }
    return count;
  }

  private occursAt(quote: readonly string[], start: number): boolean {
    if (start < 0 || start + quote.length > this.words.length) return false;
    for (let i = 0; i < quote.length; i++) {
      if (this.words[start + i] !== quote[i]) return false;
    }
    return true;
  }
}

/**
 * Indexes the page text `page` in steps (a generator for idle-work.ts): lowercases it once, splits
 * it into words and notes where each pair of adjacent words starts. Yields after every
 * STEP_WORDS words; memory is one entry per word.
 */
export function* indexPageWords(page: string): Generator<void, PageWords> {
  const text = page.toLocaleLowerCase();
  const words: string[] = [];
  const pairs = new Map<string, number[]>();
  const pattern = new RegExp(WORD.source, WORD.flags);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[0];
    const previous = words.at(-1);
    if (previous !== undefined) {
      const key = pairKey(previous, word);
      const places = pairs.get(key);
      if (places) places.push(words.length - 1);
      else pairs.set(key, [words.length - 1]);
    }
    words.push(word);
    if (words.length % STEP_WORDS === 0) yield;
  }
  return new PageWords(words, pairs);
}

/** indexPageWords at once (a command or a test that needs the index now). */
export function pageWordsOf(page: string): PageWords {
  const steps = indexPageWords(page);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
