/**
 * Reading one byline element: its links or its text by layout, cut where a byline stops (a
 * separator, a date or time, "Updated", "Reviewed by"), and whether a candidate is the article's
 * at all (not in navigation, asides, comments or a page footer). Helpers of findBylineAuthors.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
import type { PageAuthor } from '../../activity/page-metadata';
import { authorsFromText, cleanAuthorName, dedupeAuthors } from './authors';
import { INLINE_BREAK, layoutText } from './layout-text';
import { cutGluedTail, isInterfaceText, isRoleOnly } from './name-noise';
import { classSubstrings } from './selectors';
import { BY_PREFIX_SOURCE } from './text';

const EXCLUDED = classSubstrings(
  'nav, aside, [class*="comment" i], [id*="comment" i], [class*="related" i]',
);

// Where a byline line stops: separators, dates and times ("on March 15", "at 09:30"), "Updated …" trailers.
// "Reviewed by", "Edited by", "Photos by" name someone else.
const BREAK =
  /\s*(?:\||•|·|—|\b(?:last )?updated\b|\bpublished\b|\bposted\b|\bon\s+(?:\w+,?\s+)?\d|\bat\s+(?=\d{1,2}[:.]\d{2})|\d{1,2}[:/.]\d{2}|\b(?:reviewed|edited|fact[- ]checked|illustrated|photos?|photographs?|images?|video)\s+by\b)/i;
const BARE_PREFIX = new RegExp(`^\\s*(?:${BY_PREFIX_SOURCE})\\s*:?\\s*$`, 'i');
// A byline label alone, without its colon ("Author", "Authors", "Autor", "作者").
const BARE_LABEL = /^\s*(?:authors?|autor(?:es|in)?|auteurs?|autori?|writer|作者|著者|筆者)\s*$/i;
const LEADING_PREFIX = new RegExp(`^[\\s\uE000]*(?:${BY_PREFIX_SOURCE})\\s*:?`, 'i');
const DATE_LIKE = /\d{4}|\d{1,2}:\d{2}|\d{1,2}[/.]\d{1,2}/;
const MARKS = /^\s*[\d*†‡§¶]{1,3}(?:\s*,\s*[\d*†‡§¶]{1,3}){0,4}\s*$/;
const CAPS_OUTLET = /^[^a-z]*[A-Z]{2,}\s+[A-Z&]{2,}[^a-z]*$/;
const HAS_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u1fff\u3040-\ua4ff\uac00-\ud7af]/;
const SOCIAL =
  /twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|mailto:|\/feed\b|rss/i;

/**
 * Whether a byline or date candidate is the article's: not in navigation, an aside, comments or
 * related links, nor in a page footer (an article's own footer often is: WordPress's "entry-meta").
 */
export const usable = (el: Element): boolean => {
  if (el.closest(EXCLUDED) !== null) return false;
  const footer = el.closest('footer');
  return footer === null || footer.closest('article') !== null;
};
// Text only screen readers get: a link whose whole text is such (phpBB's post-link icon
// `<a><i class="icon"></i><span class="sr-only">Post</span></a>`, XenForo's `u-srOnly`) is an icon
// control, not a name.
const VISUALLY_HIDDEN =
  '.sr-only, .screen-reader-text, .visually-hidden, .visuallyhidden, .assistive-text, .u-srOnly';
const iconOnly = (a: Element): boolean =>
  a.querySelector(VISUALLY_HIDDEN)?.textContent.trim() === a.textContent.trim();

/**
 * Authors named by author links (`els`, their text by layout): an icon-only link or a text that is
 * no name (cleanAuthorName) is skipped; each keeps its link's absolute URL, resolved against
 * `base`.
 */
