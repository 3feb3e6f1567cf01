import type { PageMetadata } from '../activity/page-metadata';

/**
 * Search terms: how page text and queries are cut into index keys. Pure.
 *
 * A term is a run of letters and digits, lower-cased, with diacritics removed (NFKD and combining
 * marks dropped, so "Müller" is found by "muller" and "müller"), 2 to 32 characters long. Words
 * that say nothing on their own ("the", "und") are not indexed, so that a common word never makes
 * a query scan most of the history.
 *
 * German words with ä, ö, ü or ß are also indexed as typed on a keyboard without them ("München"
 * as "munchen" and "muenchen", "Straße" as "straße" and "strasse"), and a query typed with them
 * also looks for the spelled-out form, so either spelling finds the other.
 */

/** Longest term kept; longer runs (hashes, base64 in URLs) are cut, not dropped. */
export const MAX_TERM_LENGTH = 32;
/** Most terms kept per page; the title, authors, site and keywords come first. */
export const MAX_TERMS_PER_PAGE = 80;

const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or that the this to was were ' +
    'will with www http https html htm php com org net ' +
    'der die das und ist ein eine einer den dem des im mit von zu auf für nicht'
  ).split(' '),
);

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Text as terms compare it: diacritics removed, lower-cased ("Müller" → "muller"). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLocaleLowerCase('en');
}

/** Cuts free text into normalised terms, in order of appearance, duplicates kept. */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(NOT_WORD)
    .filter((word) => word.length >= 2 && !STOP_WORDS.has(word))
    .map((word) => word.slice(0, MAX_TERM_LENGTH));
}

/** Letters German spells out on a keyboard without them (ä → ae, ß → ss); NFC input. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ẞ: 'SS',
};
const SPELLABLE = /[äöüßÄÖÜẞ]/gu;

/** `text` with ä, ö, ü and ß spelled out (ae, oe, ue, ss); null when it has none. */
export function spelledOut(text: string): string | null {
  const composed = text.normalize('NFC');
  if (!/[äöüßÄÖÜẞ]/u.test(composed)) return null;
  return composed.replace(SPELLABLE, (letter) => SPELLED_OUT[letter] ?? letter);
}

/**
 * tokenize, plus each word's spelled-out form where it has one ("münchen", then "muenchen"):
 * the words a page is indexed and scored under.
 */
export function indexWords(text: string): string[] {
  const words = tokenize(text);
  const spelled = spelledOut(text);
  if (spelled === null) return words;
  const known = new Set(words);
  return [...words, ...tokenize(spelled).filter((word) => !known.has(word))];
}

/** The words of a URL worth finding a page by: host labels and path segments, not the scheme. */
export function urlText(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname} ${decodeURIComponentSafe(parsed.pathname)}`;
  } catch {
    return url;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The distinct terms a page is indexed under: title, authors, site, keywords, description and URL,
 * in that order of weight, at most MAX_TERMS_PER_PAGE.
 */
export function pageTerms(metadata: PageMetadata): string[] {
  const terms = new Set<string>();
  for (const field of searchFields(metadata)) {
    for (const term of indexWords(field.text)) {
      if (terms.size >= MAX_TERMS_PER_PAGE) return [...terms];
      terms.add(term);
    }
  }
  return [...terms];
}

/** A field of a page as search sees it, with how much a match in it counts. */
export interface SearchField {
  text: string;
  weight: number;
}

/** Field weights: a match in the title says more about the page than one in its URL. */
export function searchFields(metadata: PageMetadata): SearchField[] {
  return [
    { text: metadata.title, weight: 5 },
    { text: metadata.authors.map((author) => author.name).join(' '), weight: 4 },
    { text: [metadata.siteName ?? '', metadata.publisher?.name ?? ''].join(' '), weight: 3 },
    { text: metadata.keywords.join(' '), weight: 2 },
    { text: metadata.description ?? '', weight: 1 },
    { text: urlText(metadata.url), weight: 1 },
  ];
}

/** The distinct terms of a query, in the order typed. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query))];
}

/**
 * The distinct words of a query with the other spellings each also stands for: "münchen" also
 * for "muenchen" ("Straße" for "strasse"), so a page that spelled it out is found too. Words
 * typed spelled out need nothing: pages are indexed under both (indexWords).
 */
export function queryWords(query: string): { typed: string; forms: string[] }[] {
  const words = new Map<string, string[]>();
  for (const raw of query.normalize('NFC').split(/[^\p{L}\p{N}\p{M}]+/u)) {
    const typed = tokenize(raw);
    const spelled = tokenize(spelledOut(raw) ?? '');
    // Paired word by word only when spelling out kept the words ("für" is a stop word, "fuer" not).
    const paired = spelled.length === typed.length;
    typed.forEach((word, at) => {
      if (words.has(word)) return;
      const other = paired ? spelled[at] : undefined;
      words.set(word, other !== undefined && other !== word ? [word, other] : [word]);
    });
  }
  return [...words].map(([typed, forms]) => ({ typed, forms }));
}
