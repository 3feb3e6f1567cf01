/**
 * Matching a query that holds no search term (an emoji, "the", one letter) as text. Pure.
 *
 * Such a query is looked for as typed, case-insensitively, in a page's title and URL: "🍕" in
 * "The 10 best 🍕 places", "C" in "The C book" but not inside "Climate" (a letter or digit at the
 * query's edge must be at a word's edge too), so a search always means what was typed.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The query as text is looked for: composed, lower-cased, spaces collapsed; "" for blank. */
export function textNeedle(query: string): string {
  return query.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/gu, ' ').trim();
}

/**
 * Where `needle` (textNeedle) occurs in `text` as typed, case-insensitively and not inside a word:
 * [start, end) ranges of `text.normalize('NFC')`, in order.
 */
export function textMatches(text: string, needle: string): [number, number][] {
  if (needle === '') return [];
  const composed = text.normalize('NFC');
  const lower = composed.toLocaleLowerCase('en');
  // Lower-casing can change a string's length (İ); positions are then only found by word.
  if (lower.length !== composed.length) return [];
  const wordAt = (at: number): boolean => WORD_CHAR.test(lower.charAt(at));
  const startsWord = WORD_CHAR.test(needle.charAt(0));
  const endsWord = WORD_CHAR.test(needle.charAt(needle.length - 1));
  const ranges: [number, number][] = [];
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (startsWord && at > 0 && wordAt(at - 1)) continue;
    if (endsWord && wordAt(end)) continue;
    ranges.push([at, end]);
    at = end - 1;
  }
  return ranges;
}

/** Whether `needle` (textNeedle) occurs in any of `texts` as textMatches finds it. */
export function holdsText(texts: readonly string[], needle: string): boolean {
  return texts.some((text) => textMatches(text, needle).length > 0);
}
