/**
 * One pass over `<meta>` (and `<link>`) elements into a lookup of lower-cased keys, so every
 * later rule is a map read instead of another selector query.
 */

import { decodeLeftoverEntities } from './json-entities';

/**
 * The page's meta tags: lower-cased name or property to its contents, in document order
 * (collectMeta).
 */
export type MetaMap = ReadonlyMap<string, readonly string[]>;

const MAX_META = 400;

/** Key under which collectMeta keeps the `media` of each theme-color tag, in the same order. */
export const THEME_MEDIA = 'theme-color:media';

// `<meta itemprop=image>` in `<head>` (Google's snippet markup, with or without an itemscope on
// `<html>`) describes the page itself; inside `<body>` it belongs to whatever item encloses it.
function itempropKeys(meta: Element): string[] {
  const prop = meta.getAttribute('itemprop');
  if (prop === null || meta.parentElement?.tagName !== 'HEAD') return [];
  return prop.split(/\s+/).map((p) => `itemprop:${p}`);
}

/**
 * Keys are `name`, `property` (each space-separated token, as RDFa allows), `http-equiv` and, for
 * `<meta>` in `<head>`, `itemprop:` + its itemprop,
 * lower-cased with whitespace removed; values keep document order. Empty contents are skipped.
 */
export function collectMeta(doc: Document): MetaMap {
  const map = new Map<string, string[]>();
  const metas = doc.getElementsByTagName('meta');
  const total = Math.min(metas.length, MAX_META);
  for (let i = 0; i < total; i++) {
    const meta = metas[i];
    if (meta === undefined) continue;
    const raw = meta.getAttribute('content')?.trim();
    if (raw === undefined || raw === '') continue;
    // A reference left after the parser's decoding is the CMS's double escaping: decoded once.
    const content = raw.includes('&') ? decodeLeftoverEntities(raw) : raw;
    const property = meta.getAttribute('property') ?? '';
    const keys = [
      meta.getAttribute('name'),
      ...(property.includes(' ') ? property.split(' ') : [property]),
      meta.getAttribute('http-equiv'),
      ...itempropKeys(meta),
    ];
    for (const raw of keys) {
      if (raw === null || raw === '') continue;
      const lower = raw.toLowerCase();
      const key = lower.includes(' ') || lower.includes('\n') ? lower.replace(/\s+/g, '') : lower;
      // theme-color may differ by color scheme: keep each tag's media beside its value.
      if (key === 'theme-color') {
        const media = map.get(THEME_MEDIA);
        const value = meta.getAttribute('media') ?? '';
        if (media === undefined) map.set(THEME_MEDIA, [value]);
        else media.push(value);
      }
      const list = map.get(key);
      if (list === undefined) map.set(key, [content]);
      else if (list.length < 20) list.push(content);
    }
  }
  return map;
}

/** First value among `keys`, in the order given (the order of trust). */
export function firstMeta(meta: MetaMap, ...keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = meta.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** All values of the first key present among `keys`. */
export function allMeta(meta: MetaMap, ...keys: readonly string[]): readonly string[] {
  for (const key of keys) {
    const values = meta.get(key);
    if (values !== undefined) return values;
  }
  return [];
}

/** The page's `<link>` elements by each token of their `rel`, lower-cased, in document order. */
export type LinkMap = ReadonlyMap<string, readonly HTMLLinkElement[]>;

const MAX_LINKS = 400;
const MAX_PER_REL = 30;

/**
 * One pass over the first 400 `<link>` elements, indexed by rel token (at most 30 each), so the
 * canonical URL, icons, image_src, OpenSearch and feed links are map reads rather than a scan or
 * a document-wide query each.
 */
export function collectLinks(doc: Document): LinkMap {
  const map = new Map<string, HTMLLinkElement[]>();
  const links = doc.getElementsByTagName('link');
  const total = Math.min(links.length, MAX_LINKS);
  for (let i = 0; i < total; i++) {
    const link = links[i];
    const rel = link?.getAttribute('rel');
    if (link === undefined || rel == null || rel === '') continue;
    for (const token of rel.toLowerCase().split(/\s+/)) {
      if (token === '') continue;
      const list = map.get(token);
      if (list === undefined) map.set(token, [link]);
      else if (list.length < MAX_PER_REL && list[list.length - 1] !== link) list.push(link);
    }
  }
  return map;
}

/** The links whose rel contains `rel` (lower case), in document order; empty when none. */
export function linksWithRel(links: LinkMap, rel: string): readonly HTMLLinkElement[] {
  return links.get(rel) ?? [];
}
