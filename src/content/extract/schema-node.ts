/**
 * Field readers over schema.org nodes, shared by JSON-LD and microdata (which is converted to the
 * same object shape). Every reader accepts the shapes seen in the wild: plain strings, typed
 * objects, `@value` wrappers, arrays, and `@id` references.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
import { LIMITS } from '../../activity/limits';
import type { PageAuthor, PagePublisher } from '../../activity/page-metadata';
import { authorsFromText, cleanAuthorName, dedupeAuthors } from './authors';
import { isNode, resolveRef, type JsonLdGraph, type LdNode } from './json-ld';
import { typesOf } from './schema-types';
import { cleanPageText } from './text';

/** A JSON-LD graph with no nodes: what a page without structured data gives. */
export const EMPTY_GRAPH: JsonLdGraph = { nodes: [], byId: new Map() };

/** The members of a value: an array, a JSON-LD `@list`/`@set` object, or the value alone. */
function asList(value: unknown): readonly unknown[] {
  const inner = isNode(value) ? (value['@list'] ?? value['@set']) : undefined;
  const list = inner ?? value;
  return Array.isArray(list) ? list.slice(0, 20) : [list];
}

/** The raw string of a value: string, number, `{ "@value" }`, or the first such in an array. */
export function rawText(value: unknown): string | undefined {
  for (const entry of asList(value)) {
    if (typeof entry === 'string') return entry;
    if (typeof entry === 'number' && Number.isFinite(entry)) return String(entry);
    if (isNode(entry) && typeof entry['@value'] === 'string') return entry['@value'];
  }
  return undefined;
}

/**
 * A value's text (rawText), cleaned as page text and cut to `max` characters; undefined if none.
 */
export const nodeText = (value: unknown, max: number): string | undefined =>
  cleanPageText(rawText(value), max);

/**
 * First http(s) URL among strings, `url`/`contentUrl` of objects, and references. An empty or
 * blank string is absent (resolving "" against the page would give the page's own URL).
 */
export function nodeUrl(graph: JsonLdGraph, value: unknown, base: string): string | undefined {
  for (const entry of asList(value)) {
    const item = resolveRef(graph, entry);
    const raw = isNode(item) ? (rawText(item.url) ?? rawText(item.contentUrl)) : rawText(item);
    const url = raw === undefined || raw.trim() === '' ? null : canonicalizeUrl(raw, base);
    if (url !== null) return url;
  }
  return undefined;
}

// A `name` may itself be a Person (or a `@value` wrapper): follow it a few levels, never
// stringifying an object ("[object Object]").
function personName(graph: JsonLdGraph, node: LdNode, depth = 0): string | undefined {
  const name = rawText(node.name) ?? rawText(node.alternateName);
  if (name !== undefined) return name;
  const nested = resolveRef(graph, asList(node.name)[0]);
  if (isNode(nested) && nested !== node && depth < 3) return personName(graph, nested, depth + 1);
  const given = rawText(node.givenName);
  const family = rawText(node.familyName);
  return given !== undefined || family !== undefined
    ? [given, family].filter((p) => p !== undefined).join(' ')
    : undefined;
}

/** Authors from `author`/`creator`: strings, Person/Organization objects, arrays, references. */
export function nodeAuthors(graph: JsonLdGraph, value: unknown, base: string): PageAuthor[] {
  const out: PageAuthor[] = [];
  for (const entry of asList(value)) {
    const item = resolveRef(graph, entry);
    if (typeof item === 'string') {
      out.push(...authorsFromText(item));
    } else if (isNode(item)) {
      const raw = personName(graph, item);
      const name = raw === undefined ? undefined : cleanAuthorName(raw);
      if (name === undefined) continue;
      const kind = typesOf(item).some((t) => t.endsWith('Organization') || t === 'Corporation')
        ? 'Organization'
        : 'Person';
      const url = nodeUrl(graph, item.url, base);
      out.push(url === undefined ? { name, kind } : { name, url, kind });
    }
  }
  return dedupeAuthors(out);
}

/** Publisher name, url and logo (nested ImageObject or string). */
export function nodePublisher(
  graph: JsonLdGraph,
  value: unknown,
  base: string,
): PagePublisher | undefined {
  for (const entry of asList(value)) {
    const item = resolveRef(graph, entry);
    const name = isNode(item)
      ? nodeText(item.name, LIMITS.siteName)
      : cleanPageText(rawText(item), LIMITS.siteName);
    if (name === undefined) continue;
    const publisher: PagePublisher = { name };
    if (isNode(item)) {
      const url = nodeUrl(graph, item.url, base);
      const logo = nodeUrl(graph, item.logo, base);
      if (url !== undefined) publisher.url = url;
      if (logo !== undefined) publisher.logo = logo;
    }
    return publisher;
  }
  return undefined;
}

/** Keywords from a comma-separated string or an array, bounded. */
export function nodeKeywords(value: unknown): string[] {
  const out: string[] = [];
  for (const entry of asList(value)) {
    const raw = isNode(entry) ? rawText(entry.name) : rawText(entry);
    for (const part of (raw ?? '').split(',')) {
      const word = cleanPageText(part, LIMITS.keyword);
      if (word !== undefined && !out.includes(word)) out.push(word);
      if (out.length === LIMITS.keywords) return out;
    }
  }
  return out;
}

/** Minutes from an ISO 8601 duration such as `PT5M` or `P0DT1H2M`. */
export function durationMinutes(value: unknown): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(rawText(value) ?? '');
  if (!m) return undefined;
  const minutes =
    Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60;
  return minutes > 0 && minutes < 100_000 ? Math.max(1, Math.round(minutes)) : undefined;
}
