/**
 * A byline with no byline markup that still reads as one: a short block beside the headline whose
 * text opens with "By" or a byline label. Hugo's Ananke writes `<p class="tracked">By
 * <strong>Ann Lee</strong></p>` after the h1; Jekyll and Hugo layouts write `<p>by Ann Lee<br>
 * <time>…</time></p>`. Only the few blocks after the headline (or after the header that holds
 * it) are read, never prose further down. Words alone cannot tell a byline from a title-case
 * deck or kicker ("By The Numbers", "Von Hamburg Nach Berlin", "Par Avion"), so the block must
 * also be laid out as a byline: the name set apart in its own inline element (Ananke's
 * `<strong>`, a link), a `<time>` in the block (Jekyll), or a meta/info class on the block. A
 * block classed as a deck (dek, standfirst, kicker, subtitle, summary…) never is, and every name
 * must read as one: each word capitalised but not all in capitals, at most four words besides
 * particles, no digits or colon.
 */
import type { PageAuthor } from '../../activity/page-metadata';
import { INLINE_BREAK, layoutText } from './layout-text';
import { classSubstrings } from './selectors';
import { isLoneByline, opensWithByline } from './text';

// How far to look: blocks after the headline, levels to climb out of a wrapper or header.
const SIBLINGS = 3;
const LEVELS = 2;
// A byline line is short; a deck or the first paragraph is not.
const MAX_CHARS = 80;
// Lower-case words names hold ("Ludwig van Beethoven", "Ana da Silva").
const PARTICLES = new Set(
  'van von der den de del della da das dos du la le bin ibn al ter ten zu y e'.split(' '),
);

// A name has at most this many words besides particles; a series or deck title runs longer.
const MAX_WORDS = 4;
// A deck, kicker or summary line under the headline, whatever its words say.
const DECK = classSubstrings(
  '[class*="dek" i], [class*="deck" i], [class*="standfirst" i], [class*="kicker" i], [class*="subtitle" i], [class*="subhead" i], [class*="summary" i], [class*="excerpt" i], [class*="strapline" i], [class*="lede" i]',
);
// A block whose class says it holds the post's details (Hugo "meta", "post-info", "infos").
const DETAILS = classSubstrings('[class*="meta" i], [class*="info" i]');
// Inline elements a template sets a name apart in.
const INLINE = 'a, strong, b, em, span, cite';
// Not a name: digits, a colon (a deck's "By The Numbers: Why …").
const NOT_NAME = /[\d:：]/;

const capitalised = (word: string): boolean => {
  const first = word.charAt(0);
  // Upper case, or a script without case (CJK, Arabic): not a lower-case letter. ':' and digits
  // are "upper case" too; NOT_NAME has already turned those away.
  return first === first.toUpperCase() || PARTICLES.has(word);
};

/**
 * True when `name` reads as a person's name: every word capitalised (or a particle such as
 * "van"), not all of it in capitals ("THE NUMBERS", a kicker), at most MAX_WORDS words besides
 * particles, no digits or colon.
 */
const readsAsName = (name: string): boolean => {
  const words = name.split(/\s+/);
  // All in capitals: upper-casing changes nothing while lower-casing does (caseless scripts,
  // CJK or Arabic, change under neither).
  const allCapitals = name === name.toUpperCase() && name !== name.toLowerCase();
  return (
    !NOT_NAME.test(name) &&
    !allCapitals &&
    words.filter((w) => !PARTICLES.has(w)).length <= MAX_WORDS &&
    words.every(capitalised)
  );
};

const normalised = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * True when `block` is laid out as a byline rather than a line of prose: a `<time>` in it, a
 * details class on it, or every author's name as the whole text of one inline element.
 */
const laidOutAsByline = (block: Element, authors: PageAuthor[]): boolean => {
  if (block.matches(DETAILS) || block.querySelector('time') !== null) return true;
  const inline = [...block.querySelectorAll(INLINE)].map((el) => normalised(el.textContent));
  return authors.every((a) => inline.includes(a.name));
};

/**
 * The first value `pick` finds in the short blocks after `headline` (SIBLINGS of them per level,
 * climbing out of at most LEVELS wrappers such as the header holding the h1, never out of an
 * article, main or body). Headings and blocks over MAX_CHARS characters are passed over: a
 * byline or a date line is short, a deck or the first paragraph is not.
 */
export function besideHeadline<T>(
  headline: Element,
  pick: (block: Element) => T | undefined,
): T | undefined {
  let anchor: Element | null = headline;
  for (let level = 0; anchor !== null && level <= LEVELS; level++) {
    let block = anchor.nextElementSibling;
    for (let i = 0; block !== null && i < SIBLINGS; i++, block = block.nextElementSibling) {
      if (/^H[2-6]$/.test(block.tagName) || block.textContent.length > MAX_CHARS) continue;
      const found = pick(block);
      if (found !== undefined) return found;
    }
    const parent: Element | null = anchor.parentElement;
    anchor = parent === null || parent.matches('article, main, body') ? null : parent;
  }
  return undefined;
}

