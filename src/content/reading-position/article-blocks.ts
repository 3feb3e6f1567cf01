import { findContentRoot } from '../extract/content-root';
import { indexPageWords, type PageWords } from './page-words';
import { normalizeText } from './quote';

/** Elements whose text a reader reads as a unit; nested ones (a <p> in an <li>) win. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, figcaption';
/** Page furniture inside or around an article: never quoted. */
const BOILERPLATE =
  'nav, aside, footer, form, button, [role="navigation"], [role="complementary"], [role="banner"], [aria-hidden="true"], [hidden]';
/** A block whose text is mostly links is a link list (related articles, tags), not prose. */
const MAX_LINK_SHARE = 0.5;
/** Candidate elements looked at between two checks of the time left (collectArticleBlocks). */
const STEP_ELEMENTS = 16;
/** Nodes read between two checks of the time left (pageText). */
const STEP_TEXT_NODES = 256;
/** Elements whose text is never rendered, so a text fragment never matches it. */
const UNRENDERED = new Set(['script', 'style', 'noscript', 'template']);
/**
 * Elements laid out inline by default: text on either side of one runs on, as in "drop<b>cap</b>".
 * Any other element (a <p>, a <div>, a <br>, an unknown custom element) separates the text before
 * and after it: the browser sees a word boundary there that textContent does not show.
 */
const INLINE = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strong sub sup time tt u var'.split(
    ' ',
  ),
);

/** The article as the sampler sees it: its element, its blocks and their text, and all text. */
export interface ArticleBlocks {
  root: Element;
  elements: Element[];
  /** Normalized text of each element, same order. */
  texts: string[];
  /**
   * Normalized text of the whole document but scripts and styles (fragments are searched in all
   * the text the page renders), with a space between the text of two blocks (pageText).
   */
  page: string;
  /** The page text, lowercased, which quotes are counted in (page-words.ts). */
  words: PageWords;
}

function linkShare(element: Element, textLength: number): number {
  let linked = 0;
  for (const link of element.getElementsByTagName('a')) linked += link.textContent.length;
  return textLength === 0 ? 1 : linked / textLength;
}

/** The normalized text of `element` when it is a block of prose, else undefined. */
function proseOf(element: Element): string | undefined {
  if (element.querySelector(BLOCK_SELECTOR)) return undefined;
  if (element.closest(BOILERPLATE)) return undefined;
  const raw = element.textContent;
  if (linkShare(element, raw.trim().length) > MAX_LINK_SHARE) return undefined;
  const text = normalizeText(raw);
  return text.split(' ').length < 2 ? undefined : text;
}

/**
 * Reads the article's blocks in steps: prose inside the content root (extract/content-root.ts),
 * leaving out navigation, asides, forms, hidden text and link lists. The generator yields after
 * every few elements so that idle-work.ts can spread the read over idle periods; its return value
 * is the result (undefined for a document without a body). Reads text only, never layout.
 */
export function* collectArticleBlocks(doc: Document): Generator<void, ArticleBlocks | undefined> {
  const root = findContentRoot(doc);
  if (!root) return undefined;
  // Finding the root scores the page's containers: a step of its own, before the blocks' query.
  yield;
  const elements: Element[] = [];
  const texts: string[] = [];
  const candidates = root.querySelectorAll(BLOCK_SELECTOR);
  for (let i = 0; i < candidates.length; i++) {
    if (i % STEP_ELEMENTS === STEP_ELEMENTS - 1) yield;
    const element = candidates[i];
    const text = element && proseOf(element);
    if (!element || text === undefined) continue;
    elements.push(element);
    texts.push(text);
  }
  const body = doc.querySelector('body');
  const page = body ? yield* pageText(doc, body) : '';
  const words = yield* indexPageWords(page);
  return { root, elements, texts, page, words };
}

/** The nearest ancestor of `node` that is not laid out inline (see INLINE), or null. */
function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && INLINE.has(element.localName)) element = element.parentElement;
  return element;
}

/**
 * The normalized text of `body` without script, style, noscript and template text, in steps.
 * Text nodes on either side of an element that is not inline, or in different blocks, are joined
 * by a space, so that "end.</p><p>Start" reads as two words, as the browser reads them: were that
 * boundary missed, a quote repeated there would look unique. Known gaps, both by tag name where
 * the browser goes by CSS: a <span> styled as a block is read inline (its text runs on into the
 * next), and a <div> styled inline splits a word (which a quote holding that word then misses).
 */
function* pageText(doc: Document, body: Element): Generator<void, string> {
  // NodeFilter.SHOW_ELEMENT | SHOW_TEXT (1 | 4), spelt out: the page's realm owns NodeFilter.
  const walker = doc.createTreeWalker(body, 5);
  const parts: string[] = [];
  let block: Element | null = body;
  let boundary = false;
  let node = walker.nextNode();
  for (let n = 1; node; n++) {
    if (n % STEP_TEXT_NODES === 0) yield;
    if (node.nodeType === 1) {
      const name = (node as Element).localName;
      if (UNRENDERED.has(name)) {
        node = nextOutside(walker);
        continue;
      }
      boundary ||= !INLINE.has(name);
    } else {
      const within = blockOf(node);
      if (boundary || within !== block) parts.push(' ');
      boundary = false;
      block = within;
      parts.push(node.nodeValue ?? '');
    }
    node = walker.nextNode();
  }
  return normalizeText(parts.join(''));
}

/** Moves `walker` past the subtree of its current node: its next sibling or an ancestor's. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** collectArticleBlocks at once, for a command that needs the blocks now (scroll-to-position). */
export function readArticleBlocks(doc: Document): ArticleBlocks | undefined {
  const steps = collectArticleBlocks(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Where the article's prose ends, relative to the article's top (CSS px): the bottom of its last
 * block, so that comments, related links and a footer inside the article element (or a page
 * without one, read from <body>) are not part of the way to its end. The article's own height
 * when it has no block.
 * @param rootRect The article element's bounding rect, read in the same frame.
 * @param lastBottom The last block's bottom relative to the article's top, when already known.
 */
export function proseEnd(blocks: ArticleBlocks, rootRect: DOMRect, lastBottom?: number): number {
  if (lastBottom !== undefined) return lastBottom;
  const last = blocks.elements.at(-1);
  return last ? last.getBoundingClientRect().bottom - rootRect.top : rootRect.height;
}

/**
 * Index of the first block whose bottom is below the top of the viewport (the one being read),
 * by binary search over bounding rects: reads layout only, writes nothing. -1 when every block is
 * above the viewport. The sampler uses it while its cached offsets are being measured.
 */
export function topBlockIndex(elements: readonly Element[]): number {
  return firstIndex(elements.length, (i) => (elements[i]?.getBoundingClientRect().bottom ?? 0) > 1);
}

/**
 * The same over cached offsets: the first block whose bottom lies below `scrolledPast` (CSS px
 * of the article above the top of the viewport), -1 when none. Pure; no layout read.
 * @param bottoms Each block's bottom relative to the article's top (CSS px), in document order.
 */
export function topBlockAt(bottoms: ArrayLike<number>, scrolledPast: number): number {
  return firstIndex(bottoms.length, (i) => (bottoms[i] ?? 0) > scrolledPast + 1);
}

/** The first index in [0, length) where the monotone test holds, by binary search; -1 if none. */
function firstIndex(length: number, below: (index: number) => boolean): number {
  let low = 0;
  let high = length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (below(mid)) {
      found = mid;
      high = mid - 1;
    } else {
      low = mid + 1;
    }
  }
  return found;
}
