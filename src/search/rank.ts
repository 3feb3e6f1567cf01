import type { PageMetadata } from '../activity/page-metadata';
import { indexWords, searchFields } from './terms';

/**
 * How well a page matches a query, for ordering results. Pure.
 *
 * Each query term scores the weight of the best field it appears in (searchFields: title 5 …
 * URL 1), full for a whole word and half for a prefix of one ("read" in "reading"); a term found
 * only through a typo correction counts half again. A page missing a term scores 0 (queries are
 * AND of their words). Ties are broken by the caller, most recent first.
 */
export function scorePage(metadata: PageMetadata, terms: readonly QueryTerm[]): number {
  const fields = searchFields(metadata).map((field) => ({
    weight: field.weight,
    words: indexWords(field.text),
  }));
  let score = 0;
  for (const term of terms) {
    let best = 0;
    for (const form of term.forms) {
      for (const field of fields) {
        for (const word of field.words) {
          const value = word === form ? field.weight : word.startsWith(form) ? field.weight / 2 : 0;
          if (value > best) best = value;
        }
      }
    }
    if (best === 0) return 0;
    score += term.corrected ? best / 2 : best;
  }
  return score;
}

/** One typed word as search matched it: itself, or the indexed words it was corrected to. */
export interface QueryTerm {
  typed: string;
  /**
   * Looked up in the index: prefixes (`typed` and its other spelling, terms.ts queryWords), or
   * whole words when `corrected` (the corrections of a typo).
   */
  forms: string[];
  corrected: boolean;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition), giving up as soon
 * as it must exceed `max`: returns `max + 1` then. Used for cheap typo tolerance.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const at = (row: readonly number[], j: number): number => row[j] ?? Infinity;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(previous, j) + 1, at(current, j - 1) + 1, at(previous, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(before, j - 2) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return at(previous, b.length);
}

/** How many typos a word of this length may carry and still be corrected: none under 4 letters. */
export function typoAllowance(term: string): number {
  return term.length < 4 ? 0 : term.length < 8 ? 1 : 2;
}