/**
 * Authors from the first short block after `headline` (see besideHeadline) whose layout text
 * opens with a byline word; `read` turns that block into authors (links first, then text).
 * Empty when none.
 */
export function bylineBesideHeadline(
  headline: Element,
  read: (el: Element) => PageAuthor[],
): PageAuthor[] {
  return besideHeadline(headline, (block) => bylineBlock(block, read)) ?? [];
}

// The authors `block` names when it opens with a byline word and is laid out as a byline.
function bylineBlock(
  block: Element,
  read: (el: Element) => PageAuthor[],
): PageAuthor[] | undefined {
  const text = layoutText(block, MAX_CHARS + 20).replaceAll(INLINE_BREAK, ' ');
  if (!opensWithByline(text) || block.matches(DECK)) return undefined;
  const authors = read(block);
  if (authors.length === 0 || !authors.every((a) => readsAsName(a.name))) return undefined;
  return laidOutAsByline(block, authors) ? authors : undefined;
}

/**
 * The author a serial's header names before the headline, as web-fiction sites print a chapter:
 * `<a><h2>Story</h2></a> <span>by</span> <h3><a href="/profile/7">Ann Lee</a></h3> <h1>Chapter
 * 3</h1>` (Royal Road). Among the blocks before `headline` (SIBLINGS of them, in the headline's
 * parent and the one above), the first whose whole text is a byline word or label ("by",
 * "Author:") decides: the element right after it must be one link and nothing else (or hold
 * only one), not the headline, and name one person by `readsAsName`. Empty otherwise.
 */
export function bylineBeforeHeadline(
  headline: Element,
  read: (el: Element) => PageAuthor[],
): PageAuthor[] {
  let anchor: Element | null = headline;
  for (let level = 0; anchor !== null && level < LEVELS; level++) {
    let block = anchor.previousElementSibling;
    for (let i = 0; block !== null && i < SIBLINGS + 1; i++, block = block.previousElementSibling) {
      if (block.textContent.length > 24 || !isLoneByline(block.textContent)) continue;
      const next = block.nextElementSibling;
      if (next === null || next === anchor) return [];
      const links = next.matches('a[href]') ? [next] : [...next.querySelectorAll('a[href]')];
      const text = normalised(next.textContent);
      if (links.length !== 1 || normalised(links[0]?.textContent ?? '') !== text) return [];
      const authors = read(next);
      return authors.length === 1 && authors.every((a) => readsAsName(a.name)) ? authors : [];
    }
    const parent: Element | null = anchor.parentElement;
    anchor = parent === null || parent.matches('article, main, body') ? null : parent;
  }
  return [];
}

/**
 * Authors from the content root's first details block, before its first paragraph, read as a
 * byline beside the headline is (see bylineBesideHeadline): for a headline printed outside the
 * root, as Drupal's Olivero prints the title block apart from the node's `<article>`, whose
 * `<div class="node__meta"><span>By <span>Ann Lee</span></span>, <time>…` opens it. Empty when none.
 */
export function bylineAtRootHead(root: Element, read: (el: Element) => PageAuthor[]): PageAuthor[] {
  const block = root.querySelector(DETAILS);
  const text = root.querySelector('p');
  if (block === null || block.textContent.length > MAX_CHARS) return [];
  if (text !== null && !(block.compareDocumentPosition(text) & FOLLOWING)) return [];
  return bylineBlock(block, read) ?? [];
}
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the global in pure code.

// Separators of a post's details line ("March 15, 2021 · 5 min · Ann Lee").
const DETAIL_SEPARATOR = /\s*[·•|]\s*/;
const NAME_LIST = /\s*(?:,|&|\band\b)\s*/;

/**
 * The author printed as a bare part of a details line beside the headline, as Hugo's PaperMod
 * writes it without a byline word or markup: `<div class="post-meta"><span>March 15,
 * 2021</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Ann Lee</div>`. The block must carry a details
 * class, separate its parts with `·`, `•` or `|`, and date itself (a part that is a date);
 * links are left out (categories and tags are linked), and exactly one part may read as names
 * (capitalised words, two or more, no digits). Empty otherwise.
 */
export function authorsInDetailsLine(
  headline: Element,
  read: (text: string) => PageAuthor[],
  isDate: (text: string) => boolean,
): PageAuthor[] {
  const found = besideHeadline(headline, (block) => {
    if (!block.matches(DETAILS) || block.matches(DECK)) return undefined;
    let text = '';
    for (const node of block.childNodes) {
      // A link is one part that is never the name; its text is left out.
      text += node.nodeName === 'A' ? ' | ' : (node.textContent ?? '');
    }
    const parts = text.split(DETAIL_SEPARATOR).filter((p) => p !== '');
    if (parts.length < 2 || !parts.some(isDate)) return undefined;
    const names = parts.filter((p) => {
      const each = p.split(NAME_LIST);
      return /\S\s+\S/.test(p) && each.every((n) => readsAsName(n));
    });
    return names.length === 1 && names[0] !== undefined ? read(names[0]) : undefined;
  });
  return found ?? [];
}
