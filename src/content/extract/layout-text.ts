/**
 * Text of an element as its layout separates it, for short page parts such as bylines:
 * `textContent` glues adjacent nodes ("By<a>Travis Haney</a>" → "ByTravis Haney",
 * "Meg Wagner<span>NEW YORK DAILY NEWS</span>" → "Meg WagnerNEW YORK…"). Here a block boundary
 * becomes a line break and an inline element boundary becomes `INLINE_BREAK`, so callers can cut
 * at the places a reader sees as separate.
 */

/** Marks an inline element boundary in `layoutText` output (a private-use character). */
export const INLINE_BREAK = '\uE000';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
// Never reader text of a byline: code, controls, embedded content.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'svg',
  'SVG',
]);

const MAX_NODES = 200;

/**
 * `el`'s text with "\n" at block boundaries and INLINE_BREAK at inline element boundaries,
 * hidden parts (`hidden`, `aria-hidden`) and controls skipped, at most `maxChars` characters.
 */
export function layoutText(el: Element, maxChars = 600): string {
  let out = '';
  let visited = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (out.length >= maxChars || ++visited > MAX_NODES) return;
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName;
        if (SKIP.has(tag) || element.hasAttribute('hidden')) continue;
        if (element.getAttribute('aria-hidden') === 'true') continue;
        const mark = BLOCK.has(tag) ? '\n' : INLINE_BREAK;
        out += mark;
        walk(element);
        out += mark;
      }
    }
  };
  walk(el);
  return out.slice(0, maxChars);
}
