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

/** Strips a leading "By"/"Par"/"Von"/"Por"/"Di"/"Door"/"Av" (and ":"), as bylines say. */
export function stripByPrefix(value: string): string {
  return value.replace(/^(?:by|par|von|por|di|door|av|written by|posted by)\s*[:\-–]?\s+/i, '');
}

/** True when `value` looks like a URL rather than a name. */
export function looksLikeUrl(value: string): boolean {
  return /^(?:https?:)?\/\/|^www\.[^\s]+\.[a-z]{2,}/i.test(value.trim());
}
