/**
 * Which name the site goes by. Declared names come first (JSON-LD WebSite, publisher,
 * og:site_name, microdata or Dublin Core publisher), then names the page only implies
 * (`application-name`, the part of `<title>` set apart from the headline, the logo's alt text).
 * A candidate that repeats the page's title or headline is not a site name (CMSs fill publisher
 * fields and application-name with the headline) unless every candidate does, as on a home page.
 */
import { LIMITS } from '../../activity/limits';
import { linksWithRel, type LinkMap } from './meta-tags';
import { classSubstrings } from './selectors';
import { cleanPageText } from './text';
import { hostNames, looseKey, splitsOf } from './title';

/** A site-name candidate: a name, or a function that finds it, asked only when needed. */
export type NameCandidate = string | undefined | (() => string | undefined);

/**
 * The first of `candidates` (most trusted first) that does not repeat one of `titles`, else
 * `fallback()` (costlier, asked only then) when it does not; else, when `homePage` (a boolean or
 * a function asked only then), the first candidate (a home page's title is the site's name);
 * undefined when there is none. A function candidate is called only when every earlier one is
 * absent or repeats a title: a page that declares its name (og:site_name, a JSON-LD publisher)
 * never pays for the names its `<title>` and links only imply (code a cold run compiles).
 */
export function chooseSiteName(
  candidates: readonly NameCandidate[],
  titles: readonly (string | undefined)[],
  fallback: () => string | undefined = () => undefined,
  homePage: boolean | (() => boolean) = true,
): string | undefined {
  const titleKeys = new Set(titles.filter((t) => t !== undefined).map(looseKey));
  const repeats = (c: string): boolean => titleKeys.has(looseKey(c));
  let first: string | undefined;
  for (const candidate of candidates) {
    const raw = typeof candidate === 'function' ? candidate() : candidate;
    const name = raw === undefined ? undefined : cleanPageText(raw, LIMITS.siteName);
    if (name === undefined) continue;
    if (!repeats(name)) return name;
    first ??= name;
  }
  const extra = fallback();
  if (extra !== undefined && !repeats(extra)) return extra;
  // Only a home page is titled with the site's name; on an article a name equal to the title
  // is the headline copied into a site-name field.
  const home = typeof homePage === 'function' ? homePage() : homePage;
  return home ? (first ?? extra) : undefined;
}

/** True for a site's home page: the path is "/" (or an index file, or a language root "/en/"). */
export function isHomePage(pageUrl: string): boolean {
  try {
    const url = new URL(pageUrl);
    return /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:index\.\w+)?$/i.test(url.pathname);
  } catch {
    return false;
  }
}

const COPYRIGHT =
  /(?:(?:©|\(c\)|copyright)\s*)+(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*)?,?\s*([^.|©\n—–·•]{2,60})/i;
const HOLDER_TAIL =
  /\s*(?:,?\s*(?:inc|llc|ltd|gmbh|ag|s\.a|plc)\b\.?|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados).*$/i;

// A theme's or a platform's credit in the footer, not the site's owner ("Proudly powered by
// WordPress", "Theme: Astra by Brainstorm Force", "Designed by ThemeGrill").
const CREDIT =
  /\b(?:powered by|theme|designed by|design by|built with|made with|hosted (?:by|on)|developed by|template)\b|\bby\s+\S+\s*(?:themes?|press)\b/i;

// "Harbor News Media" agrees with harbornews.com, "Ann Lee" with annlee.dev: the holder's name
// holds the host's main label, or the label the name (a company rarely owns only its own name).
function agreesWithHost(name: string, pageUrl: string): boolean {
  const key = looseKey(name.replace(/^the\s+/i, ''));
  const names = hostNames(pageUrl);
  // The registrable label ("harbornews" of www.harbornews.co.uk), not a subdomain ("news.").
  const label = looseKey((names[1] ?? names[0] ?? '').split('.')[0] ?? '');
  return label.length >= 4 && key.length >= 4 && (key.includes(label) || label.includes(key));
}

/**
 * The copyright holder the page's footer names ("© 2016 Harbor News. All rights reserved."),
 * when it reads as a name (at most six words), is no theme or platform credit, and agrees with
 * the site: its host name (harbornews.com) or a part of `docTitle` ("Story | Harbor News"). A
 * holder that agrees with neither is a parent company or a person, not the site's name. The last
 * resort for a site name.
 */
