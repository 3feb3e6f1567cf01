/**
 * Page capture: turns the document the user reads into a PageCapture. Pure (reads the DOM, never
 * writes it, no network, no timers) and total: it never throws into the page, and returns what
 * it safely could when something fails or the time budget runs out.
 */
import { canonicalizeUrl, chooseCanonicalUrl } from '../../activity/canonical-url';
import { LIMITS } from '../../activity/limits';
import type { PageAuthor, PageCapture } from '../../activity/page-metadata';
import { cleanText, truncateText } from '../../activity/text';
import { notTitles, personsFirst } from './author-filters';
import { findBylineAuthors } from './byline';
import { findDomDate } from './dom-date';
import { findContentRoot } from './content-root';
import { findFavicon } from './favicon';
import type { Found } from './found';
import { decodeLeftoverEntities } from './json-entities';
import { readJsonLd } from './json-ld';
import { findLeadImage } from './lead-image';
import { mergeFound, normalizeLang, untruncatedTitle } from './merge';
import { fromMetaTags } from './meta-source';
import { collectLinks, collectMeta, firstMeta, linksWithRel } from './meta-tags';
import { readMicrodata } from './microdata';
import { countWords, leadParagraph, readingMinutesFor } from './page-text';
import {
  brandName,
  chooseSiteName,
  footerOwner,
  headerSiteName,
  isHomePage,
  linkedSiteName,
  logoAltName,
} from './site-name';
import { fromStructuredData } from './structured-data';
import { cleanPageText } from './text';
import { findThemeColor } from './theme-color';
import { impliedSiteName, stripDecorations, withoutSection } from './title';

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
function skeleton(doc: Document, pageUrl: string): PageCapture {
  const url = chooseCanonicalUrl(pageUrl) ?? truncateText(pageUrl, LIMITS.url);
  let title: string | undefined;
  try {
    title = cleanText(doc.title, LIMITS.title);
  } catch {
    title = undefined;
  }
  return {
    url,
    title: title ?? urlTitle(url),
    type: 'WebPage',
    authors: [],
    keywords: [],
  };
}

// "05/06/2016" is May 6 in US English pages, June 5 nearly everywhere else.
function monthFirstFor(lang: string | undefined): boolean | undefined {
  if (lang === undefined) return undefined;
  return /^en(?:-us)?$/i.test(lang);
}

// An article (a content type declared in JSON-LD or og:type, or an <article> element), not a
// home or listing page.
function declaresContent(doc: Document, type: string | undefined): boolean {
  if (type !== undefined && !/Page$|^WebSite$/.test(type)) return true;
  return doc.getElementsByTagName('article').length > 0;
}

const present = (v: unknown): boolean => v !== undefined && !(Array.isArray(v) && v.length === 0);

