import type { IDBPObjectStore } from 'idb';
import type { Db } from '../store/db';
import { getKv, putKv } from '../store/kv';
import {
  countChange,
  type ParkedWrite,
  type TimelineDb,
  type TombstoneRecord,
} from '../store/schema';
import type { ItemVersion, PendingActivity, SyncWrite } from './sync-planner';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './sync-status';
import { pruneWriteLog } from './write-budget';

export async function loadSyncStatus(db: Db): Promise<SyncStatus> {
  return (await getKv(db, 'sync-status')) ?? INITIAL_SYNC_STATUS;
}

export async function saveSyncStatus(db: Db, status: SyncStatus): Promise<void> {
  await putKv(db, 'sync-status', status);
}

export interface SyncBacklog {
  activities: PendingActivity[];
  tombstones: TombstoneRecord[];
}

/** Everything Graph may not have seen: flagged activities with their items, and tombstones. */
export async function loadSyncBacklog(db: Db, limit = 500): Promise<SyncBacklog> {
  const tx = db.transaction(['activities', 'historyItems', 'tombstones'], 'readonly');
  const records = await tx
    .objectStore('activities')
    .index('by-unsynced-changes')
    .getAll(undefined, limit);
  const byActivity = tx.objectStore('historyItems').index('by-activity');
  const activities: PendingActivity[] = [];
  for (const record of records) {
    activities.push({ record, items: await byActivity.getAll(record.appActivityId) });
  }
  const tombstones = await tx.objectStore('tombstones').getAll();
  await tx.done;
  return { activities, tombstones };
}

/**
 * How many records wait for Graph, and how many Graph refused for good: index counts, never a load
 * of the records (the popup asks on every open, with possibly tens of thousands pending).
 */
export async function countBacklog(db: Db): Promise<{ pending: number; parked: number }> {
  const tx = db.transaction(['activities', 'tombstones'], 'readonly');
  const activities = tx.objectStore('activities');
  const [flagged, parkedActivities, tombstones] = await Promise.all([
    activities.index('by-unsynced-changes').count(),
    // A parked activity counts as waiting only once something changed since (unsyncedChanges set).
    activities.index('by-parked').getAllKeys(),
    // Tombstones are deletes not yet acknowledged: few, and parked ones are marked in the record.
    tx.objectStore('tombstones').getAll(),
  ]);
  const pendingKeys = new Set(
    parkedActivities.length > 0 ? await activities.index('by-unsynced-changes').getAllKeys() : [],
  );
  await tx.done;
  const parkedTombstones = tombstones.filter((t) => t.parked).length;
  const parkedFlagged = parkedActivities.filter((key) => pendingKeys.has(key)).length;
  const parked = parkedFlagged + parkedTombstones;
  return { pending: flagged + tombstones.length - parked, parked };
}

/**
 * Notes a write about to be sent, before it goes: it counts against the budget even if we never
 * see the answer, and a first PUT marks that Graph may now hold the activity.
 */
export async function recordSend(db: Db, write: SyncWrite, now: number): Promise<void> {
  const tx = db.transaction(['kv', 'activities'], 'readwrite');
  const kv = tx.objectStore('kv');
  const log = (await getKv(kv, 'sync-write-log')) ?? [];
  await putKv(kv, 'sync-write-log', [...pruneWriteLog(log, now), now]);
  if (write.op === 'put-activity' && write.tombstoneKey === undefined) {
    const activities = tx.objectStore('activities');
    const record = await activities.get(write.appActivityId);
    if (record && record.sync?.serverId === undefined) {
      await activities.put({ ...record, sync: { ...record.sync, sentAt: now } });
    }
  }
  await tx.done;
}

export async function loadWriteLog(db: Db): Promise<number[]> {
  return (await getKv(db, 'sync-write-log')) ?? [];
}

/** Graph refused a write for good: keep it, with the reason, until something changes. */
export async function parkWrite(db: Db, write: SyncWrite, parked: ParkedWrite): Promise<void> {
  const tx = db.transaction(['activities', 'tombstones'], 'readwrite');
  const tombstoneKey = 'tombstoneKey' in write ? write.tombstoneKey : undefined;
  if (tombstoneKey !== undefined) {
    const tombstone = await tx.objectStore('tombstones').get(tombstoneKey);
    if (tombstone) await tx.objectStore('tombstones').put({ ...tombstone, parked });
  } else if (write.op === 'put-activity' || write.op === 'put-history-item') {
    const activities = tx.objectStore('activities');
    const record = await activities.get(write.appActivityId);
    if (record) await activities.put({ ...record, sync: { ...record.sync, parked } });
  }
  await tx.done;
}

/**
 * Graph no longer has the activity a history-item write hung off: forget its id and what it had,
 * so the next pass re-creates it with every engagement.
 */
