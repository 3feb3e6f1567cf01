/**
 * Where the history list's items are and which of them are in view: pure arithmetic on item
 * heights, shared by the virtual list (virtual-list.ts) and its tests. Units are CSS px.
 */
import type { ListItem } from './days';

/** The height (px) of each kind of item: a day heading and an engagement row. */
export interface ItemHeights {
  day: number;
  row: number;
}

/**
 * The heights at the browser's default font size of 16 px, and the least they ever are. Each
 * kind has one height, so positions are a prefix sum: any item's place is known without laying
 * it out (item-probe.ts measures the two once, and again when the text size changes).
 */
export const BASE_HEIGHTS: Readonly<ItemHeights> = { day: 40, row: 52 };

/**
 * Room (rem) above and below an item's content, together: at 16 px a row's two lines (24 + 18 px)
 * leave 10 of its 52 px, a day heading's "Delete day" (25 px) 15 of 40. A little less here, so at
 * 16 px the base heights hold exactly, whatever the fonts' rounding.
 */
const ROOM_REM: Readonly<ItemHeights> = { day: 0.75, row: 0.5 };

/**
 * The items' heights for `content` (each kind's content height, px, as drawn with no fixed
 * height: 0 when not measured) at a root font size of `remPx`: the content and its room, in
 * whole px, never less than BASE_HEIGHTS. At 24 px a row's two lines are 63 px high, cut and
 * overlapping in 52 px. Pure.
 */
export function fitHeights(content: ItemHeights, remPx: number): ItemHeights {
  const fit = (kind: keyof ItemHeights): number =>
    Math.max(BASE_HEIGHTS[kind], Math.ceil(content[kind] + ROOM_REM[kind] * remPx));
  return { day: fit('day'), row: fit('row') };
}

/**
 * Top of each item and, last, the total height: `tops[i]` for item i, `tops[n]` overall, for
 * items of `heights` (default BASE_HEIGHTS). Pure.
 */
export function itemTops(
  items: readonly ListItem[],
  heights: Readonly<ItemHeights> = BASE_HEIGHTS,
): number[] {
  const tops = [0];
  for (const item of items) {
    tops.push((tops[tops.length - 1] ?? 0) + (item.kind === 'day' ? heights.day : heights.row));
  }
  return tops;
}

/**
 * The item the reader's place is kept by when the heights change: `focused` if it lies whole in
 * the view (`offset`, `height`, list px), else the first item in view. Pure.
 */
export function anchorItem(
  tops: readonly number[],
  offset: number,
  height: number,
  focused: number | undefined,
): number {
  const whole =
    focused !== undefined &&
    (tops[focused] ?? -Infinity) >= offset &&
    (tops[focused + 1] ?? Infinity) <= offset + height;
  return whole ? focused : visibleRange(tops, offset, height)[0];
}

/**
 * Where the view's top goes (list px) when the items' tops change from `before` to `after`, so
 * that item `anchor` stays where the reader saw it: as far below (or above) the view's top as it
 * was at `offset`. Pure.
 */
export function keptOffset(
  before: readonly number[],
  after: readonly number[],
  anchor: number,
  offset: number,
): number {
  return offset + (after[anchor] ?? 0) - (before[anchor] ?? 0);
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
 * The part of the list in view, in the list's own coordinates (0 at its first item's top):
 * `offset` is how far its top has gone up past the view's top, `height` how much of the view the
 * list may fill. The view is the scroll container's box cut to the window (`clipTop`,
 * `clipBottom`, viewport px), so one rule serves a list that scrolls in its own box and one that
 * scrolls with the whole page (history.css, short windows); `canvasTop` is the list's top in
 * viewport px. Pure.
 */
export function viewWindow(
  canvasTop: number,
  clipTop: number,
  clipBottom: number,
): { offset: number; height: number } {
  return { offset: clipTop - canvasTop, height: Math.max(0, clipBottom - clipTop) };
}

/**
 * How far to scroll (px, positive: down) so an item from `top` to `bottom` (viewport px) lies
 * whole between `viewTop` and `viewBottom`; 0 when it already does. An item taller than the view
 * is aligned at its top, where its title is. Whole px, rounded away from the item: a zoomed page
 * scrolls by device pixels, and a row 0.22 px above the window's top was not whole (200 %).
 */
export function scrollDelta(
  top: number,
  bottom: number,
  viewTop: number,
  viewBottom: number,
): number {
  if (top < viewTop || bottom - top > viewBottom - viewTop) return Math.floor(top - viewTop);
  if (bottom > viewBottom) return Math.ceil(bottom - viewBottom);
  return 0;
}
