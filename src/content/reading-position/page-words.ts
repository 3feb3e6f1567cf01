/**
 * The page's text as text fragment matching searches it, so that how often a quote occurs in the
 * page is one native `indexOf` over it (issue #13: a word-pair index built up front, for answers in
 * time proportional to the quote, was most of the sampler's first read of a page; issue #18: a
 * scan that lowercased the whole page again for every quote cost 0.29 ms per minute of reading).
 *
 * A text directive matches only at word boundaries (Text Fragments spec §3.5.3 "find a range from
 * a text directive": word-bounded search), ignoring case. A boundary is taken here wherever a
 * character that is not a letter, mark or digit, or a Han, kana or Thai character, is on either
 * side: at least where the browser finds one, so a count here is never below the browser's (the
 * quote errs on the side of "not unique").
 */

/**
 * Letters, marks and digits (`word`: the characters words are made of), and scripts written
 * without spaces, where the browser finds word boundaries by dictionary (`unspaced`). Built on the
 * first non-ASCII character, from strings: a `\p{…}` literal is checked when the script compiles
 * and built when the module loads, about 1 ms in a fresh page on every read (issue #13), although
 * most reads never get here (no scroll, or ASCII text).
 */
interface UnicodeClasses {
  word: RegExp;
  unspaced: RegExp;
}
let unicodeClasses: UnicodeClasses | undefined;
const WORD = String.raw`\p{L}\p{M}\p{N}`;
const UNSPACED = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]`;
/** What a character is to a word: not part of one, part of one, or a word on its own. */
const SEPARATOR = 0;
const PART = 1;
const ALONE = 2;
type Kind = typeof SEPARATOR | typeof PART | typeof ALONE;
/** Non-ASCII characters' kinds as found (a page uses a few hundred at most); capped. */
const kinds = new Map<number, Kind>();
const MAX_KINDS = 4_096;

function unicodeRegExps(): UnicodeClasses {
  return (unicodeClasses ??= {
    word: new RegExp(`[${WORD}]`, 'u'),
    unspaced: new RegExp(UNSPACED, 'u'),
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
  let start = -1;
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (kind !== PART && start !== -1) {
      visit(text.slice(start, at));
      start = -1;
    }
    if (kind === ALONE) visit(text.slice(at, at + width));
    else if (kind === PART && start === -1) start = at;
    at += width;
  }
  if (start !== -1) visit(text.slice(start));
}

/** Combining marks (a decomposed accent), built on first use as the classes above are. */
let marks: RegExp | undefined;

/**
 * `text` as a quote is searched for in it: lowercased, and without accents where it has any
 * non-ASCII character (decomposed, its combining marks dropped). Chromium's text fragment search
 * ignores accents ("cafe au lait" finds "café au lait"), so both sides are folded alike: a count
 * is then never below the browser's.
 */
function folded(text: string): string {
  const lower = text.toLowerCase();
  if (!/[^\0-\x7f]/.test(lower)) return lower;
  marks ??= new RegExp(String.raw`\p{M}+`, 'gu');
  return lower.normalize('NFD').replace(marks, '');
}

/**
 * The words of `text`, lowercased. toLowerCase, not toLocaleLowerCase: the same on both sides of
 * a match, and the locale lookup cost about a microsecond a call.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  eachWord(text.toLowerCase(), (word) => words.push(word));
  return words;
}

/** The kind of the character that ends just before `at` in `text` (SEPARATOR at its start). */
function kindBefore(text: string, at: number): Kind {
  if (at <= 0) return SEPARATOR;
  const unit = text.charCodeAt(at - 1);
  const low = unit >= 0xdc00 && unit <= 0xdfff && at >= 2;
  return kindOf(text.codePointAt(low ? at - 2 : at - 1) ?? 0);
}

/** Whether `text` has a word boundary at `at` (not inside a run of letters, marks and digits). */
function boundaryAt(text: string, at: number): boolean {
  return kindBefore(text, at) !== PART || kindOf(text.codePointAt(at) ?? 0) !== PART;
}

/**
 * Places where `needle` occurs in `text` at word boundaries on both ends, handed to `hit`, which
 * returns false to stop. Native `indexOf` finds candidates; only those are checked.
 */
function eachMatch(text: string, needle: string, hit: (at: number) => boolean): void {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (boundaryAt(text, at) && boundaryAt(text, at + needle.length) && !hit(at)) return;
  }
}

/**
 * A passage added since the page was read (a block edited in place), with the text around it a
 * quote may run into: a match within that context alone is a copy, never counted.
 */
interface Passage {
  /** Context before, the text, context after: lowercased, a space between two. */
  text: string;
  /** Where the text starts and ends in `text`. */
  from: number;
  to: number;
}

/**
 * The page's rendered text, lowercased, searched for a quote as text fragment matching searches it
 * (spec §3.5.3: ignoring case, at word boundaries): a native `indexOf` over the page, its hits
 * checked for word boundaries. Building it is one toLowerCase (and accents folded: folded); a word index built up front was
 * most of the sampler's first read (issue #13).
 */
export class PageWords {
  private readonly passages: Passage[] = [];
  private appended = 0;

  /** How many words were appended since the page was read (append), context included. */
  get appendedWords(): number {
    return this.appended;
  }

  constructor(
    /** The page's normalized text (whitespace collapsed), folded (lowercased, no accents). */
    private readonly text: string,
  ) {}

  /**
   * Adds `text` (text the page now shows: a block edited in place) as a passage of its own, which
   * no quote crosses out of, between `before` and `after`: the text around it, which a quote may
   * run into (a prefix), but which counts only with some of `text` (it is in the page already).
   * Text it replaced stays counted until the page is read again: a count may be high for a while,
   * never low.
   */
  append(text: string, before = '', after = ''): void {
    const head = before === '' ? '' : `${folded(before)} `;
    const middle = folded(text);
    const all = `${head}${middle}${after === '' ? '' : ` ${folded(after)}`}`;
    this.passages.push({ text: all, from: head.length, to: head.length + middle.length });
    this.appended += wordsOf(all).length;
  }

  /**
   * How many times `quote` (normalized text: single spaces) occurs in the page, counting up to
   * `max`. A quote of fewer than two words (wordsOf) counts as `max`: never unique.
   */
  count(quote: string, max = 2): number {
    if (wordsOf(quote).length < 2) return max;
    const needle = folded(quote);
    let count = 0;
    eachMatch(this.text, needle, () => ++count < max);
    for (const { text, from, to } of this.passages) {
      if (count >= max) break;
      // Some of the match must be the passage's own text.
      eachMatch(text, needle, (at) => !(at < to && at + needle.length > from) || ++count < max);
    }
    return Math.min(count, max);
  }
}

/**
 * Characters folded in one step of indexPageWords: about 0.9 ms of NFD and mark removal in V8
 * (14 µs per 1,000 characters), so no step of a long page runs past the sampler's 5 ms slice
 * (review 13 F-sampler-2: a 600 K-character page took 8.9 ms in one step).
 */
export const FOLD_STEP_CHARS = 65_536;

/**
 * Where indexPageWords cuts `page` after `from`: just after the last space within `step`
 * characters (folding a piece alone then gives what folding the whole does: toLowerCase's final
 * sigma looks no further than a space), else at `step`, moved back off a surrogate pair's middle.
 */
function foldCut(page: string, from: number, step: number): number {
  const end = from + step;
  if (end >= page.length) return page.length;
  const space = page.lastIndexOf(' ', end - 1);
  if (space >= from) return space + 1;
  const unit = page.charCodeAt(end - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? end - 1 : end;
}

/**
 * The page text `page`, ready for quotes to be counted in it (a generator for idle-work.ts, as
 * the rest of the article's read): folded (folded) in steps of at most `step` characters, cut at
 * a space where there is one.
 */
export function* indexPageWords(
  page: string,
  step: number = FOLD_STEP_CHARS,
): Generator<void, PageWords> {
  const parts: string[] = [];
  for (let from = 0; from < page.length;) {
    yield;
    const to = foldCut(page, from, step);
    parts.push(folded(page.slice(from, to)));
    from = to;
  }
  if (parts.length === 0) yield;
  return new PageWords(parts.join(''));
}

/** indexPageWords at once (a command or a test that needs it now). */
export function pageWordsOf(page: string): PageWords {
  return new PageWords(folded(page));
}
