import type { ListItem } from './days';
import { ItemSizer } from './item-sizer';
import { anchorItem, itemTops, keptOffset, scrollDelta, visibleRange } from './list-geometry';
import { listView, scrollsItself, scrollViewBy, type ListView } from './list-view';

/** Items rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
const OVERSCAN = 12;
/** The view's height when it has none to measure (the list hidden behind the charts view). */
const UNSEEN_HEIGHT = 600;

/**
 * Renders only the items near the view, absolutely placed in `canvas` (whose height is the whole
 * list's), so a history of any length costs the same DOM. The view is `scroller`'s box while it
 * scrolls itself, and the window while the page scrolls instead (history.css: short windows, as
 * at 200 % zoom); each drawn item says its place among all items (`aria-posinset`,
 * `aria-setsize`) since a screen reader cannot count items that are not drawn. Calls `nearEnd` when the last
 * rendered item is within OVERSCAN of the end, to load more. The elements stay in the items'
 * order in the DOM whichever way the list is scrolled: Tab order and a screen reader's reading
 * order follow it. `pinned` names an item kept rendered wherever the list is scrolled (the
 * focused row's day heading, whose "Delete day" Shift+Tab reaches from the row). Item heights
 * follow the text size (item-sizer.ts): measured with the first items of each kind, and again
 * when the root font size changes, the reader's place kept.
 */
export class VirtualList {
  /**
   * The viewport y (px) down to which something floats over the view's top ("Back to newest"),
   * or -Infinity: `reveal` brings an item below it, so focus never lands under it.
   */
  covered: () => number = () => -Infinity;
  /**
   * The viewport y (px) from which something floats over the view's foot (the keys hint,
   * history.css), or Infinity: `reveal` brings an item above it.
   */
  coveredBelow: () => number = () => Infinity;
  private items: readonly ListItem[] = [];
  private tops: number[] = [0];
  private setSize = -1;
  private rendered = new Map<number, HTMLElement>();
  private readonly sizer: ItemSizer;
  /** The view at the last render: where the reader was before the text size changed. */
  private last = { offset: 0, height: 0 };

  constructor(
    private readonly scroller: HTMLElement,
    private readonly canvas: HTMLElement,
    private readonly renderItem: (item: ListItem, index: number) => HTMLElement,
    private readonly nearEnd: () => void,
    private readonly pinned: () => number | undefined = () => undefined,
  ) {
    const render = (): void => {
      this.render();
    };
    scroller.addEventListener('scroll', render, { passive: true });
    // The page scrolls instead of the scroller in a short window; a window resize moves the view.
    addEventListener('scroll', render, { passive: true });
    addEventListener('resize', render);
    // Shown again after the charts view, the list measures what it could not while hidden.
    new ResizeObserver(() => {
      if (this.sizer.remChanged() || this.sizer.pending(this.items)) this.relayout();
      else this.render();
    }).observe(scroller);
    this.sizer = new ItemSizer(canvas, () => {
      this.relayout();
    });
  }

  /** How many items the list holds (days and rows), rendered or not. */
  get length(): number {
    return this.items.length;
  }

  /** The item at `index`; undefined past the end. */
  item(index: number): ListItem | undefined {
    return this.items[index];
  }

  /**
   * Replaces the items; rows already on screen are rebuilt. `setSize` is how many rows the whole
   * list has, loaded or not (`aria-setsize`; -1 when not known).
   */
  setItems(items: readonly ListItem[], setSize = -1): void {
    this.measure(items, setSize);
    this.rendered.clear();
    this.canvas.replaceChildren(this.sizer.element);
    this.render();
  }

  /**
   * Replaces the items with the same list in new detail (a day heading's total arrived, the
   * number of rows became known): items keep their indices, and the element holding focus stays
   * where it is, told its new place.
   */
  redraw(items: readonly ListItem[], setSize = -1): void {
    this.measure(items, setSize);
    for (const [index, element] of this.rendered) {
      if (holdsFocus(element)) {
        this.place(element, index);
        continue;
      }
      element.remove();
      this.rendered.delete(index);
    }
    this.render();
  }

  /** How far the list's top has scrolled up past the view's top, and the view's height (px). */
  scrolled(): { offset: number; height: number } {
    const view = this.view();
    return { offset: Math.max(0, view.offset), height: view.height };
  }

  /**
   * Where the reader is: the item at the view's top, or the focused one when it is whole in view
   * (list-geometry.ts anchorItem), its top's distance below the view's top (px), and how far the
   * list is scrolled (list-place.ts placeOf reads these).
   */
  readingPlace(): { index: number; within: number; offset: number } {
    const { offset, height } = this.view();
    let focused: number | undefined;
    for (const [index, element] of this.rendered) {
      if (element.contains(document.activeElement)) focused = index;
    }
    const index = anchorItem(this.tops, offset, height, focused);
    return { index, within: (this.tops[index] ?? 0) - offset, offset };
  }

