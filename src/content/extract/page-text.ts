/** Reader-facing text measured from the page body: lead paragraph and word count. */
import { LIMITS } from '../../activity/limits';
import { classSubstrings } from './selectors';
import { cleanPageText } from './text';

const SKIP = classSubstrings(
  'nav, header, footer, aside, figure, figcaption, form, [class*="caption" i], [role="note"]',
);
const MAX_TEXT = 400_000;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

const HIDDEN =
  '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]';
const SENTENCE = /[.!?。！？]["'”’»)]?$/;

// A <div> counts as a paragraph through its own text only (older CMSs write paragraphs as
// text + <br> in divs); its child elements are other blocks, read on their own turn.
function ownText(el: Element): string {
  if (el.tagName !== 'DIV') return el.textContent;
  let text = '';
  for (let node = el.firstChild, i = 0; node !== null && i < 50; node = node.nextSibling, i++) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (
      node.nodeType === 1 &&
      /^(?:A|B|I|EM|STRONG|SPAN|BR)$/.test((node as Element).tagName)
    ) {
      text += node.textContent ?? '';
    }
  }
  return text;
}

const BYLINE_START = /^(?:by|written by|posted by|published|updated|par|von|por)\b/i;

function isParagraph(text: string, isDiv: boolean): boolean {
  if (BYLINE_START.test(text)) return false;
  if (CJK.test(text)) return text.length >= 15;
  const words = text.split(' ').length;
  // A complete sentence, or (in a <p>) a long run of words; never "Advertisement",
  // "Contents", or a heading-like line such as "Weekly Edition for April 23".
  return (words >= 4 && SENTENCE.test(text)) || (!isDiv && text.length >= 80 && words >= 10);
}

/**
 * The first paragraph of the content root that a reader sees: what a description would say
 * when the page offers none of its own. Hidden, boilerplate and script-holding blocks are skipped.
 */
export function leadParagraph(root: Element): string | undefined {
  // Divs only when no <p> qualifies: with prose in <p>s, divs are layout (bylines, navigation,
  // notices), not paragraphs.
  return (
    firstParagraph(root.getElementsByTagName('p')) ??
    firstParagraph(root.getElementsByTagName('div'))
  );
}

function firstParagraph(blocks: HTMLCollectionOf<Element>): string | undefined {
  for (let i = 0; i < blocks.length && i < 80; i++) {
    const block = blocks[i];
    // A paragraph holding a script is an ad slot, and its textContent is the script's source.
    if (block === undefined || block.querySelector('script, style') !== null) continue;
    const raw = ownText(block);
    if (raw.trim().length < 10 || block.closest(SKIP) !== null || block.closest(HIDDEN) !== null) {
      continue;
    }
    const text = cleanPageText(raw.slice(0, 4000), LIMITS.description);
    if (text !== undefined && isParagraph(text, block.tagName === 'DIV')) return text;
  }
  return undefined;
}

// Han, kana and hangul characters count one word each; runs of anything else but spaces, one
// word per run. Counted with native regex scans, not a per-character loop: the first extraction
// in a page runs before the JIT has compiled anything, where a JS loop over every character
// of a long article costs milliseconds.
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const NON_CJK_RUN = /[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+/g;
function wordsIn(text: string): number {
  if (!CJK.test(text)) return text.match(/\S+/g)?.length ?? 0;
  return (text.match(CJK_CHAR)?.length ?? 0) + (text.match(NON_CJK_RUN)?.length ?? 0);
}

const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

// Text nodes under `root`, script-like containers excluded, stopping after `maxChars`.
function wordsByWalking(root: Element, maxChars: number): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (
    let node = walker.nextNode();
    node !== null && text.length < maxChars;
    node = walker.nextNode()
  ) {
    if (NOT_PROSE.has(node.parentElement?.tagName ?? '')) continue;
    text += ' ' + (node.nodeValue ?? '');
  }
  return wordsIn(text);
}

// A paragraph's text without the source of a script or style inside it (an ad slot's script,
// a player's data: qq.com's related-video list, 25 KB in a <p>, read 969 words no one reads).
function proseOf(p: Element): string {
  if (p.querySelector('script, style') === null) return p.textContent;
  let text = '';
  const walker = p.ownerDocument.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!NOT_PROSE.has(node.parentElement?.tagName ?? '')) text += node.nodeValue ?? '';
  }
  return text;
}

/**
 * Words a reader reads: the root's paragraphs when it has prose in <p>s (which leaves out
 * navigation, tables and reference lists, and costs far less than the root's whole
 * textContent on a 1 MB page); otherwise its text nodes, scripts excluded, bounded.
 * Han/kana/hangul characters count one word each, the usual convention for reading time.
 */
export function countWords(root: Element): number {
  const paragraphs = root.getElementsByTagName('p');
  let text = '';
  for (let i = 0; i < paragraphs.length && i < 3000 && text.length < MAX_TEXT; i++) {
    const p = paragraphs[i];
    if (p !== undefined) text += ' ' + proseOf(p);
  }
  const words = wordsIn(text);
  return words >= 100 ? words : Math.max(words, wordsByWalking(root, MAX_TEXT));
}

/** Reading time at 230 words a minute (about the adult silent-reading average), at least 1. */
export const readingMinutesFor = (words: number): number => Math.max(1, Math.round(words / 230));
