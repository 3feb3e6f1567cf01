/**
 * Page capture: turns the document the user reads into a PageCapture. Pure (reads the DOM, never
 * writes it, no network, no timers) and total: it never throws into the page, and returns what
 * it safely could when something fails or the work budget (see ExtractOptions) runs out.
 */
import { chooseCanonicalUrl } from '../../activity/canonical-url';
import { LIMITS } from '../../activity/limits';
import type { PageAuthor, PageCapture } from '../../activity/page-metadata';
import { notTitles, personsFirst } from './author-filters';
import { findBylineAuthors } from './byline';
import { brandBeforeSlogan, brandOfCompany } from './company-name';
import { findDomDate } from './dom-date';
import { findContentRoot, findEntryTitle } from './content-root';
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
  isHomePage,
  linkedSiteName,
  logoAltName,
  readHeaderH1,
} from './site-name';
import { rootLinkName } from './root-link-name';
import { fromStructuredData } from './structured-data';
import { cleanPageText } from './text';
import { headlineText, threadPrefixes, withoutThreadPrefix } from './thread-prefix';
import { declaresContent, monthFirstFor, saysEverything } from './page-signals';
import { baseUrlOf, skeleton } from './skeleton';
import { findThemeColor } from './theme-color';
import { stripDecorations, withoutPageNote } from './title';
import { titledHeadline } from './titled-headline';
import { impliedSiteName, withoutPageType, withoutSection } from './title-sections';
import type { ExtractOptions } from './options';
import { DEFAULT_MAX_WORK, DEFAULT_SAFETY_MS, WorkBudget } from './work-budget';

export type { ExtractOptions } from './options';

const DAY_MS = 86_400_000;

const performanceNow = (): number => globalThis.performance.now();

