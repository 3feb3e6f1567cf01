/**
 * Plain-text hygiene shared by the extractor and the sanitizer. Everything here treats input as
 * untrusted text: nothing becomes markup, and the output is always well-formed UTF-16.
 */

// C0/C1 controls (except tab/newline, which collapse to spaces), BOM, and bidi *embedding*
// controls that could reorder surrounding UI text; RTL text itself is kept untouched.
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u202A-\u202E\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const WHITESPACE = /[\s\u200B]+/g;

/** Removes control characters and lone surrogates and collapses whitespace runs to one space. */
export function collapseWhitespace(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * Cuts `value` to at most `max` UTF-16 units (ellipsis included) without splitting a surrogate
 * pair, preferring the last word boundary in the final fifth so words stay whole.
 */
export function truncateText(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = Math.max(0, max - 1);
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  const space = value.lastIndexOf(' ', end);
  if (space > end * 0.8) end = space;
  return value.slice(0, end).trimEnd() + '…';
}

/** collapseWhitespace + truncateText; returns undefined for empty results. */
export function cleanText(value: string, max: number): string | undefined {
  const text = truncateText(collapseWhitespace(value), max);
  return text === '' ? undefined : text;
}
