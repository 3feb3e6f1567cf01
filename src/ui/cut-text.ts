// An ellipsis right after the last visible letter. `text-overflow: ellipsis` puts "…" after the
// last character that fits, a space included ("The Slow …"), and leaves the rest of the box empty
// after it: in the popup's info line, where the next part follows the cut one, "ne…" and then
// its 3 em box read as "ne…    · 12 min". Narrowing a cut box to its kept text (spaces at its end
// dropped) and the "…" moves the ellipsis onto the last letter and the next part up to it; the
// text itself stays whole, for screen readers, search in page and copying.

// One segmenter for every line: building one costs far more than using it.
const graphemes = new Intl.Segmenter();

/**
 * How many code units of `text` a box `room` wide shows before its "…" (`ellipsis` wide), spaces
 * at the cut dropped: the longest whole-grapheme prefix whose width without its trailing spaces
 * (`widthOf(length)`, a prefix of that many code units) and the ellipsis fit; 0 when none does.
 */
export function keptLength(
  text: string,
  widthOf: (length: number) => number,
  room: number,
  ellipsis: number,
): number {
  let kept = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    const end = index + segment.length;
    const trimmed = text.slice(0, end).trimEnd().length;
    if (widthOf(trimmed) + ellipsis > room) break;
    kept = trimmed;
  }
  return kept;
}

/**
 * Where the `offset`th code unit of texts laid end to end falls: the index of the text holding it
 * and the offset in that text (`lengths`, each text's length). An offset at a boundary falls at the
 * end of the earlier text; one past the end, at the end of the last. Null when there is no text.
 */
export function pointAt(
  lengths: readonly number[],
  offset: number,
): { index: number; offset: number } | null {
  if (lengths.length === 0) return null;
  let left = Math.max(0, offset);
  for (const [index, length] of lengths.entries()) {
    if (left <= length) return { index, offset: left };
    left -= length;
  }
  const last = lengths.length - 1;
  return { index: last, offset: lengths[last] ?? 0 };
}

/**
 * Narrows `element` (text cut by `text-overflow: ellipsis`, in one text node or several, as a
 * search result's title with its matches in `<mark>`) so its "…" follows its last visible letter;
 * a box that is not cut gets its own width back. Reads layout: call it once the element is laid
 * out, and again when its room changes (fitCutEnds does both).
 */
export function hugEllipsis(element: HTMLElement): void {
  element.style.removeProperty('max-width');
  // Text and its marked matches only: an icon or other box inside would not be in the measure.
  if (element.querySelector(':not(mark)')) return;
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) texts.push(node);
  }
  const first = texts[0];
  if (!first) return;
  if (element.scrollWidth <= element.clientWidth) return;
  const style = getComputedStyle(element);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const range = doc.createRange();
  const lengths = texts.map((text) => text.data.length);
  const widthOf = (length: number): number => {
    const end = pointAt(lengths, length);
    range.setStart(first, 0);
    range.setEnd(texts[end?.index ?? 0] ?? first, end?.offset ?? 0);
    return range.getBoundingClientRect().width;
  };
  const ellipsis = ellipsisWidth(element, style);
  const whole = texts.map((text) => text.data).join('');
  const kept = keptLength(whole, widthOf, element.clientWidth - padding, ellipsis);
  const borders = style.boxSizing === 'border-box' ? padding : 0;
  // Half a pixel over: a box exactly as wide as its text can round the last letter out. Nothing
  // kept: no box at all, not a lone "…" or a blank sliver between its neighbours (the info line's
  // time read when a long site name takes the line, lists.css).
  element.style.maxWidth =
    kept === 0 ? '0px' : `${String(widthOf(kept) + ellipsis + borders + 0.5)}px`;
}

const ellipsisWidths = new Map<string, number>();

/** The width of "…" in `element`'s font, measured once per font in a throwaway span. */
function ellipsisWidth(element: HTMLElement, style: CSSStyleDeclaration): number {
  const key = `${style.fontStyle}|${style.fontWeight}|${style.fontSize}|${style.fontFamily}`;
  const known = ellipsisWidths.get(key);
  if (known !== undefined) return known;
  const probe = element.ownerDocument.createElement('span');
  probe.textContent = '…';
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;padding:0;border:0';
  element.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  ellipsisWidths.set(key, width);
  return width;
}

const observers = new WeakMap<Document, ResizeObserver>();
const selectors = new WeakMap<Element, readonly string[]>();
const afterwards = new WeakMap<Element, (container: HTMLElement) => void>();

/** Fits `container`'s cut parts and runs its `then` (fitCutEnds), reading layout now. */
function fitNow(container: HTMLElement): void {
  for (const selector of selectors.get(container) ?? []) {
    for (const part of container.querySelectorAll<HTMLElement>(selector)) hugEllipsis(part);
  }
  afterwards.get(container)?.(container);
}

/**
 * Fits a container given to fitCutEnds again now: its parts were replaced at the same width (a
 * row's info line redrawn), which its resize observer does not see. Nothing where there is no
 * layout (no ResizeObserver: jsdom) or the container is out of the page.
 */
export function refitCutEnds(container: HTMLElement): void {
  if (container.isConnected && observers.has(container.ownerDocument)) fitNow(container);
}

/** One observer a page for every container: a list re-rendering its rows adds and drops many. */
function observerOf(doc: Document): ResizeObserver | null {
  const view = doc.defaultView;
  if (!view || !('ResizeObserver' in view)) return null;
  let observer = observers.get(doc);
  if (!observer) {
    const made = new view.ResizeObserver((entries) => {
      for (const { target } of entries) {
        // A row taken out of the list (its size went to 0) is let go, so it can be collected.
        if (!target.isConnected) {
          made.unobserve(target);
          continue;
        }
        if (target instanceof HTMLElement) fitNow(target);
      }
    });
    observers.set(doc, (observer = made));
  }
  return observer;
}

/**
 * Keeps the ellipses of `container`'s cut parts (`selectors`, fitted in that order: what one
 * gives back goes to the next, so the continue-reading row's info line names its site first) on
 * their last letters whenever the container's size changes, and once it is first laid out; then
 * runs `then` (the popup row fits its info line: meta-line-fit.ts). Taken out of the page, it is
 * no longer watched.
 */
export function fitCutEnds(
  container: HTMLElement,
  parts: readonly string[],
  then?: (container: HTMLElement) => void,
): void {
  selectors.set(container, parts);
  if (then) afterwards.set(container, then);
  observerOf(container.ownerDocument)?.observe(container);
}
