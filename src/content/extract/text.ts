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
// "Submitted by" (Drupal), and labels with a colon ("Author:", "Автор:", "作者：").
const BY_WORDS = 'by|par|von|por|di|door|av|af|przez';
const BY_LEAD =
  'written|posted|submitted|published|opinion|analysis|commentary|story|words|text|reporting|interview|article|column|review';
const LABEL = 'authors?|autor(?:in|es)?|auteur|autore|autori|writer|автор|作者|文|著者|筆者|글';
/** "By"-style prefixes; `BY_PREFIX_SOURCE` for callers that build their own expressions. */
export const BY_PREFIX_SOURCE = `(?:(?:${BY_LEAD})\\s+)?(?:${BY_WORDS})\\b|(?:${LABEL})\\s*[:：]`;
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
