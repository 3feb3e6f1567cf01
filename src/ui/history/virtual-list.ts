import type { ListItem } from './days';

/** Fixed heights (px) keep positions a prefix sum: any item's place is known without layout. */
export const DAY_HEIGHT = 40;
/** Height of an engagement row, px (fixed, as DAY_HEIGHT). */
export const ROW_HEIGHT = 52;
/** Items rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
const OVERSCAN = 12;

/** Top of each item and, last, the total height: `tops[i]` for item i, `tops[n]` overall. Pure. */
export function itemTops(items: readonly ListItem[]): number[] {
  const tops = [0];
  for (const item of items) {
    tops.push((tops[tops.length - 1] ?? 0) + (item.kind === 'day' ? DAY_HEIGHT : ROW_HEIGHT));
  }
  return tops;
}

/** Indices [start, end) of the items that intersect [scrollTop, scrollTop + height). Pure. */
export function visibleRange(
  tops: readonly number[],
  scrollTop: number,
  height: number,
): [number, number] {
  const count = tops.length - 1;
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tops[mid + 1] ?? Infinity) <= scrollTop) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < count && (tops[end] ?? Infinity) < scrollTop + height) end++;
  return [low, end];
}

/**
 * Renders only the items near the viewport of `scroller`, absolutely placed in `canvas` (whose
 * height is the whole list's), so a history of any length costs the same DOM. Calls `nearEnd`
 * when the last rendered item is within a screen of the end, to load more. The elements stay in
 * the items' order in the DOM whichever way the list is scrolled: Tab order and a screen reader's
 * reading order follow it. `pinned` names an item kept rendered wherever the list is scrolled (the
 * focused row's day heading, whose "Delete day" Shift+Tab reaches from the row).
 */
export class VirtualList {
  private items: readonly ListItem[] = [];
  private tops: number[] = [0];
  private rendered = new Map<number, HTMLElement>();

  constructor(
    private readonly scroller: HTMLElement,
    private readonly canvas: HTMLElement,
    private readonly renderItem: (item: ListItem, index: number) => HTMLElement,
    private readonly nearEnd: () => void,
    private readonly pinned: () => number | undefined = () => undefined,
  ) {
    scroller.addEventListener('scroll', () => {
      this.render();
    });
    new ResizeObserver(() => {
      this.render();
    }).observe(scroller);
  }

  /** How many items the list holds (days and rows), rendered or not. */
  get length(): number {
    return this.items.length;
  }

  /** The item at `index`; undefined past the end. */
  item(index: number): ListItem | undefined {
    return this.items[index];
  }

  /** Replaces the items; rows already on screen are rebuilt. */
  setItems(items: readonly ListItem[]): void {
    this.items = items;
    this.tops = itemTops(items);
    this.canvas.style.height = `${String(this.tops[items.length] ?? 0)}px`;
    this.rendered.clear();
    this.canvas.replaceChildren();
    this.render();
  }

  /**
   * Replaces the items with the same list in new detail (a day heading's total arrived): items
   * keep their indices, and the element holding focus stays where it is.
   */
  redraw(items: readonly ListItem[]): void {
    this.items = items;
    this.tops = itemTops(items);
    this.canvas.style.height = `${String(this.tops[items.length] ?? 0)}px`;
    for (const [index, element] of this.rendered) {
      if (element.contains(document.activeElement)) continue;
      element.remove();
      this.rendered.delete(index);
    }
    this.render();
  }

  /** Scrolls so item `index` is fully visible, and renders it; returns its element. */
  reveal(index: number): HTMLElement | undefined {
    const top = this.tops[index] ?? 0;
    const bottom = this.tops[index + 1] ?? top;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = top;
    else if (bottom > this.scroller.scrollTop + this.scroller.clientHeight) {
      this.scroller.scrollTop = bottom - this.scroller.clientHeight;
    }
    this.render();
    return this.rendered.get(index);
  }

  /** The element of item `index` if it is rendered now (near the viewport, or focused). */
  element(index: number): HTMLElement | undefined {
    return this.rendered.get(index);
  }

  /**
   * Renders the items in the viewport and OVERSCAN beyond each edge, at their fixed tops, and
   * the pinned one; removes those now out of range (the focused one stays, so focus is not lost).
   */
  render(): void {
    const [first, last] = visibleRange(
      this.tops,
      this.scroller.scrollTop,
      this.scroller.clientHeight || 600,
    );
    const start = Math.max(0, first - OVERSCAN);
    const end = Math.min(this.items.length, last + OVERSCAN);
    const pinned = this.pinned();
    for (const [index, element] of this.rendered) {
      // Keep the focused element: removing it would drop focus to <body>.
      const kept = index === pinned || element.contains(document.activeElement);
      if ((index < start || index >= end) && !kept) {
        element.remove();
        this.rendered.delete(index);
      }
    }
    const wanted = pinned !== undefined && (pinned < start || pinned >= end) ? [pinned] : [];
    for (let index = start; index < end; index++) wanted.push(index);
    for (const index of wanted) {
      if (this.rendered.has(index)) continue;
      const item = this.items[index];
      if (!item) continue;
      const element = this.renderItem(item, index);
      element.style.top = `${String(this.tops[index] ?? 0)}px`;
      this.canvas.insertBefore(element, this.renderedAfter(index) ?? null);
      this.rendered.set(index, element);
    }
    if (end >= this.items.length - OVERSCAN) this.nearEnd();
  }

  /** The rendered element of the first item after `index`, before which item `index` goes. */
  private renderedAfter(index: number): HTMLElement | undefined {
    let next: number | undefined;
    for (const rendered of this.rendered.keys()) {
      if (rendered > index && (next === undefined || rendered < next)) next = rendered;
    }
    return next === undefined ? undefined : this.rendered.get(next);
  }
}