function extract(
  doc: Document,
  pageUrl: string,
  budget: WorkBudget,
  result: PageCapture,
  wallMs: number,
): void {
  const base = baseUrlOf(doc, pageUrl);
  const meta = collectMeta(doc);
  const links = collectLinks(doc);
  const tags = fromMetaTags(meta, base);
  const dom: Found = {
    // Escaped twice by the CMS ("Tom &amp;amp; Jerry"): decoded once more, as meta content is.
    // "Story Halaman 2 - Site": which page of a paged article is shown is no part of its title.
    title: withoutPageNote(cleanPageText(decodeLeftoverEntities(doc.title), LIMITS.title)),
    lang: doc.documentElement.getAttribute('lang') ?? undefined,
  };
  const pageTitle = dom.title ?? tags.title;
  const jsonLd = fromStructuredData(readJsonLd(doc, budget), base, pageUrl, pageTitle);
  // Microdata and the DOM heuristics query the whole document or its content root: their cost
  // is charged up front as the document's element count.
  budget.spend(doc.getElementsByTagName('*').length);
  // Microdata is scraped from the whole body, so it is read only when JSON-LD and the meta tags
  // leave a field it could fill.
  const microdata =
    !budget.allows() || saysEverything(jsonLd, tags)
      ? {}
      : fromStructuredData(readMicrodata(doc), base, pageUrl, pageTitle);
  const root = findContentRoot(doc);
  const found = mergeFound([jsonLd, tags, microdata, dom]);
  // lang is a property of the document: <html lang> outranks what metadata claims about it.
  const lang = normalizeLang(dom.lang) ?? normalizeLang(tags.lang) ?? normalizeLang(found.lang);

  // One decision for every DOM heuristic below, so they stand or fall together.
  const heuristics = budget.allows();
  // Without an h1: an entry-title heading, else the element writing the title's headline part.
  const entryTitle = root?.querySelector('h1') ?? doc.querySelector('h1') ?? findEntryTitle(doc);
  // Only when nothing declares the headline either: a page with og:title never walks its text.
  const declared = jsonLd.title !== undefined || tags.title !== undefined;
  const firstH1 =
    entryTitle !== undefined || declared || !heuristics
      ? entryTitle
      : titledHeadline(doc, dom.title, base);
  // Forums (phpBB) title their header with the site's name: then that h1 is no headline.
  const header = firstH1 == null ? undefined : readHeaderH1(firstH1, root, dom.title, pageUrl);
  const headerName = header?.siteName;
  const h1El = header === undefined ? firstH1 : undefined;
  // "<h1><span class=label>Solved</span> Story</h1>": the forum's label is not the headline.
  const prefixes = h1El == null ? [] : threadPrefixes(h1El);
  const h1 = cleanPageText(h1El == null ? undefined : headlineText(h1El, prefixes), LIMITS.title);
  const headlines = [jsonLd.title, tags.title, microdata.title, h1];
  // Declared names first, then names the page only implies (see site-name.ts).
  const chosenName = chooseSiteName(
    [
      jsonLd.siteName,
      jsonLd.publisher?.name,
      tags.siteName,
      microdata.siteName,
      microdata.publisher?.name,
      jsonLd.siteOwner ?? microdata.siteOwner,
      tags.publisher?.name,
      firstMeta(meta, 'application-name', 'apple-mobile-web-app-title'),
      // Asked only when no declared name answers (see chooseSiteName).
      () =>
        impliedSiteName(
          dom.title === undefined ? undefined : withoutThreadPrefix(dom.title, prefixes),
          headlines,
          pageUrl,
        ),
      () => linkedSiteName(links, dom.title),
      () => (heuristics ? rootLinkName(doc, dom.title, pageUrl) : undefined),
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
      !heuristics
        ? undefined
        : (logoAltName(doc) ??
          brandName(doc) ??
          headerName ??
          footerOwner(doc, pageUrl, dom.title)),
    // Only a page that is not an article may be titled with the site's own name.
    () => isHomePage(pageUrl) || !declaresContent(doc, found.type),
  );
  // A company's legal name, or a name with its slogan, as the brand (company-name.ts).
  const siteName = brandBeforeSlogan(brandOfCompany(chosenName, dom.title), pageUrl);

  const organizations = [
    ...(jsonLd.organizations ?? []),
    ...(tags.organizations ?? []),
    ...(microdata.organizations ?? []),
  ];
  let bylines: PageAuthor[] | undefined;
  const domBylines = (): PageAuthor[] =>
    (bylines ??= !heuristics ? [] : findBylineAuthors(doc, root, base));
  found.authors = personsFirst(
    notTitles(found.authors, headlines) ?? domBylines(),
    [...organizations, siteName, tags.siteName, jsonLd.siteName, jsonLd.siteOwner],
    [() => tags.authors, () => microdata.authors, domBylines],
  );
  found.datePublished ??= !heuristics
    ? undefined
    : findDomDate(
        doc,
        root,
        pageUrl,
        monthFirstFor(lang),
        // A day ahead: a page's local date may be ahead of the reader's UTC one.
        new Date(wallMs + DAY_MS).toISOString().slice(0, 10),
        // A declared title spares the walk for the title, but one that only repeats <title>
        // (Fuwari's layout copies "Story - Site" into og:title on every page) says nothing of
        // where the headline is, and the date written beside it needs that element.
        firstH1 === undefined && declared && (jsonLd.title ?? tags.title) === dom.title
          ? titledHeadline(doc, dom.title, base)
          : firstH1,
      );
  if (found.description === undefined && root !== undefined && heuristics) {
    found.description = leadParagraph(root);
  }
  found.image ??= !heuristics ? undefined : findLeadImage(links, root, base);
  let title =
    found.title === undefined ? h1 : withoutPageType(withoutThreadPrefix(found.title, prefixes));
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
  const words =
    found.wordCount ?? (root !== undefined && heuristics && budget.allows() ? countWords(root) : 0);
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
    const budget = new WorkBudget(
      options.maxWork ?? DEFAULT_MAX_WORK,
      options.budgetMs ?? DEFAULT_SAFETY_MS,
      options.now ?? performanceNow,
    );
    extract(doc, pageUrl, budget, result, (options.wallClock ?? Date.now)());
  } catch {
    // Hostile or broken pages must not break the page: keep whatever was assigned.
  }
  return result;
}
