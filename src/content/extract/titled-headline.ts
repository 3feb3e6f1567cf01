/**
 * The headline of a page without an h1 or an entry-title heading: the element whose whole text
 * is the part of `<title>` a separator sets apart from the site's name ("Story | Hacker News" and
 * Hacker News's `<span class="titleline"><a>Story</a>`, old Reddit's "Story : harbour" and its
 * `<a class="title">Story</a>`, Fuwari's "Story - Fuwari" and its title `<div>`). Asked only when
 * the page has no h1, so a page with one never pays for the walk.
 */
import { splitsOf } from './title';

// Text nodes walked before giving up: a headline stands near the top of the page.
const MAX_NODES = 1500;
// The page's chrome: a link home or a logo writes the site's name, which is the other part.
const CHROME =
  'header, nav, footer, aside, [role="banner"], [role="navigation"], a[rel~="home"], [class*="logo" i], [class*="brand" i]';
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'TITLE']);

const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();

// A part long enough to be a headline rather than a word a menu also writes ("News", "Home"):
// two words or more, or eight characters of unspaced (CJK) text.
// Not a document identifier or slug ("draft-dejong-remotestorage-04": an IETF draft's name,
// linked in its own text), which names the document the other part titles.
const headlineLike = (part: string): boolean =>
  (part.includes(' ') || part.length >= 8) && !SLUG.test(part);
const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+){2,}$/;

/**
 * The first element outside the page's chrome whose own text (one text node, whitespace
 * collapsed) is a part of `docTitle` set apart by a separator ("Story" of "Story | Site" or of
 * "Site | Story"); of several parts written so, the longest (the site's name is the shorter).
 * Null when `docTitle` has no such part or no element writes one alone.
 */
export function titledHeadline(
  doc: Document,
  docTitle: string | undefined,
  pageUrl: string,
): Element | null {
  if (docTitle === undefined) return null;
  const parts = new Set<string>();
  // "Site: Story" (a colon without a space before it) is a headline's own colon as often.
  for (const s of splitsOf(docTitle))
    if (s.colon !== true && headlineLike(s.head)) parts.add(s.head);
  const body = doc.querySelector('body');
  if (parts.size === 0 || body === null) return null;
  let shortest = Infinity;
  for (const p of parts) shortest = Math.min(shortest, p.length);
  // The longest part found: "Story | Hacker News" with the site's name written first, unclassed.
  const longest = Math.max(...[...parts].map((p) => p.length));
  let best: Element | null = null;
  let bestLength = 0;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = 0, node = walker.nextNode(); node !== null && n < MAX_NODES; n++) {
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (text.length >= shortest && parent !== null && !SKIPPED_PARENTS.has(parent.tagName)) {
      const part = spaced(text);
      if (parts.has(part) && !inChrome(parent, pageUrl)) {
        if (part.length === longest) return parent;
        if (part.length > bestLength) [best, bestLength] = [parent, part.length];
      }
    }
    node = walker.nextNode();
  }
  return best;
}

// In the page's chrome, or inside a link to the site's root (`<a href="https://site/">Site</a>`).
function inChrome(el: Element, pageUrl: string): boolean {
  if (el.closest(CHROME) !== null) return true;
  const href = el.closest('a[href]')?.getAttribute('href');
  if (href == null) return false;
  try {
    const target = new URL(href, pageUrl);
    return target.host === new URL(pageUrl).host && target.pathname === '/';
  } catch {
    return false;
  }
}
