/**
 * Small facts about the page that steer the extraction: how its dates are written, whether it is
 * an article, and whether the first sources already answer every field.
 */
import type { Found } from './found';

/**
 * Whether "05/06/2016" is month first (May 6, US English pages) or day first (June 5, nearly
 * everywhere else); undefined when the language is unknown.
 */
export function monthFirstFor(lang: string | undefined): boolean | undefined {
  if (lang === undefined) return undefined;
  return /^en(?:-us)?$/i.test(lang);
}

/**
 * True for an article (a content type declared in JSON-LD or og:type, or an `<article>` element),
 * not a home or listing page.
 */
export function declaresContent(doc: Document, type: string | undefined): boolean {
  if (type !== undefined && !/Page$|^WebSite$/.test(type)) return true;
  return doc.getElementsByTagName('article').length > 0;
}

const present = (v: unknown): boolean => v !== undefined && !(Array.isArray(v) && v.length === 0);

/** True when the first two sources already give every field microdata could add. */
export function saysEverything(a: Found, b: Found): boolean {
  const has = (key: keyof Found): boolean => present(a[key]) || present(b[key]);
  return (
    has('title') &&
    has('authors') &&
    has('description') &&
    has('datePublished') &&
    has('image') &&
    has('siteName') &&
    has('type')
  );
}
