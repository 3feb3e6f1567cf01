// The reader's place in the history list, kept across a reload the reader did not ask for: a
// deletion undone here or in another tab, or one made elsewhere (list-follow.ts). Such a reload
// took the list back to its top, the reader's row hundreds of rows away. Pure: the list reads the
// view (virtual-list.ts readingPlace) and scrolls it back (scrollToItem).
import type { DisplayRow, ListItem } from './days';

/** How many items after the reader's one are remembered, to stand in if it is gone. */
const FOLLOWERS = 40;

/**
 * Where the reader was: the item at the view's top (or the focused one, when whole in view) by
 * its key, then the keys of the items after it (the first still listed takes its place), how far
 * its top was below the view's top (px; negative: partly scrolled past), and the time of its row
 * (epoch ms; the row after a day heading), down to which the list loads again.
 */
export interface ListPlace {
  keys: string[];
  within: number;
  at: number;
}

/** An item's key in the list: its row's key, or its day. */
export function itemKey(item: ListItem): string {
  return item.kind === 'row' ? `row:${item.row.key}` : `day:${String(item.dayStart)}`;
}

/**
 * The place of item `index` of `items`, `within` px below the view's top; undefined when that is
 * no item, or the view is at the list's top (a reload keeps it there, newest first).
 */
export function placeOf(
  items: readonly ListItem[],
  index: number,
  within: number,
  offset: number,
): ListPlace | undefined {
  if (offset <= 0 || index < 0 || index >= items.length) return undefined;
  const following = items.slice(index, index + FOLLOWERS);
  const row = following.find((item) => item.kind === 'row');
  if (row?.kind !== 'row') return undefined;
  return { keys: following.map(itemKey), within, at: row.row.at };
}

/** Where `place` is in `items` now: its item's index, else the first of its followers'. */
export function indexOfPlace(items: readonly ListItem[], place: ListPlace): number | undefined {
  const indices = new Map(items.map((item, i) => [itemKey(item), i]));
  for (const key of place.keys) {
    const index = indices.get(key);
    if (index !== undefined) return index;
  }
  return undefined;
}

/**
 * Whether the rows loaded (newest first) reach the place: it, or a row older than it, is among
 * them, or no more can be loaded (`more` false).
 */
export function reachesPlace(
  rows: readonly DisplayRow[],
  place: ListPlace,
  more: boolean,
): boolean {
  if (!more) return true;
  const keys = new Set(place.keys);
  return rows.some((row) => keys.has(`row:${row.key}`) || row.at < place.at);
}
