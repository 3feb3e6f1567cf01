/**
 * Text fragments: a URL fragment (`#:~:text=`) that makes the browser scroll to, and highlight, a
 * passage. https://wicg.github.io/scroll-to-text-fragment/
 */

/** One text directive: `[prefix-,]textStart[,-suffix]` (no textEnd: a quote is short). */
export interface TextDirective {
  textStart: string;
  /** Words right before `textStart` in the same block, when `textStart` alone is not unique. */
  prefix?: string;
  /** Words right after `textStart`, when needed to make the match unique. */
  suffix?: string;
}

/** Where the reader is in a page: what the content script samples and the store keeps. */
export interface ReadingPosition {
  /** How far through the main text the bottom of the viewport has reached, 0–100 (integer %). */
  progress: number;
  /** The passage at the top of the viewport; absent when none could be chosen or not allowed. */
  quote?: TextDirective;
}

/** Longest text (characters) a directive part may carry; a quote is a few words. */
export const MAX_DIRECTIVE_PART = 200;

/**
 * Percent-encodes one directive part. Besides what `encodeURIComponent` escapes, the syntax
 * characters `-`, `,` and `&` must be escaped (spec §3.3.1 "Syntax").
 */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `text=` directive value, e.g. `prefix-,start,-suffix`, percent-encoded. */
export function formatTextDirective(directive: TextDirective): string {
  const parts: string[] = [];
  if (directive.prefix) parts.push(`${encodePart(directive.prefix)}-`);
  parts.push(encodePart(directive.textStart));
  if (directive.suffix) parts.push(`-${encodePart(directive.suffix)}`);
  return parts.join(',');
}

/**
 * `url` with a text fragment for `directive` appended, keeping any existing fragment (the
 * fragment directive follows it after `:~:`, spec §3.3 "Fragment directive"). An existing
 * fragment directive is replaced.
 */
export function withTextFragment(url: string, directive: TextDirective): string {
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  let fragment = hashAt < 0 ? '' : url.slice(hashAt + 1);
  const directiveAt = fragment.indexOf(':~:');
  if (directiveAt >= 0) fragment = fragment.slice(0, directiveAt);
  return `${base}#${fragment}:~:text=${formatTextDirective(directive)}`;
}

/** A directive from untrusted input (a message, a history file), or null when malformed. */
export function parseTextDirective(value: unknown): TextDirective | null {
  if (typeof value !== 'object' || value === null) return null;
  const bag = value as Record<string, unknown>;
  const part = (v: unknown): string | null | undefined =>
    v === undefined
      ? undefined
      : typeof v === 'string' && v.trim() !== '' && v.length <= MAX_DIRECTIVE_PART
        ? v
        : null;
  const textStart = part(bag.textStart);
  const prefix = part(bag.prefix);
  const suffix = part(bag.suffix);
  if (!textStart || prefix === null || suffix === null) return null;
  const directive: TextDirective = { textStart };
  if (prefix) directive.prefix = prefix;
  if (suffix) directive.suffix = suffix;
  return directive;
}

/** A position from untrusted input, or null when malformed. Progress is clamped to 0–100. */
export function parseReadingPosition(value: unknown): ReadingPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const bag = value as Record<string, unknown>;
  if (typeof bag.progress !== 'number' || !Number.isFinite(bag.progress)) return null;
  const position: ReadingPosition = {
    progress: Math.round(Math.min(100, Math.max(0, bag.progress))),
  };
  if (bag.quote !== undefined) {
    const quote = parseTextDirective(bag.quote);
    if (!quote) return null;
    position.quote = quote;
  }
  return position;
}
