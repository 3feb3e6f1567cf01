// The history's day list during a deletion's undo window: the engagements it removes are left
// out at once, those of pages it trims as well as those of pages it removes whole, and so is
// their time from the day totals (the store keeps them until the window has passed).
import type { ScopedItem } from '../store/scope-decision';
import type { ActivityRecord } from '../store/schema';
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
 * The engaged ms pending deletions remove from each [start, end) range of engagement starts:
 * what the day totals leave out. All zero (and no read) while no deletion is pending.
 */
export async function removedTime(
  context: BackgroundContext,
  ranges: readonly (readonly [number, number])[],
): Promise<number[]> {
  const removes = await context.deletions.removals();
  if (!removes) return ranges.map(() => 0);
  return Promise.all(
    ranges.map(async ([start, end]) => {
      const range = IDBKeyRange.bound(start, end, false, true);
      const items = await context.db.getAllFromIndex('historyItems', 'by-started', range);
      const removed = await removedOf(context, removes, items);
      return [...removed].reduce((sum, item) => sum + item.activeMs, 0);
    }),
  );
}
