import type { TextDirective } from '../../activity/text-fragment';
import { findContentRoot } from '../extract/content-root';
import { normalizeText } from './quote';

/** Elements whose text a reader reads as a unit; nested ones (a <p> in an <li>) win. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, figcaption';
/** Page furniture inside or around an article: never quoted. */
const BOILERPLATE =
  'nav, aside, footer, form, button, [role="navigation"], [role="complementary"], [role="banner"], [aria-hidden="true"], [hidden]';
/** A block whose text is mostly links is a link list (related articles, tags), not prose. */
const MAX_LINK_SHARE = 0.5;

/** The article as the sampler sees it: its element, its blocks and their text, and all text. */
export interface ArticleBlocks {
  root: Element;
  elements: Element[];
  /** Normalized text of each element, same order. */
  texts: string[];
  /** Normalized text of the whole document (fragments are searched in all of it). */
  page: string;
  /** The last quote chosen and the block it was chosen for (position-sampler.ts's cache). */
  quoted?: { top: number; quote: TextDirective | undefined };
}

function linkShare(element: Element, textLength: number): number {
  let linked = 0;
  for (const link of element.getElementsByTagName('a')) linked += link.textContent.length;
  return textLength === 0 ? 1 : linked / textLength;
}

/**
 * Reads the article's blocks: prose inside the content root (extract/content-root.ts), leaving out
 * navigation, asides, forms, hidden text and link lists. Costs one query and one text read per
 * block; the sampler keeps the result until the page changes.
 */
export function readArticleBlocks(doc: Document): ArticleBlocks | undefined {
  const root = findContentRoot(doc);
  if (!root) return undefined;
  const elements: Element[] = [];
  const texts: string[] = [];
  for (const element of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.querySelector(BLOCK_SELECTOR)) continue;
    if (element.closest(BOILERPLATE)) continue;
    const raw = element.textContent;
    if (linkShare(element, raw.trim().length) > MAX_LINK_SHARE) continue;
    const text = normalizeText(raw);
    if (text.split(' ').length < 2) continue;
    elements.push(element);
    texts.push(text);
  }
  const body = doc.querySelector('body');
  return { root, elements, texts, page: normalizeText(body?.textContent ?? '') };
}

/**
 * Index of the first block whose bottom is below the top of the viewport (the one being read),
 * by binary search over bounding rects: reads layout only, writes nothing, so no forced reflow
 * beyond the first read. -1 when every block is above the viewport.
 */
export function topBlockIndex(elements: readonly Element[]): number {
  let low = 0;
  let high = elements.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const element = elements[mid];
    if (!element) break;
    if (element.getBoundingClientRect().bottom > 1) {
      found = mid;
      high = mid - 1;
    } else {
      low = mid + 1;
    }
  }
  return found;
}