// True when the first two sources already give every field microdata could add.
function saysEverything(a: Found, b: Found): boolean {
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

function extract(doc: Document, pageUrl: string, budgetMs: number, result: PageCapture): void {
  const start = now();
  const outOfTime = (): boolean => now() - start > budgetMs;
  const base = baseUrlOf(doc, pageUrl);
  const meta = collectMeta(doc);
  const links = collectLinks(doc);
  const tags = fromMetaTags(meta, base);
  const dom: Found = {
    // Escaped twice by the CMS ("Tom &amp;amp; Jerry"): decoded once more, as meta content is.
    title: cleanPageText(decodeLeftoverEntities(doc.title), LIMITS.title),
    lang: doc.documentElement.getAttribute('lang') ?? undefined,
  };
  const pageTitle = dom.title ?? tags.title;
  const jsonLd = fromStructuredData(readJsonLd(doc, outOfTime), base, pageUrl, pageTitle);
  // Microdata is scraped from the whole body, so it is read only when JSON-LD and the meta tags
  // leave a field it could fill.
  const microdata =
    outOfTime() || saysEverything(jsonLd, tags)
      ? {}
      : fromStructuredData(readMicrodata(doc), base, pageUrl, pageTitle);
  const root = findContentRoot(doc);
  const found = mergeFound([jsonLd, tags, microdata, dom]);
  // lang is a property of the document: <html lang> outranks what metadata claims about it.
  const lang = normalizeLang(dom.lang) ?? normalizeLang(tags.lang) ?? normalizeLang(found.lang);

  const firstH1 = root?.querySelector('h1') ?? doc.querySelector('h1');
  // Forums (phpBB) title their header with the site's name: then that h1 is no headline.
  const headerName = firstH1 == null ? undefined : headerSiteName(firstH1, root, dom.title);
  const h1El = headerName === undefined ? firstH1 : undefined;
  const h1 = cleanPageText(h1El?.textContent, LIMITS.title);
  const headlines = [jsonLd.title, tags.title, microdata.title, h1];
  // Declared names first, then names the page only implies (see site-name.ts).
  const siteName = chooseSiteName(
    [
      jsonLd.siteName,
      jsonLd.publisher?.name,
      tags.siteName,
      microdata.siteName,
      microdata.publisher?.name,
      jsonLd.siteOwner ?? microdata.siteOwner,
      tags.publisher?.name,
      firstMeta(meta, 'application-name', 'apple-mobile-web-app-title'),
      impliedSiteName(dom.title, headlines, pageUrl),
      linkedSiteName(links, dom.title),
    ],
    // An h1 in the page's header (Blogger, many blogs) is the site's name, not a headline it
    // repeats: only the article's own h1 counts here.
    [
      jsonLd.title,
      tags.title,
      microdata.title,
      root?.contains(h1El ?? null) ? h1 : undefined,
      found.title,
    ],
    () =>
      outOfTime()
        ? undefined
        : (logoAltName(doc) ??
          brandName(doc) ??
          headerName ??
          footerOwner(doc, pageUrl, dom.title)),
    // Only a page that is not an article may be titled with the site's own name.
    isHomePage(pageUrl) || !declaresContent(doc, found.type),
  );

  const organizations = [
    ...(jsonLd.organizations ?? []),
    ...(tags.organizations ?? []),
    ...(microdata.organizations ?? []),
  ];
  let bylines: PageAuthor[] | undefined;
  const domBylines = (): PageAuthor[] =>
    (bylines ??= outOfTime() ? [] : findBylineAuthors(doc, root, base));
  found.authors = personsFirst(
    notTitles(found.authors, headlines) ?? domBylines(),
    [...organizations, siteName, tags.siteName, jsonLd.siteName, jsonLd.siteOwner],
    [() => tags.authors, () => microdata.authors, domBylines],
  );
  found.datePublished ??= outOfTime()
    ? undefined
    : findDomDate(doc, root, pageUrl, monthFirstFor(lang));
  if (found.description === undefined && root !== undefined && !outOfTime()) {
    found.description = leadParagraph(root);
  }
  found.image ??= outOfTime() ? undefined : findLeadImage(links, root, base);
  let title = found.title ?? h1;
  if (title !== undefined) {
    title = untruncatedTitle(title, [tags.title, dom.title]);
    const stripped = stripDecorations(
      title,
      [siteName, tags.siteName, jsonLd.siteName, jsonLd.publisher?.name, ...organizations],
      pageUrl,
    );
    // "Story | Section | Site": once the site's name is cut, a section the headline elsewhere
    // leaves out goes too; an author's name there ("Story - Ann Lee") stays, as pages write it.
    result.title =
      stripped === title
        ? title
        : withoutSection(stripped, headlines, [...found.authors.map((a) => a.name), siteName]);
  }
  const canonical = linksWithRel(links, 'canonical')[0]?.getAttribute('href');
  result.url = chooseCanonicalUrl(pageUrl, canonical, tags.url, jsonLd.url) ?? result.url;
  const words = found.wordCount ?? (root !== undefined && !outOfTime() ? countWords(root) : 0);
  Object.assign(result, {
    type: found.type ?? 'WebPage',
    authors: found.authors,
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
      faviconUrl: findFavicon(links, base),
      themeColor: findThemeColor(meta),
    }),
  });
}

function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/**
 * Extracts the page's metadata. Callable again on the same document after an SPA navigation,
 * with the new URL. Never throws: on failure, returns the fields gathered so far. No
 * `appActivityId`: the worker derives it from `url` (see PageCapture).
 */
export function extractPageMetadata(
  doc: Document,
  pageUrl: string,
  options: ExtractOptions = {},
): PageCapture {
  const result = skeleton(doc, pageUrl);
  try {
    extract(doc, pageUrl, options.budgetMs ?? 50, result);
  } catch {
    // Hostile or broken pages must not break the page: keep whatever was assigned.
  }
  return result;
}
