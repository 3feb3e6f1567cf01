/**
 * A byline with no byline markup that still reads as one: a short block beside the headline whose
 * text opens with "By" or a byline label. Hugo's Ananke writes `<p class="tracked">By
 * <strong>Ann Lee</strong></p>` after the h1; Jekyll and Hugo layouts write `<p>by Ann Lee<br>
 * <time>…</time></p>`. Only the few blocks after the headline (or after the header that holds
 * it) are read, never prose further down, and every word of a name must be capitalised, so a
 * deck such as "Von Hamburg nach Berlin" or "By the time the board met" is no byline.
 */
import type { PageAuthor } from '../../activity/page-metadata';
import { INLINE_BREAK, layoutText } from './layout-text';
import { opensWithByline } from './text';

// How far to look: blocks after the headline, levels to climb out of a wrapper or header.
const SIBLINGS = 3;
const LEVELS = 2;
// A byline line is short; a deck or the first paragraph is not.
const MAX_CHARS = 80;
// Lower-case words names hold ("Ludwig van Beethoven", "Ana da Silva").
const PARTICLES = new Set(
  'van von der den de del della da das dos du la le bin ibn al ter ten zu y e'.split(' '),
);

const capitalised = (word: string): boolean => {
  const first = word.charAt(0);
  // Upper case, or a script without case (CJK, Arabic): not a lower-case letter.
  return first === first.toUpperCase() || PARTICLES.has(word);
};

/** True when every word of `name` is capitalised (or a particle such as "van"). */
const readsAsNameList = (name: string): boolean => name.split(/\s+/).every(capitalised);

/**
 * Authors from the first short block after `headline` (climbing out of at most LEVELS
 * wrappers, never out of an article, main or body) whose layout text opens with a byline word;
 * `read` turns that block into authors (links first, then text). Empty when none.
 */
export function bylineBesideHeadline(
  headline: Element,
  read: (el: Element) => PageAuthor[],
): PageAuthor[] {
  let anchor: Element | null = headline;
  for (let level = 0; anchor !== null && level <= LEVELS; level++) {
    let block = anchor.nextElementSibling;
    for (let i = 0; block !== null && i < SIBLINGS; i++, block = block.nextElementSibling) {
      if (/^H[2-6]$/.test(block.tagName) || block.textContent.length > MAX_CHARS) continue;
      const text = layoutText(block, MAX_CHARS + 20).replaceAll(INLINE_BREAK, ' ');
      if (!opensWithByline(text)) continue;
      const authors = read(block);
      if (authors.length > 0 && authors.every((a) => readsAsNameList(a.name))) return authors;
    }
    const parent: Element | null = anchor.parentElement;
    anchor = parent === null || parent.matches('article, main, body') ? null : parent;
  }
  return [];
}
