/**
 * Page capture: turns the document the user reads into PageMetadata. Pure (reads the DOM, never
 * writes it, no network, no timers) and total: it never throws into the page, and returns what
 * it safely could when something fails or the time budget runs out.
 */
import { appActivityIdFor } from '../../activity/activity-id';
import { canonicalizeUrl, chooseCanonicalUrl } from '../../activity/canonical-url';
import { LIMITS } from '../../activity/limits';
import type { PageMetadata } from '../../activity/page-metadata';
import { cleanText, truncateText } from '../../activity/text';
import { findBylineAuthors, findDomDate } from './byline';
import { findContentRoot } from './content-root';
import { findFavicon } from './favicon';
import type { Found } from './found';
import { readJsonLd } from './json-ld';
import { mergeFound, normalizeLang, stripSiteName, untruncatedTitle } from './merge';
import { fromMetaTags } from './meta-source';
import { collectMeta, linksWithRel } from './meta-tags';
import { readMicrodata } from './microdata';
import { countWords, leadParagraph, readingMinutesFor } from './page-text';
import { fromStructuredData } from './structured-data';
import { cleanPageText } from './text';
import { findThemeColor } from './theme-color';

export interface ExtractOptions {
  /** Soft limit for optional work (DOM heuristics, word count); default 50 ms. */
  budgetMs?: number;
}

const now = (): number => globalThis.performance.now();

function baseUrlOf(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  return (href != null && canonicalizeUrl(href, pageUrl)) || pageUrl;
}

function urlTitle(url: string): string {
  try {
    const parsed = new URL(url);
    return truncateText(decodeURIComponent(parsed.hostname + parsed.pathname), LIMITS.title);
  } catch {
    return truncateText(url, LIMITS.title) || 'Untitled page';
  }
}

/** The minimum every caller gets, even when extraction fails outright. */
function skeleton(doc: Document, pageUrl: string): PageMetadata {
  const url = chooseCanonicalUrl(pageUrl) ?? truncateText(pageUrl, LIMITS.url);
  let title: string | undefined;
  try {
    title = cleanText(doc.title, LIMITS.title);
  } catch {
    title = undefined;
  }
  return {
    url,
    appActivityId: appActivityIdFor(url),
    title: title ?? urlTitle(url),
    type: 'WebPage',
    authors: [],
    keywords: [],
  };
}

function extract(doc: Document, pageUrl: string, budgetMs: number, result: PageMetadata): void {
  const start = now();
  const outOfTime = (): boolean => now() - start > budgetMs;
  const base = baseUrlOf(doc, pageUrl);
  const meta = collectMeta(doc);
  const tags = fromMetaTags(meta, base);
  const dom: Found = {
    title: cleanPageText(doc.title, LIMITS.title),
    lang: doc.documentElement.getAttribute('lang') ?? undefined,
  };
  const pageTitle = dom.title ?? tags.title;
  const jsonLd = fromStructuredData(readJsonLd(doc, outOfTime), base, pageUrl, pageTitle);
  const microdata = outOfTime()
    ? {}
    : fromStructuredData(readMicrodata(doc), base, pageUrl, pageTitle);
  const root = findContentRoot(doc);
  const found = mergeFound([jsonLd, tags, microdata, dom]);

  if (found.authors === undefined && !outOfTime()) {
    found.authors = findBylineAuthors(doc, root, base);
  }
  found.datePublished ??= outOfTime() ? undefined : findDomDate(doc, root);
  if (found.description === undefined && root !== undefined && !outOfTime()) {
    found.description = leadParagraph(root);
  }
  // The WebSite node names the site; the publisher's name is the brand without the slogans
  // og:site_name often carries ("Example.cz - News you can use"), so it comes next.
  const siteName =
    jsonLd.siteName ?? jsonLd.publisher?.name ?? tags.siteName ?? found.publisher?.name;
  let title =
    found.title ?? cleanPageText(doc.querySelector('h1')?.textContent ?? '', LIMITS.title);
  if (title !== undefined) {
    title = untruncatedTitle(title, [tags.title, dom.title]);
    if (title === dom.title) title = stripSiteName(title, siteName);
    result.title = title;
  }
  const canonical = linksWithRel(doc, 'canonical', 1)[0]?.getAttribute('href');
  result.url = chooseCanonicalUrl(pageUrl, canonical, tags.url, jsonLd.url) ?? result.url;
  result.appActivityId = appActivityIdFor(result.url);
  // lang is a property of the document: <html lang> outranks what metadata claims about it.
  const lang = normalizeLang(dom.lang) ?? normalizeLang(tags.lang) ?? normalizeLang(found.lang);
  const words = found.wordCount ?? (root !== undefined && !outOfTime() ? countWords(root) : 0);
  Object.assign(result, {
    type: found.type ?? 'WebPage',
    authors: found.authors ?? [],
    keywords: found.keywords ?? [],
    ...defined({
      description: found.description,
      siteName,
      publisher: found.publisher,
      datePublished: found.datePublished,
      dateModified: found.dateModified,
      lang,
      image: found.image,
      wordCount: words > 0 ? words : undefined,
      readingMinutes: found.readingMinutes ?? (words > 0 ? readingMinutesFor(words) : undefined),
      faviconUrl: findFavicon(doc, base),
      themeColor: findThemeColor(doc, meta),
    }),
  });
}

function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/**
 * Extracts the page's metadata. Callable again on the same document after an SPA navigation,
 * with the new URL. Never throws: on failure, returns the fields gathered so far.
 */
export function extractPageMetadata(
  doc: Document,
  pageUrl: string,
  options: ExtractOptions = {},
): PageMetadata {
  const result = skeleton(doc, pageUrl);
  try {
    extract(doc, pageUrl, options.budgetMs ?? 50, result);
  } catch {
    // Hostile or broken pages must not break the page: keep whatever was assigned.
  }
  return result;
}