export async function forgetActivityOnServer(db: Db, appActivityId: string): Promise<void> {
  const tx = db.transaction(['activities', 'historyItems'], 'readwrite');
  const activities = tx.objectStore('activities');
  const record = await activities.get(appActivityId);
  if (record) {
    await activities.put({ ...countChange(record), sync: {} });
    const items = tx.objectStore('historyItems');
    for (const item of await items.index('by-activity').getAll(appActivityId)) {
      const { synced: _dropped, ...unsynced } = item;
      await items.put(unsynced);
    }
  }
  await tx.done;
}

/**
 * Marks activities found in sync as in sync (drops their change counter), unless they changed
 * since they were read: `seen` is the counter the pass read, so a change made meanwhile (counter
 * bumped) keeps the activity in the backlog.
 */
export async function clearChangeCounters(
  db: Db,
  activities: readonly { appActivityId: string; seen?: number }[],
): Promise<void> {
  const tx = db.transaction('activities', 'readwrite');
  for (const { appActivityId, seen } of activities) {
    const record = await tx.store.get(appActivityId);
    if (record?.unsyncedChanges === undefined || record.unsyncedChanges !== seen) continue;
    const { unsyncedChanges: _cleared, ...rest } = record;
    await tx.store.put(rest);
  }
  await tx.done;
}

/** Records what Graph acknowledged, in a transaction of its own (never across the network call). */
export async function acknowledgeWrite(db: Db, write: SyncWrite, serverId?: string): Promise<void> {
  const tx = db.transaction(['activities', 'historyItems', 'tombstones'], 'readwrite');
  const tombstones = tx.objectStore('tombstones');
  switch (write.op) {
    case 'delete-activity':
    case 'delete-history-item':
      await tombstones.delete(write.tombstoneKey);
      break;
    case 'put-activity': {
      if (write.tombstoneKey !== undefined) {
        const tombstone = await tombstones.get(write.tombstoneKey);
        if (tombstone && serverId !== undefined) await tombstones.put({ ...tombstone, serverId });
        break;
      }
      const activities = tx.objectStore('activities');
      const record = await activities.get(write.appActivityId);
      if (record) {
        const sync = { serverId: serverId ?? record.sync?.serverId, bodyHash: write.bodyHash };
        await activities.put({ ...record, sync });
      } else if (serverId !== undefined) {
        // Deleted locally while the PUT was in flight: delete it in Graph too.
        await tombstones.put({
          key: `activity:${write.appActivityId}`,
          kind: 'activity',
          appActivityId: write.appActivityId,
          serverId,
          createdAt: Date.now(),
        });
      }
      await markItemsSynced(tx.objectStore('historyItems'), write.items);
      break;
    }
    case 'put-history-item':
      await markItemsSynced(tx.objectStore('historyItems'), [write.item]);
      break;
  }
  await tx.done;
}

type SyncTxStores = ('activities' | 'historyItems' | 'tombstones')[];
type ItemsStore = IDBPObjectStore<TimelineDb, SyncTxStores, 'historyItems', 'readwrite'>;

/** Records the version Graph accepted; an item that grew meanwhile stays dirty. */
async function markItemsSynced(items: ItemsStore, versions: readonly ItemVersion[]): Promise<void> {
  for (const version of versions) {
    const item = await items.get(version.id);
    if (!item) continue;
    await items.put({
      ...item,
      synced: { lastActiveAt: version.lastActiveAt, activeMs: version.activeMs },
    });
  }
}

/**
 * Ties what is recorded as "in Graph" to one account. When a different account signs in, that
 * record describes another user's Graph: forget it, so everything kept here is published to the new
 * account, and drop deletes queued for the old one. The first sign-in only records the account.
 * Returns true when the state was reset.
 */
export async function bindSyncToAccount(db: Db, accountKey: string): Promise<boolean> {
  const tx = db.transaction(['kv', 'activities', 'historyItems', 'tombstones'], 'readwrite');
  const kv = tx.objectStore('kv');
  const previous = await getKv(kv, 'sync-account');
  await putKv(kv, 'sync-account', accountKey);
  const reset = previous !== undefined && previous !== accountKey;
  if (reset) {
    await kv.delete('sync-status');
    await tx.objectStore('tombstones').clear();
    let activity = await tx.objectStore('activities').openCursor();
    while (activity) {
      const { sync: _forgotten, ...record } = activity.value;
      await activity.update(record.lastActiveAt !== undefined ? countChange(record) : record);
      activity = await activity.continue();
    }
    let item = await tx.objectStore('historyItems').openCursor();
    while (item) {
      const { synced: _forgotten, ...record } = item.value;
      await item.update(record);
      item = await item.continue();
    }
  }
  await tx.done;
  return reset;
}

/**
 * Privacy settings changed: flag every page Graph holds so the next passes PUT it again with what
 * is now published (a PUT replaces the activity's properties, so removed fields are gone). The
 * planner skips a page whose body did not change. Returns how many pages were flagged.
 */
export async function flagPublishedForRepublish(db: Db): Promise<number> {
  const tx = db.transaction('activities', 'readwrite');
  let flagged = 0;
  let cursor = await tx.store.openCursor();
  while (cursor) {
    const record = cursor.value;
    if (record.sync?.serverId !== undefined) {
      await cursor.update(countChange(record));
      flagged++;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return flagged;
}
