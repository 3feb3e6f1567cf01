/**
 * Where the history list's items are and which of them are in view: pure arithmetic on fixed
 * item heights, shared by the virtual list (virtual-list.ts) and its tests. Units are CSS px.
 */
import type { ListItem } from './days';

/** Fixed heights (px) keep positions a prefix sum: any item's place is known without layout. */
export const DAY_HEIGHT = 40;
/** Height of an engagement row, px (fixed, as DAY_HEIGHT). */
export const ROW_HEIGHT = 52;

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
