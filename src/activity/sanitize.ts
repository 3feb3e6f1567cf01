/**
 * The worker's gate for PageMetadata arriving from a content script. A compromised page can
 * send anything, so every field is re-checked: types, lengths, http(s)-only URLs, bounded arrays,
 * and the appActivityId is recomputed rather than trusted.
 */
import { appActivityIdFor } from './activity-id';
import { canonicalizeUrl } from './canonical-url';
import { LIMITS } from './limits';
import type { PageAuthor, PageMetadata, PagePublisher } from './page-metadata';
import { cleanText } from './text';

type Bag = Record<string, unknown>;

const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? cleanText(value, max) : undefined;
}

function httpUrl(value: unknown): string | undefined {
  return typeof value === 'string' ? (canonicalizeUrl(value) ?? undefined) : undefined;
}

function count(value: unknown, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= max
    ? value
    : undefined;
}

const TYPE = /^[A-Za-z][A-Za-z0-9]{0,59}$/;
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;
const COLOR = /^#[0-9a-f]{6}$/;
// ISO 8601 date, optionally with time and offset, as produced by the extractor.
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > LIMITS.date || !ISO_DATE.test(value)) {
    return undefined;
  }
  return Number.isNaN(Date.parse(value)) ? undefined : value;
}

function author(value: unknown): PageAuthor | undefined {
  if (!isBag(value)) return undefined;
  const name = text(value.name, LIMITS.name);
  if (name === undefined) return undefined;
  const url = httpUrl(value.url);
  const kind = value.kind === 'Organization' ? 'Organization' : 'Person';
  return url === undefined ? { name, kind } : { name, url, kind };
}

function publisher(value: unknown): PagePublisher | undefined {
  if (!isBag(value)) return undefined;
  const name = text(value.name, LIMITS.siteName);
  if (name === undefined) return undefined;
  const result: PagePublisher = { name };
  const url = httpUrl(value.url);
  const logo = httpUrl(value.logo);
  if (url !== undefined) result.url = url;
  if (logo !== undefined) result.logo = logo;
  return result;
}

function list<T>(value: unknown, max: number, item: (v: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const entry of value.slice(0, max * 4)) {
    const checked = item(entry);
    if (checked !== undefined) out.push(checked);
    if (out.length === max) break;
  }
  return out;
}

function withoutUndefined<T extends object>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    if (fields[key] !== undefined) out[key] = fields[key];
  }
  return out;
}

/** Returns a trustworthy copy of `value`, or null when it has no usable http(s) url or title. */
export function sanitizePageMetadata(value: unknown): PageMetadata | null {
  if (!isBag(value)) return null;
  const url = httpUrl(value.url);
  const title = text(value.title, LIMITS.title);
  if (url === undefined || title === undefined) return null;
  const type = typeof value.type === 'string' && TYPE.test(value.type) ? value.type : 'WebPage';
  const lang = typeof value.lang === 'string' && LANG.test(value.lang) ? value.lang : undefined;
  const themeColor =
    typeof value.themeColor === 'string' && COLOR.test(value.themeColor)
      ? value.themeColor
      : undefined;
  const optional: Partial<PageMetadata> = {
    description: text(value.description, LIMITS.description),
    siteName: text(value.siteName, LIMITS.siteName),
    publisher: publisher(value.publisher),
    datePublished: isoDate(value.datePublished),
    dateModified: isoDate(value.dateModified),
    lang,
    image: httpUrl(value.image),
    wordCount: count(value.wordCount, 10_000_000),
    readingMinutes: count(value.readingMinutes, 100_000),
    faviconUrl: httpUrl(value.faviconUrl),
    themeColor,
  };
  return {
    url,
    appActivityId: appActivityIdFor(url),
    title,
    type,
    authors: list(value.authors, LIMITS.authors, author),
    keywords: list(value.keywords, LIMITS.keywords, (k) => text(k, LIMITS.keyword)),
    ...withoutUndefined(optional),
  };
}
