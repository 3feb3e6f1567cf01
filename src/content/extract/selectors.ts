/**
 * Selector lists for class and id substrings, written with the CSS `i` flag for readability and
 * expanded here into the two spellings class names use: lower case ("byline", "post-byline") and
 * capitalised ("Byline", as in camelCase "postByline").
 *
 * Why not keep the `i` flag: Blink folds the case of every attribute value it tests against an
 * `[attr*="…" i]` selector, so one query of a whole document whose elements carry long
 * utility-class lists cost several milliseconds, about three times the case-sensitive pair.
 * All-capitals class names ("BYLINE") are rare enough to miss.
 */

const CASE_INSENSITIVE = /\[(class|id|data-testid)\*="([a-z-]+)" i\]/g;

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * `list` (a comma-separated selector list) with each selector holding `[class*="word" i]` or
 * `[id*="word" i]` written twice, once per spelling; other selectors unchanged. Only lower-case
 * words are expanded, and at most one such attribute per selector.
 */
export function classSubstrings(list: string): string {
  return list
    .split(/\s*,\s*/)
    .flatMap((selector) => {
      const found = [...selector.matchAll(CASE_INSENSITIVE)];
      const first = found[0];
      if (first === undefined) return [selector];
      if (found.length > 1) throw new Error(`one [attr*="…" i] per selector: ${selector}`);
      const [whole, attribute, word] = first as unknown as [string, string, string];
      return [word, capitalised(word)].map((spelling) =>
        selector.replace(whole, `[${attribute}*="${spelling}"]`),
      );
    })
    .join(', ');
}
