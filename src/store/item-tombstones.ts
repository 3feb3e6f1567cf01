// The tombstones of engagements dropped under the minimum (README, Sync): made when one Graph may
// hold is dropped, taken back when it is saved again, and gone with its page when the user deletes
// the page in Graph too (the page's delete removes its engagements there).
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
 * The tombstone of a dropped engagement Graph may hold. Graph's id for its activity, if known;
 * else the page's metadata, with which the sync learns it (sync-planner.ts).
 */
export async function putItemTombstone(
  store: TombstoneStore,
  item: HistoryItemRecord,
  activity: ActivityRecord,
  now: number,
  ledger: CounterLedger,
): Promise<void> {
  const serverId = activity.sync?.serverId;
  const tombstone: TombstoneRecord = {
    key: `item:${item.id}`,
    kind: 'history-item',
    appActivityId: item.appActivityId,
    historyItemId: item.id,
    createdAt: now,
    ...(serverId !== undefined ? { serverId } : { metadata: activity.metadata }),
  };
  ledger.tombstone(await store.get(tombstone.key), tombstone);
  await store.put(tombstone);
}

/**
 * Removes the tombstone of a dropped engagement saved again, and returns when it was made (the
 * saved row's `sentAt`: Graph may still hold the old version until the row is sent), if any.
 */
export async function takeTombstone(
  store: TombstoneStore,
  id: string,
  ledger: CounterLedger,
): Promise<number | undefined> {
  const tombstone = await store.get(`item:${id}`);
  if (!tombstone) return undefined;
  ledger.tombstone(tombstone, undefined);
  await store.delete(tombstone.key);
  return tombstone.createdAt;
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
