// The history's day list during a deletion's undo window: the engagements it removes are left
// out at once, those of pages it trims as well as those of pages it removes whole, and so is
// their time from the day totals (the store keeps them until the window has passed).
import type { ScopedItem } from '../store/scope-decision';
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';
import type { BackgroundContext } from './context';

type Removes = NonNullable<Awaited<ReturnType<BackgroundContext['deletions']['removals']>>>;

/** Loads each page of `items` once and says which of them pending deletions remove. */
async function removedOf<T extends ScopedItem & { appActivityId: string }>(
  context: BackgroundContext,
  removes: Removes,
  items: readonly T[],
): Promise<Set<T>> {
  const ids = [...new Set(items.map((item) => item.appActivityId))];
  const records = await Promise.all(ids.map((id) => context.db.get('activities', id)));
  const pages = new Map<string, ActivityRecord | undefined>(ids.map((id, i) => [id, records[i]]));
  return new Set(
    items.filter((item) => {
      const page = pages.get(item.appActivityId);
      return page !== undefined && removes(page, item);
    }),
  );
}

/**
 * The day list's rows (engagements) less those a pending deletion removes. Costs nothing while
 * no deletion is pending.
 */
export async function withoutRemovedEngagements<T extends ScopedItem & { appActivityId: string }>(
  context: BackgroundContext,
  rows: T[],
): Promise<T[]> {
  const removes = await context.deletions.removals();
  if (!removes) return rows;
  const removed = await removedOf(context, removes, rows);
  return removed.size === 0 ? rows : rows.filter((row) => !removed.has(row));
}

/**
 * The engagements started in each [start, end) epoch-ms range less those pending deletions
 * remove: what the day totals add up. One `by-started` read per range; pages are read only
 * while a deletion is pending.
 */
export async function keptEngagements(
  context: BackgroundContext,
  ranges: readonly (readonly [number, number])[],
): Promise<HistoryItemRecord[][]> {
  const removes = await context.deletions.removals();
  return Promise.all(
    ranges.map(async ([start, end]) => {
      const range = IDBKeyRange.bound(start, end, false, true);
      const items = await context.db.getAllFromIndex('historyItems', 'by-started', range);
      if (!removes) return items;
      const removed = await removedOf(context, removes, items);
      return removed.size === 0 ? items : items.filter((item) => !removed.has(item));
    }),
  );
}
