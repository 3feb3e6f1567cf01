/**
 * Which name the site goes by. Declared names come first (JSON-LD WebSite, publisher,
 * og:site_name, microdata or Dublin Core publisher), then names the page only implies
 * (`application-name`, the part of `<title>` set apart from the headline, the logo's alt text).
 * A candidate that repeats the page's title or headline is not a site name (CMSs fill publisher
 * fields and application-name with the headline) unless every candidate does, as on a home page.
 */
import { LIMITS } from '../../activity/limits';
import { classSubstrings } from './selectors';
import { cleanPageText } from './text';
import { looseKey } from './title';

/**
 * The first of `candidates` (most trusted first) that does not repeat one of `titles`, else
 * `fallback()` (costlier, asked only then) when it does not; else the first candidate (a home
 * page, where the site's name is the title); undefined when there is none.
 */
export function chooseSiteName(
  candidates: readonly (string | undefined)[],
  titles: readonly (string | undefined)[],
  fallback: () => string | undefined = () => undefined,
): string | undefined {
  const present = candidates
    .map((c) => (c === undefined ? undefined : cleanPageText(c, LIMITS.siteName)))
    .filter((c): c is string => c !== undefined);
  const titleKeys = new Set(titles.filter((t) => t !== undefined).map(looseKey));
  const repeats = (c: string): boolean => titleKeys.has(looseKey(c));
  const chosen = present.find((c) => !repeats(c));
  if (chosen !== undefined) return chosen;
  const extra = fallback();
  return extra !== undefined && !repeats(extra) ? extra : (present[0] ?? extra);
}

const LOGO_IMAGES = classSubstrings(
  'header img[alt], [class*="logo" i] img[alt], img[class*="logo" i][alt], a[rel~="home"] img[alt]',
);
const LOGO_WORD = /\s*(?:\blogo\b|\bhome(?:page)?\b|\bstartseite\b|\baccueil\b)\s*/gi;

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
