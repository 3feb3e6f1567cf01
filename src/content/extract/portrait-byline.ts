/**
 * Authors shown by their portrait: an avatar image whose `alt` is the name printed beside it.
 * Templates that mark nothing as a byline still do this: Next.js's blog-starter
 * (`<img class="rounded-full" alt="Ann Lee"><div>Ann Lee</div>` under the h1), Forem's
 * `crayons-avatar` beside the profile link, MkDocs Material's blog profiles
 * (`<span class="md-author"><img alt="Ann Lee"></span>…<strong>Ann Lee</strong>`, inside the
 * post sidebar's `<nav>`). Read last, only when no byline markup named anyone.
 *
 * A teaser card (`<img alt="Story title"><h3>Story title</h3>`) repeats its alt too, so the
 * image must look like an avatar (declared 20 to 128 px, or an avatar, author, profile or
 * rounded class on it or its parent; a 16 px icon labelled "Portal" is not), the name must read
 * as a full one (two to four capitalised words) and must not be a heading's text; comments, asides, related blocks, the page's footer
 * and its site header (the signed-in reader's avatar) are skipped. Navigation is not: MkDocs
 * puts the post's authors in one.
 *
 * A portrait beside a name is no byline by itself: pull quotes, testimonials and interviewee or
 * expert boxes show other people's faces with their names. So the image must also stand where a
 * byline stands: inside an author, avatar or byline container (an ancestor, not a class on the
 * image alone), or in one of the short blocks beside the headline (see besideHeadline) that is
 * not a profile or interview box (the interview's subject). Quotes, blockquotes, figures and
 * testimonials are skipped wherever they are.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
import type { PageAuthor } from '../../activity/page-metadata';
import { cleanAuthorName, dedupeAuthors } from './authors';
import { besideHeadline } from './headline-byline';
import { scopeQueries } from './scoped-query';
import { classSubstrings } from './selectors';
import { readsAsName } from './text';

const AVATAR = classSubstrings(
  '[class*="avatar" i], [class*="author" i], [class*="profile" i], [class*="rounded" i]',
);
const SKIPPED = classSubstrings(
  'aside, blockquote, figure, q, [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="quote" i], [class*="testimonial" i]',
);
// A container that says it holds the author (Ghost's `author-avatar`, Forem's `crayons-avatar`,
// MkDocs's `md-author`); `rounded` and `profile` say nothing about whose face it is.
const BYLINE_BOX = classSubstrings('[class*="avatar" i], [class*="author" i], [class*="byline" i]');
// A box beside the headline that presents the page's subject (an interviewee), not its author.
const SUBJECT_BOX = classSubstrings('[class*="profile" i], [class*="interview" i]');
const MAX_AVATAR_PX = 128;
const MIN_AVATAR_PX = 20;
// How many images to look at, and how far up from one to look for its name.
const MAX_IMAGES = 30;
const LEVELS = 4;
// The block holding a portrait and its name is short; a card with a teaser is not.
const MAX_BLOCK_CHARS = 200;
const FULL_NAME = /\S\s+\S/;
const NAME_ELEMENTS = 'a, strong, b, span, div, p, cite, h4, h5, h6';

const normalised = (text: string): string => text.replace(/\s+/g, ' ').trim();

function looksLikeAvatar(img: Element): boolean {
  const width = Number(img.getAttribute('width') ?? NaN);
  const height = Number(img.getAttribute('height') ?? NaN);
  // An icon ("Portal", "Category" on Wikipedia, 16 px) is no portrait.
  if (width > 0 && width < MIN_AVATAR_PX) return false;
  if (width > 0 && width <= MAX_AVATAR_PX && (!(height > 0) || height <= MAX_AVATAR_PX)) {
    return true;
  }
  return img.matches(AVATAR) || (img.parentElement?.matches(AVATAR) ?? false);
}

function placedAsByline(img: Element): boolean {
  if (img.closest(SKIPPED) !== null) return false;
  const footer = img.closest('footer');
  if (footer !== null && footer.closest('article') === null) return false;
  const header = img.closest('header');
  return header === null || header.closest('article, main') !== null;
}

// True when an ancestor of `img` (up to LEVELS above its parent) is an author container.
function inBylineBox(img: Element): boolean {
  let at = img.parentElement;
  for (let level = 0; at !== null && level <= LEVELS; level++, at = at.parentElement) {
    if (at.matches(BYLINE_BOX)) return true;
  }
  return false;
}

// The short blocks beside the page's headline that are not a subject's box; empty without an h1.
function headlineBlocks(doc: Document, root: Element | undefined): Element[] {
  const headline = root?.querySelector('h1') ?? doc.querySelector('h1');
  const blocks: Element[] = [];
  if (headline !== null) {
    besideHeadline(headline, (block) => {
      blocks.push(block);
      return undefined;
    });
  }
  return blocks;
}

// True when `img` stands where a byline stands (see the file's comment).
function bylinePosition(img: Element, blocks: readonly Element[]): boolean {
  if (inBylineBox(img)) return true;
  const block = blocks.find((b) => b.contains(img));
  if (block === undefined) return false;
  const subject = img.closest(SUBJECT_BOX);
  return subject === null || !block.contains(subject);
}

// The element near `img` (within LEVELS ancestors holding at most MAX_BLOCK_CHARS of text) whose
// whole text is `name`, or null.
function nameBeside(img: Element, name: string): Element | null {
  let at = img.parentElement;
  for (let level = 0; at !== null && level < LEVELS; level++, at = at.parentElement) {
    if (at.textContent.length > MAX_BLOCK_CHARS) return null;
    for (const el of at.querySelectorAll(NAME_ELEMENTS)) {
      if (el.contains(img) || el.querySelector('img') !== null) continue;
      if (normalised(el.textContent) === name) return el;
    }
  }
  return null;
}

/** Authors named beside their avatars, in the content root and then the rest of the page. */
export function portraitAuthors(
  doc: Document,
  root: Element | undefined,
  base: string,
): PageAuthor[] {
  let blocks: Element[] | undefined;
  for (const query of scopeQueries(doc, root)) {
    const out: PageAuthor[] = [];
    const images = query('img[alt]');
    for (let i = 0; i < images.length && i < MAX_IMAGES; i++) {
      const img = images[i] as Element;
      const alt = normalised(img.getAttribute('alt') ?? '');
      // A full name (two words or more): a single capitalised word is as often a label.
      if (!FULL_NAME.test(alt) || !readsAsName(alt) || !looksLikeAvatar(img)) continue;
      if (!placedAsByline(img)) continue;
      if (!bylinePosition(img, (blocks ??= headlineBlocks(doc, root)))) continue;
      const nameEl = nameBeside(img, alt);
      const name = nameEl === null ? undefined : cleanAuthorName(alt);
      if (nameEl === null || name === undefined || nameEl.closest('h1, h2, h3') !== null) continue;
      const href =
        nameEl.closest('a[href]')?.getAttribute('href') ??
        img.closest('a[href]')?.getAttribute('href');
      const url = href == null ? undefined : (canonicalizeUrl(href, base) ?? undefined);
      out.push(url === undefined ? { name, kind: 'Person' } : { name, url, kind: 'Person' });
    }
    if (out.length > 0) return dedupeAuthors(out);
  }
  return [];
}