  /** Scrolls so item `index`'s top is `within` px below the view's top, and renders. */
  scrollToItem(index: number, within: number): void {
    const delta = (this.tops[index] ?? 0) - within - this.view().offset;
    if (delta !== 0) scrollViewBy(this.scroller, delta);
    this.render();
  }

  /** Scrolls the list back to its first item (and, when the page scrolls, the page to its top). */
  scrollToTop(): void {
    this.scroller.scrollTop = 0;
    if (!scrollsItself(this.scroller)) scrollTo(0, 0);
  }

  /**
   * Scrolls so item `index` is fully visible, below whatever floats over the view's top
   * (`covered`), and renders it; returns its element.
   */
  reveal(index: number): HTMLElement | undefined {
    // Twice: the scroll may show or hide what floats over the top ("Back to newest").
    for (let pass = 0; pass < 2; pass++) {
      const delta = this.deltaTo(index);
      if (delta === 0) break;
      scrollViewBy(this.scroller, delta);
    }
    this.render();
    return this.rendered.get(index);
  }

  /** The element of item `index` if it is rendered now (near the viewport, or focused). */
  element(index: number): HTMLElement | undefined {
    return this.rendered.get(index);
  }

  /**
   * Renders the items in the view and OVERSCAN beyond each edge, at their fixed tops, and the
   * pinned one; removes those now out of range (the focused one stays, so focus is not lost).
   */
  render(): void {
    const view = this.view();
    this.last = { offset: view.offset, height: view.height };
    const [first, last] = visibleRange(this.tops, view.offset, view.height || UNSEEN_HEIGHT);
    const start = Math.max(0, first - OVERSCAN);
    const end = Math.min(this.items.length, last + OVERSCAN);
    const pinned = this.pinned();
    for (const [index, element] of this.rendered) {
      // Keep the focused element: removing it would drop focus to <body>.
      const kept = index === pinned || holdsFocus(element);
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
      this.place(element, index);
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

  private measure(items: readonly ListItem[], setSize: number): void {
    this.items = items;
    this.tops = itemTops(
      items,
      this.sizer.fit(items, (item) => this.renderItem(item, -1)),
    );
    this.setSize = setSize;
    this.canvas.style.height = `${String(this.tops[items.length] ?? 0)}px`;
  }

  /**
   * The item heights changed (the root font size, or a list drawn while hidden): measures again,
   * moves every item to its new top, and scrolls so the reader's place stays put: the focused item
   * if it was in view, else the first one in view keeps its distance from the view's top (the
   * focused one then scrolled whole into view if it no longer is).
   */
  private relayout(): void {
    const before = this.tops;
    const { offset, height } = this.last;
    let focused: number | undefined;
    for (const [index, element] of this.rendered) {
      if (element.contains(document.activeElement)) focused = index;
    }
    const anchor = anchorItem(before, offset, height, focused);
    this.measure(this.items, this.setSize);
    for (const [index, element] of this.rendered) this.place(element, index);
    const delta = keptOffset(before, this.tops, anchor, offset) - this.view().offset;
    if (offset > 0 && delta !== 0) scrollViewBy(this.scroller, delta);
    // The focused row grew, or the view shrank under a header grown with the text: whole again.
    const reveal = anchor === focused ? this.deltaTo(anchor) : 0;
    if (reveal !== 0) scrollViewBy(this.scroller, reveal);
    this.render();
  }

  /**
   * Puts an element at its item's top and tells its place among all items: rows and day headings
   * alike, each a list item (WAI-ARIA 1.2: `aria-posinset` is the place in the set of list items).
   */
  private place(element: HTMLElement, index: number): void {
    element.style.top = `${String(this.tops[index] ?? 0)}px`;
    element.style.height = `${String((this.tops[index + 1] ?? 0) - (this.tops[index] ?? 0))}px`;
    element.setAttribute('aria-posinset', String(index + 1));
    element.setAttribute('aria-setsize', String(this.setSize));
  }

  /** How far to scroll (px) to bring item `index` whole into view; 0 for a view 0 px high. */
  private deltaTo(index: number): number {
    const view = this.view();
    if (view.height <= 0) return 0;
    // In the view's own coordinates: 0 at its top, `height` at its bottom.
    return scrollDelta(
      (this.tops[index] ?? 0) - view.offset,
      (this.tops[index + 1] ?? 0) - view.offset,
      Math.max(0, this.covered() - view.top),
      Math.min(view.height, this.coveredBelow() - view.top),
    );
  }

  private view(): ListView {
    return listView(this.scroller, this.canvas);
  }
}

/**
 * Whether a drawn item holds focus, or will get it back: its row's menu is open (row-menu.ts
 * returns focus to the row's ⋯ button when it closes), so it must not be drawn anew.
 */
function holdsFocus(element: HTMLElement): boolean {
  return (
    element.contains(document.activeElement) ||
    element.querySelector('[aria-expanded="true"]') !== null
  );
}