export function footerOwner(doc: Document, pageUrl = '', docTitle?: string): string | undefined {
  const footers = doc.getElementsByTagName('footer');
  for (let i = footers.length - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const footer = footers[i];
    if (footer === undefined || footer.closest('article') !== null) continue;
    const m = COPYRIGHT.exec(footer.textContent.slice(-2000));
    const name = cleanPageText(m?.[1]?.replace(HOLDER_TAIL, ''), LIMITS.siteName);
    if (name === undefined || CREDIT.test(name)) continue;
    if (name.split(' ').length > 6 || !/\p{L}/u.test(name)) continue;
    const key = looseKey(name);
    const inTitle =
      docTitle !== undefined && splitsOf(docTitle).some((s) => looseKey(s.tail) === key);
    return inTitle || agreesWithHost(name, pageUrl) ? name : undefined;
  }
  return undefined;
}

// The page's own header (phpBB's `.headerbar`, vBulletin's and Blogger's `#header`, Typepad's
// `#banner`, WordPress's `#masthead`), not an article's (`<header class="entry-header">`, Bootstrap's `.page-header`).
const PAGE_HEADER = classSubstrings(
  'header, #header, #banner, [class*="headerbar" i], [class*="site-header" i], [id*="site-header" i], [class*="masthead" i], [id*="masthead" i], [class*="branding" i], [role="banner"]',
);
const ARTICLE_HEADER = /entry|post|article|story|page-header|content|title/i;

/** What a page-header h1 is: the site's name, or neither the site's name nor a sure headline. */
export interface HeaderH1 {
  siteName?: string;
}

/**
 * What `h1` (the page's first) is when it stands in the page's header outside the content
 * `root` (not an article's header) and `docTitle` sets its text apart from other words: the
 * site's name when one of the page's first h2 or h3 headings states the rest ("Harbour Forum •
 * View topic - Story" with `<h2>Story</h2>`: phpBB; "Blog: Story" with `<h3 class=post-title>`:
 * Blogger) or when the h1 is mostly the host's name ("Harbour Forum" on forum.harbour.org);
 * otherwise `{}`: not a headline either (a forum's name taken for the headline swaps title and
 * site). Undefined when the h1 is not such a header h1, and then it is the headline as usual.
 */
export function readHeaderH1(
  h1: Element,
  root: Element | undefined,
  docTitle: string | undefined,
  pageUrl = '',
): HeaderH1 | undefined {
  if (docTitle === undefined || root?.contains(h1) === true) return undefined;
  const header = h1.closest(PAGE_HEADER);
  if (header === null || h1.closest('article, main') !== null) return undefined;
  if (ARTICLE_HEADER.test(`${header.getAttribute('class') ?? ''} ${header.id}`)) return undefined;
  const name = cleanPageText(h1.textContent, LIMITS.siteName);
  if (name === undefined) return undefined;
  const key = looseKey(name);
  const rest = splitsOf(docTitle)
    .filter((s) => looseKey(s.tail) === key)
    .map((s) => looseKey(s.head));
  if (rest.length === 0) return undefined;
  // The headline is the rest of the title, or ends it ("View topic - Story"), in one of the first
  // h2 (phpBB) or h3 (Blogger's post title) headings.
  for (const tag of ['h2', 'h3']) {
    const headings = h1.ownerDocument.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && i < 3; i++) {
      const heading = looseKey(headings[i]?.textContent ?? '');
      if (heading !== '' && rest.some((r) => r === heading || r.endsWith(heading))) {
        return { siteName: name };
      }
    }
  }
  return namesHost(name, pageUrl) ? { siteName: name } : {};
}

// "Harbour Forum" on forum.harbour.org: the host's main label is most of the name (a headline
// that mentions the site, "Harbour vote delayed", is not).
function namesHost(name: string, pageUrl: string): boolean {
  const key = looseKey(name.replace(/^the\s+/i, ''));
  const names = hostNames(pageUrl);
  const label = looseKey((names[1] ?? names[0] ?? '').split('.')[0] ?? '');
  return label.length >= 4 && key.includes(label) && label.length * 2 > key.length;
}

const LOGO_IMAGES = classSubstrings(
  'header img[alt], [class*="logo" i] img[alt], img[class*="logo" i][alt], a[rel~="home"] img[alt]',
);
// Generic words an alt may hold besides, or instead of, the name: Hugo Stack's sidebar logo is
// alt "Avatar".
const LOGO_WORD =
  /\s*(?:\blogo\b|\bhome(?:page)?\b|\bstartseite\b|\baccueil\b|\bavatar\b|\bsite\s+icon\b|\bimage\b)\s*/gi;

