// The tombstones of engagements gone here that Graph may hold (docs/sync.md): dropped under the
// minimum (taken back when saved again) or deleted by the user from the Timeline too; gone with
// their page when the user deletes the page in Graph too (the page's delete removes them there).
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { CounterLedger } from './counters';
import type { ActivityRecord, HistoryItemRecord, TimelineDb, TombstoneRecord } from './schema';

/** The `tombstones` store in a read-write transaction over any stores. */
export type TombstoneStore = IDBPObjectStore<
  TimelineDb,
  StoreNames<TimelineDb>[],
  'tombstones',
  'readwrite'
>;

/**
 * Whether Graph may hold a version of `item`: it was sent once (`sentAt` is kept as it grows,
 * `synced` is not), even if the answer was lost, and its page is not "Don't publish" (whose
 * deletes would re-send the page to learn its id).
 */
export function graphMayHold(item: HistoryItemRecord, activity: ActivityRecord): boolean {
  return (item.sentAt !== undefined || item.synced !== undefined) && !activity.sync?.localOnly;
}

/**
 * The tombstone (`item:<id>`, made at `now`) of an engagement gone here that Graph may hold:
 * Graph's id for its activity, if known; else the page's metadata, with which the sync learns it
 * by one PUT (sync-planner.ts).
 */
export function itemTombstone(
  item: HistoryItemRecord,
  activity: ActivityRecord,
  now: number,
): TombstoneRecord {
  const serverId = activity.sync?.serverId;
  return {
    key: `item:${item.id}`,
    kind: 'history-item',
    appActivityId: item.appActivityId,
    historyItemId: item.id,
    createdAt: now,
    ...(serverId !== undefined ? { serverId } : { metadata: activity.metadata }),
  };
}

/** Writes the tombstone of a dropped engagement Graph may hold (`itemTombstone`). */
export async function putItemTombstone(
  store: TombstoneStore,
  item: HistoryItemRecord,
  activity: ActivityRecord,
  now: number,
  ledger: CounterLedger,
): Promise<void> {
  const tombstone = itemTombstone(item, activity, now);
  ledger.tombstone(await store.get(tombstone.key), tombstone);
  await store.put(tombstone);
}

/**
 * What the tracker saving engagement `id` (no row saved) finds. A dropped engagement saved again:
 * its tombstone is removed, and when it was made is the row's `sentAt` (Graph may still hold the
 * old version until the row is sent); `{}` when there is none. A user's tombstone (`byUser`) is
 * never taken: `'deleted'`, and the save must not happen (what the user deleted stays deleted).
 */
export async function takeTombstone(
  store: TombstoneStore,
  id: string,
  ledger: CounterLedger,
): Promise<{ sentAt?: number } | 'deleted'> {
  const tombstone = await store.get(`item:${id}`);
  if (!tombstone) return {};
  if (tombstone.byUser) return 'deleted';
  ledger.tombstone(tombstone, undefined);
  await store.delete(tombstone.key);
  return { sentAt: tombstone.createdAt };
}

/**
 * Removes the dropped engagements' tombstones of `pages` (appActivityIds) deleted whole in Graph:
 * the page's own delete removes them there, and their id would cost a PUT of the deleted page.
 */
export async function dropItemTombstonesOf(
  store: TombstoneStore,
  pages: ReadonlySet<string>,
  ledger: CounterLedger,
): Promise<void> {
  if (pages.size === 0) return;
  for (const tombstone of await store.getAll()) {
    if (tombstone.kind !== 'history-item' || !pages.has(tombstone.appActivityId)) continue;
    ledger.tombstone(tombstone, undefined);
    await store.delete(tombstone.key);
  }
}
