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
 * Letters, marks and digits (`word`: the characters words are made of), and scripts written
 * without spaces, where the browser finds word boundaries by dictionary (`unspaced`). Built on the
 * first non-ASCII character, from strings: a `\p{…}` literal is checked when the script compiles
 * and built when the module loads, about 1 ms in a fresh page on every read (issue #13), although
 * most reads never get here (no scroll, or ASCII text).
 */
let unicodeClasses: { word: RegExp; unspaced: RegExp } | undefined;
const UNICODE_CLASSES = {
  word: String.raw`[\p{L}\p{M}\p{N}]`,
  unspaced: String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]`,
};
/** What a character is to a word: not part of one, part of one, or a word on its own. */
const SEPARATOR = 0;
const PART = 1;
const ALONE = 2;
type Kind = typeof SEPARATOR | typeof PART | typeof ALONE;
/** Non-ASCII characters' kinds as found (a page uses a few hundred at most); capped. */
const kinds = new Map<number, Kind>();
const MAX_KINDS = 4_096;
/**
 * Characters of page text indexed between two checks of the time left (indexPageWords). In a
 * fresh page the first index runs cold at about 0.7 µs a character (bug-1255978, Chromium): 1,024
 * keeps a step near a millisecond, where 16,384 made one idle callback run 15–25 ms (issue #13).
 */
export const STEP_CHARS = 1_024;
/**
 * Places of a word pair checked at most to count a quote: past this, the quote is reported as
 * repeated (it is made of words the page uses hundreds of times, and never a good quote).
 */
const MAX_PLACES_CHECKED = 256;
/** Distinct words a page may have for pair keys to stay exact integers (id × this + id). */
const MAX_IDS = 0x400000;
/** A place no word is at (a separator between appended passages, the end of a chain). */
const NONE = -1;

function unicodeRegExps(): { word: RegExp; unspaced: RegExp } {
  return (unicodeClasses ??= {
    word: new RegExp(UNICODE_CLASSES.word, 'u'),
    unspaced: new RegExp(UNICODE_CLASSES.unspaced, 'u'),
  });
}

function kindOf(code: number): Kind {
  if (code < 128) {
    const lower = code | 0x20;
    return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122) ? PART : SEPARATOR;
  }
  let kind = kinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    const { word, unspaced } = unicodeRegExps();
    kind = unspaced.test(char) ? ALONE : word.test(char) ? PART : SEPARATOR;
    if (kinds.size < MAX_KINDS) kinds.set(code, kind);
  }
  return kind;
}

/**
 * Hands each word of `text` to `visit`, in order: one Han, Hiragana, Katakana or Thai character,
 * or a run of other letters, marks and digits. A loop over character codes: a Unicode-property
 * regex took several times as long on a long page.
 */
function eachWord(text: string, visit: (word: string) => void): void {
  let start = NONE;
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (kind !== PART && start !== NONE) {
      visit(text.slice(start, at));
      start = NONE;
    }
    if (kind === ALONE) visit(text.slice(at, at + width));
    else if (kind === PART && start === NONE) start = at;
    at += width;
  }
  if (start !== NONE) visit(text.slice(start));
}

/**
 * The words of `text`, lowercased (for a quote; the page is lowercased once, in indexPageWords).
 * toLowerCase, not toLocaleLowerCase: the same on both sides, and the locale lookup cost about a
 * microsecond a call, paid per word of every quote tried.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  eachWord(text.toLowerCase(), (word) => words.push(word));
  return words;
}

/**
 * The page's words (as integer ids) and, for each pair of adjacent words, how often and where it
 * occurs: a chain of places through `nextPlace`. The whole index is a few flat arrays and two maps
 * with number keys, one entry per word, built in idle slices.
 */
export class PageWords {
  private readonly ids = new Map<string, number>();
  /** Word id at each place; NONE at a separator. */
  private readonly sequence: number[] = [];
  /** The next place of the pair that starts at each place, or NONE. */
  private readonly nextPlace: number[] = [];
  private readonly pairSlots = new Map<number, number>();
  private readonly slotFirst: number[] = [];
  private readonly slotLast: number[] = [];
  private readonly slotCount: number[] = [];
  /** Places of words appended as context (append): a match made of these alone is a copy. */
  private readonly context = new Set<number>();

  /** How many words the page has (and text appended since, with one separator each). */
  get length(): number {
    return this.sequence.length;
  }

  /** Adds the next word of the page (lowercased). */
  push(word: string): void {
    let id = this.ids.get(word);
    if (id === undefined) {
      // Past MAX_IDS distinct words (never seen on a page), a new word breaks the sequence.
      if (this.ids.size >= MAX_IDS) {
        this.separate();
        return;
      }
      id = this.ids.size;
      this.ids.set(word, id);
    }
    const place = this.sequence.length;
    this.sequence.push(id);
    this.nextPlace.push(NONE);
    const previous = this.sequence[place - 1] ?? NONE;
    if (previous === NONE) return;
    const key = previous * MAX_IDS + id;
    const slot = this.pairSlots.get(key);
    if (slot === undefined) {
      this.pairSlots.set(key, this.slotFirst.length);
      this.slotFirst.push(place - 1);
      this.slotLast.push(place - 1);
      this.slotCount.push(1);
    } else {
      this.nextPlace[this.slotLast[slot] ?? 0] = place - 1;
      this.slotLast[slot] = place - 1;
      this.slotCount[slot] = (this.slotCount[slot] ?? 0) + 1;
    }
  }

  /**
   * Adds `text` (text the page now shows: a block edited in place) as a passage of its own, after
   * a separator no quote crosses, between `before` and `after`: the text around it, which a quote
   * may run into (a prefix), but which counts only with some of `text` (it is in the index
   * already). Text it replaced stays counted until the page is indexed again: a count may be high
   * for a while, never low.
   */
  append(text: string, before = '', after = ''): void {
    this.separate();
    for (const word of wordsOf(before)) this.pushContext(word);
    for (const word of wordsOf(text)) this.push(word);
    for (const word of wordsOf(after)) this.pushContext(word);
  }

  /**
   * How many times the word sequence `quote` (from wordsOf) occurs in the page, counting up to
   * `max`. Looks up the rarest of the quote's word pairs and checks the quote at each of its
   * places: O(quote length × places of that pair). A quote of fewer than two words, or one whose
   * every pair occurs more than MAX_PLACES_CHECKED times, counts as `max` (never unique).
   */
  count(quote: readonly string[], max = 2): number {
    if (quote.length < 2) return max;
    const ids: number[] = [];
    for (const word of quote) {
      const id = this.ids.get(word);
      if (id === undefined) return 0;
      ids.push(id);
    }
    let rarest = NONE;
    let offset = 0;
    for (let i = 0; i + 1 < ids.length; i++) {
      const slot = this.pairSlots.get((ids[i] ?? 0) * MAX_IDS + (ids[i + 1] ?? 0));
      if (slot === undefined) return 0;
      if (rarest === NONE || (this.slotCount[slot] ?? 0) < (this.slotCount[rarest] ?? 0)) {
        rarest = slot;
        offset = i;
      }
    }
    if ((this.slotCount[rarest] ?? 0) > MAX_PLACES_CHECKED) return max;
    let count = 0;
    for (let place = this.slotFirst[rarest] ?? NONE; place !== NONE;) {
      if (this.occursAt(ids, place - offset) && ++count >= max) break;
      place = this.nextPlace[place] ?? NONE;
    }
    return count;
  }

  private separate(): void {
    if (this.sequence.length === 0) return;
    this.sequence.push(NONE);
    this.nextPlace.push(NONE);
  }

  private pushContext(word: string): void {
    this.context.add(this.sequence.length);
    this.push(word);
  }

  private occursAt(ids: readonly number[], start: number): boolean {
    if (start < 0 || start + ids.length > this.sequence.length) return false;
    let copy = this.context.size > 0;
    for (let i = 0; i < ids.length; i++) {
      if (this.sequence[start + i] !== ids[i]) return false;
      copy &&= this.context.has(start + i);
    }
    return !copy;
  }
}

/**
 * Where a step that should end at `from` may end in `text`: the first place from there that
 * splits no word (not inside a run of letters, marks and digits, nor between the two halves of a
 * surrogate pair), so a page written without spaces (Chinese, Japanese, Thai) is sliced too.
 */
function cutAt(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    const lowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
    if (!lowSurrogate && kindOf(text.codePointAt(at) ?? 0) !== PART) break;
    at++;
  }
  return at;
}

/**
 * Indexes the page text `page` in steps (a generator for idle-work.ts): lowercases it once, splits
 * it into words and notes where each pair of adjacent words starts. Yields after about every
 * STEP_CHARS characters (cut where no word is split: cutAt); memory is a few numbers per word.
 */
export function* indexPageWords(page: string): Generator<void, PageWords> {
  const text = page.toLowerCase();
  yield;
  // The Unicode classes are built on a page's first non-ASCII character: a step of its own.
  if (!unicodeClasses && /[^\0-\x7f]/.test(text)) {
    unicodeRegExps().word.test('a');
    yield;
  }
  const words = new PageWords();
  const push = (word: string): void => {
    words.push(word);
  };
  for (let start = 0; start < text.length;) {
    const end = cutAt(text, start + STEP_CHARS);
    eachWord(text.slice(start, end), push);
    start = end;
    if (start < text.length) yield;
  }
  return words;
}

/** indexPageWords at once (a command or a test that needs the index now). */
export function pageWordsOf(page: string): PageWords {
  const steps = indexPageWords(page);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