/**
 * The site's name from its logo's alt text ("Harbor Line News logo" → "Harbor Line News"), looked
 * for in the page's header and logo-classed elements only; undefined when the alt is empty or
 * only says "logo".
 */
export function logoAltName(doc: Document): string | undefined {
  const images = doc.querySelectorAll(LOGO_IMAGES);
  for (let i = 0; i < images.length && i < 5; i++) {
    const img = images[i];
    if (img === undefined || img.closest('article, main, footer') !== null) continue;
    const alt = (img.getAttribute('alt') ?? '').replace(LOGO_WORD, ' ');
    const name = cleanPageText(alt.replace(/^[\s\-–—|:]+|[\s\-–—|:]+$/g, ''), LIMITS.siteName);
    if (name !== undefined && name.length >= 2 && name.split(' ').length <= 6) return name;
  }
  return undefined;
}

// The site's name as its header writes it: WordPress's `.site-title`, Bootstrap's
// `.navbar-brand`, the home link's text or label, a logo link's text.
// Ghost's `.site-nav-logo` link holds the name as text when the site has no logo image.
const BRAND = classSubstrings(
  '.site-title, .site-name, #site-title, .navbar-brand, .site-branding a, a[rel~="home"], header a[href="/"][aria-label], header a[class*="logo" i]',
);

/**
 * The site's name from the header's brand text ("<p class=site-title><a rel=home>Harbor
 * Review</a>"), or the home link's `aria-label` ("Harbor Review home"); undefined when neither
 * reads as a name (empty, only "Home", more than six words).
 */
export function brandName(doc: Document): string | undefined {
  const brands = doc.querySelectorAll(BRAND);
  for (let i = 0; i < brands.length && i < 5; i++) {
    const el = brands[i];
    if (el === undefined || el.closest('article, main, footer') !== null) continue;
    const raw = (el.getAttribute('aria-label') ?? el.textContent).replace(LOGO_WORD, ' ');
    const name = cleanPageText(raw.replace(/^[\s\-–—|:]+|[\s\-–—|:]+$/g, ''), LIMITS.siteName);
    if (name !== undefined && name.length >= 2 && name.split(' ').length <= 6) return name;
  }
  return undefined;
}

const SEARCH_TYPES = new Set(['application/opensearchdescription+xml']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml']);

// The first of `links` with a title and one of `types` (HTML compares `type` case-insensitively).
function titledOfType(links: readonly HTMLLinkElement[], types: ReadonlySet<string>): string {
  for (const link of links) {
    const title = link.getAttribute('title');
    if (title !== null && types.has((link.getAttribute('type') ?? '').toLowerCase())) return title;
  }
  return '';
}

// "Harbor Review » Feed", "Harbor Review » Comments Feed" (WordPress), "Harbor Review - Atom"
// (Blogger), "Harbor Review RSS": the site's name, then what the feed is.
const FEED_SUFFIX =
  /\s*(?:(?:»|›|\||:|-|–|—)\s*(?:[^»›|]*\s)?|\s)(?:feed|rss|atom|flux|newsfeed)(?:\s+(?:feed|rss|atom|flux))*$/i;

/**
 * The site's name as its head links (`links`, see collectLinks) state it: the OpenSearch description's title (the name a
 * browser shows for the site's search), else the first feed's title without its " » Feed"
 * suffix. A feed title without such a suffix counts only when `<title>` holds it beside a
 * separator (Ghost titles its feed with the site's name; others with "Latest stories").
 */
export function linkedSiteName(links: LinkMap, docTitle: string | undefined): string | undefined {
  const search = cleanPageText(titledOfType(linksWithRel(links, 'search'), SEARCH_TYPES), 200);
  if (search !== undefined && search.split(' ').length <= 6) return search;
  const feed = cleanPageText(titledOfType(linksWithRel(links, 'alternate'), FEED_TYPES), 200);
  if (feed === undefined) return undefined;
  const name = feed.replace(FEED_SUFFIX, '').trim();
  if (name === '' || name.split(' ').length > 6) return undefined;
  if (name !== feed) return name;
  const key = looseKey(name);
  return docTitle !== undefined && splitsOf(docTitle).some((s) => looseKey(s.tail) === key)
    ? name
    : undefined;
}