export function linkAuthors(els: readonly Element[], base: string): PageAuthor[] {
  const out: PageAuthor[] = [];
  for (const el of els) {
    if (iconOnly(el)) continue;
    // Reddit writes its users "u/annlee".
    const text = layoutText(el, 200)
      .replace(/[\n\uE000]+/g, ' ')
      .replace(/^\s*u\//, '');
    const name = cleanAuthorName(text);
    if (name === undefined) continue;
    const url = canonicalizeUrl(el.getAttribute('href') ?? '', base) ?? undefined;
    out.push(url === undefined ? { name, kind: 'Person' } : { name, url, kind: 'Person' });
  }
  return dedupeAuthors(out);
}

/**
 * The name part of one byline line split at inline boundaries: pieces are taken while they read
 * as a name (or a list of names) and the first separator, date, outlet in capitals or control
 * after a name ends it. Leading pieces that are not names ("By", a date) are skipped.
 */
function namePart(line: string): string {
  const taken: string[] = [];
  for (const raw of line.split(INLINE_BREAK)) {
    const piece = raw.replace(/\s+/g, ' ');
    if (piece.trim() === '') {
      if (taken.length > 0) taken.push(' ');
      continue;
    }
    // Affiliation and footnote marks after a name ("Ann Lee<sup>1,*</sup>") are skipped.
    if (taken.length > 0 && MARKS.test(piece)) continue;
    const cut = BREAK.exec(piece);
    const upTo = cut === null ? piece : piece.slice(0, cut.index);
    // A date, outlet or role glued on inside the piece ends the name as a separator would.
    const before = cutGluedTail(upTo);
    const ends = cut !== null || before.trim().length < upTo.trim().length;
    const trimmed = before.trim();
    const isName =
      trimmed !== '' &&
      // A handle ("@annlee") or a role on its own ("Senior Correspondent") follows the name.
      !trimmed.startsWith('@') &&
      !isRoleOnly(upTo) &&
      !DATE_LIKE.test(trimmed) &&
      HAS_LETTER.test(trimmed) &&
      !isInterfaceText(trimmed) &&
      !(taken.length > 0 && CAPS_OUTLET.test(trimmed));
    if (isName || (taken.length > 0 && /^[\s,&]*(?:and|und|et|y|e)?[\s,&]*$/i.test(trimmed))) {
      taken.push(before);
    } else if (taken.length > 0 && trimmed !== '') {
      break;
    }
    if (ends && taken.length > 0) break;
  }
  // Pieces are separate on screen: "<b>Ann</b><b>Lee</b>" reads "Ann Lee".
  return taken.join(' ').replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
}

// The first line of a byline block that holds a name, by layout; "By" alone on its line belongs
// to the name on the next one.
// `skip` is a line that only titles the block (a region's heading).
function bylineText(el: Element, skip?: string): string {
  const lines = layoutText(el, 600)
    .split('\n')
    .filter((l) => HAS_LETTER.test(l) && l !== skip);
  for (let i = 0; i < lines.length && i < 4; i++) {
    const line = lines[i] ?? '';
    const bare = line.replaceAll(INLINE_BREAK, ' ');
    // Quarto's "Author" heading over the name: a label alone on its line, without a colon.
    const joined = BARE_PREFIX.test(bare)
      ? `${line} ${lines[i + 1] ?? ''}`
      : BARE_LABEL.test(bare)
        ? (lines[i + 1] ?? '')
        : line;
    const name = namePart(joined.replace(LEADING_PREFIX, ''));
    if (name !== '' && /\S/.test(name)) return name;
  }
  return '';
}

/**
 * The authors a byline element names: its author links first (five at most, social profiles
 * skipped), else its text (a byline over 100 characters is prose and names nobody). `textFirst`
 * reads the text first, for elements whose links are not the names; `skip` is text to leave out
 * (the headline). Empty when it names nobody.
 */
export function fromBylineElement(
  el: Element,
  base: string,
  skip?: string,
  textFirst = false,
): PageAuthor[] {
  if (textFirst) {
    const text = bylineText(el, skip);
    const named = text.length > 100 ? [] : authorsFromText(text);
    if (named.length > 0) return named;
  }
  const links = [...el.querySelectorAll('a[href]')].slice(0, 5);
  const linked = linkAuthors(
    links.filter((a) => !SOCIAL.test(a.getAttribute('href') ?? '')),
    base,
  );
  if (linked.length > 0) return linked;
  const text = bylineText(el, skip);
  return text.length > 100 ? [] : authorsFromText(text);
}

/** An itemprop=author element: its own item's name when it has one, else its text. */
export function fromAuthorProp(el: Element, base: string): PageAuthor[] {
  const nameEl = el.hasAttribute('itemscope') ? el.querySelector('[itemprop~="name"]') : null;
  if (nameEl !== null) {
    const name = cleanAuthorName(nameEl.getAttribute('content') ?? layoutText(nameEl, 200));
    const href = el.querySelector('[itemprop~="url"]')?.getAttribute('href');
    const url = href == null ? undefined : (canonicalizeUrl(href, base) ?? undefined);
    if (name === undefined) return [];
    return [url === undefined ? { name, kind: 'Person' } : { name, url, kind: 'Person' }];
  }
  const content = el.getAttribute('content');
  if (content !== null) return authorsFromText(content);
  return fromBylineElement(el, base);
}

/**
 * The region `el` titles: a heading whose id an ancestor (at most two up) names in its
 * `aria-labelledby`; null for any other element.
 */
export function labelledRegion(el: Element): Element | null {
  if (el.id === '' || !/^H[2-6]$/.test(el.tagName)) return null;
  const parent = el.parentElement;
  for (const at of [parent, parent?.parentElement ?? null]) {
    if (at?.getAttribute('aria-labelledby')?.split(/\s+/).includes(el.id) === true) return at;
  }
  return null;
}
