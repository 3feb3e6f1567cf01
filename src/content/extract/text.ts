/** Cleaning of page-provided text: "By" prefixes, whitespace, bounds. */
import { cleanText } from '../../activity/text';

/**
 * Page text as a reader sees it: whitespace collapsed, control characters removed, bounded;
 * undefined when empty. The input is already text (the HTML parser decoded attributes and text
 * nodes; JSON-LD is decoded once when read, see json-ld.ts), so nothing here decodes entities
 * again or strips tag-shaped text: "Why the <picture> element" is a title, not markup.
 */
export function cleanPageText(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  return cleanText(value.length > max * 4 + 1000 ? value.slice(0, max * 4 + 1000) : value, max);
}

// What bylines write before a name: "By", its translations, "Written by", "Opinion by",
// "Submitted by" (Drupal), Joomla's "Geschrieben von", "Écrit par", "Escrito por", and labels with a colon ("Author:", "Автор:", "作者：", Indonesian
// "Penulis:", Turkish "Yazar:", Hindi "लेखक:").
const BY_WORDS = 'by|par|von|por|di|door|av|af|przez';
const BY_LEAD =
  'written|posted|submitted|published|opinion|analysis|commentary|story|words|text|reporting|interview|article|column|review|geschrieben|écrit|escrito';
const LABEL =
  'authors?|autor(?:in|es)?|auteur|autore|autori|writer|penulis|pewarta|yazar|लेखक|автор|作者|文|著者|筆者|글|记者|記者|기자|بقلم|كتب';
/** "By"-style prefixes; `BY_PREFIX_SOURCE` for callers that build their own expressions. */
// A label set apart in its own element may end with a comma instead of a colon: BBC's
// visually hidden "Author," before the name (layout text marks the boundary with U+E000).
export const BY_PREFIX_SOURCE = `(?:(?:${BY_LEAD})\\s+)?(?:${BY_WORDS})\\b|(?:${LABEL})\\s*(?:[:：]|,(?=\uE000))`;
// A byline label opening a line, with its colon or set apart ("Penulis <a>Ann Lee</a>"; layout
// text marks inline boundaries with U+E000).
const OPENS_WITH_BYLINE = new RegExp(
  `^[\\s\uE000]*(?:(?:(?:${BY_LEAD})\\s+)?(?:${BY_WORDS})\\b|(?:${LABEL})(?=[\\s\uE000:：]))`,
  'i',
);
/**
 * True when `text` (plain or layout text) opens with "By", a translation or a lead ("Written
 * by"), or a byline label followed by its colon or a boundary ("Author:", "Penulis Ann Lee").
 */
export const opensWithByline = (text: string): boolean => OPENS_WITH_BYLINE.test(text);
// A byline word or label that is the whole text of its element: `<span>by</span>`, "Author:".
const LONE_BYLINE = new RegExp(
  `^\\s*(?:(?:(?:${BY_LEAD})\\s+)?(?:${BY_WORDS})|${LABEL})\\s*[:：]?\\s*$`,
  'i',
);
/** True when `text` is a byline word or label and nothing else ("by", "Written by", "Author:"). */
export const isLoneByline = (text: string): boolean => text.length <= 24 && LONE_BYLINE.test(text);
const BY_PREFIX = new RegExp(`^(?:${BY_PREFIX_SOURCE})\\s*[:\\-–]?\\s*`, 'i');

/**
 * Strips a leading "By"/"Par"/"Von"/"Por"/"Di"/"Door"/"Av" (and ":"), "Written by"-style leads
 * and "Author:"-style labels in the languages bylines use.
 */
export function stripByPrefix(value: string): string {
  const m = BY_PREFIX.exec(value);
  // "By" must be followed by something: "Byrne" is a name, "By:" alone is nothing to strip to.
  if (m === null || m[0].length === value.length) return value;
  return value.slice(m[0].length);
}

/** True when `value` looks like a URL rather than a name. */
export function looksLikeUrl(value: string): boolean {
  return /^(?:https?:)?\/\/|^www\.[^\s]+\.[a-z]{2,}/i.test(value.trim());
}

// A cased letter changes under case mapping; digits, punctuation and spaces do not. Checked
// with string methods, not a `\p{Lu}`/`\p{L}` expression: V8 builds the Unicode tables of each
// such expression on its first use in a page, about 0.5 ms apiece (the first extraction in a
// page paid for two).
const isUpperLetter = (ch: string): boolean => ch !== ch.toLowerCase();
const isCasedLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();
// Letters of scripts without case (Hebrew, Arabic, Indic, Thai, kana, Han, hangul).
const UNCASED_LETTER =
  /[\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0904-\u0939\u0980-\u0dff\u0e01-\u0e30\u3041-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * How `text` is cased, by string methods rather than `\p{Lu}`/`\p{Ll}` (see above
 * `readsAsName`): `upper` counts letters written in capitals, `lower` is true when any letter is
 * in lower case. "KYODO NEWS" is { upper: 10, lower: false }, "Ann" { upper: 1, lower: true }.
 */
export function caseOf(text: string): { upper: number; lower: boolean } {
  let upper = 0;
  let lower = false;
  for (const ch of text) {
    if (isUpperLetter(ch)) upper++;
    else if (ch !== ch.toUpperCase()) lower = true;
  }
  return { upper, lower };
}

/**
 * True when `text` ends with a word of at least three letters and a full stop ("Ann Leeson."),
 * not an initial ("J.") or an abbreviation of two letters ("Jr."). Letters of any script.
 */
export function endsWithWordAndStop(text: string): boolean {
  if (!text.endsWith('.')) return false;
  // UTF-16 units: the letters that end a name sit in the Basic Multilingual Plane.
  const tail = text.slice(-4, -1);
  if (tail.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const ch = tail.charAt(i);
    if (!isCasedLetter(ch) && !UNCASED_LETTER.test(ch)) return false;
  }
  return true;
}

/**
 * True when `value` reads as a person's name: one to four space-separated words, each an
 * upper-case letter followed by cased letters, `.`, `'` or `-` ("Ann Lee", "J.R.R. Tolkien",
 * "Élodie Dubois-Ngo"). Words of uncased scripts (CJK, Arabic) do not read as names here.
 */
export function readsAsName(value: string): boolean {
  const words = value.split(/\s+/);
  if (words.length > 4) return false;
  return words.every((word) => {
    let first = true;
    for (const ch of word) {
      const fits = first
        ? isUpperLetter(ch)
        : ch === '.' || ch === "'" || ch === '-' || isCasedLetter(ch);
      if (!fits) return false;
      first = false;
    }
    return !first;
  });
}

// Separators between words: white space, ASCII and Latin-1 punctuation, general punctuation,
// CJK and full-width punctuation.
const WORD_RUN =
  /[^\s!-/:-@[-`{-~\u00a1-\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;

/**
 * The lower-cased words of `text`, as a set (for comparing titles): runs of anything but white
 * space and punctuation. Written without `\p{L}` for the reason given above `readsAsName`.
 */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLocaleLowerCase().match(WORD_RUN) ?? []);
}
