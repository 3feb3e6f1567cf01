import type { IDBPObjectStore } from 'idb';
import type { Db } from '../store/db';
import { commitCounters, readCounters } from '../store/counter-store';
import { CounterLedger } from '../store/counters';
import { getKv, putKv } from '../store/kv';
import {
  countChange,
  type ParkedWrite,
  type TimelineDb,
  type TombstoneRecord,
} from '../store/schema';
import type { ItemVersion, ParkTarget, PendingActivity, SyncWrite } from './sync-writes';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './sync-status';
import { appendWriteLog } from './write-log-store';

/** The sync status the popup shows: INITIAL_SYNC_STATUS before the first pass. */
export async function loadSyncStatus(db: Db): Promise<SyncStatus> {
  return (await getKv(db, 'sync-status')) ?? INITIAL_SYNC_STATUS;
}

/** Stores the sync status. */
export async function saveSyncStatus(db: Db, status: SyncStatus): Promise<void> {
  await putKv(db, 'sync-status', status);
}

/** What a sync pass has to send: pages flagged for Graph with their items, and tombstones. */
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
  // A dropped engagement's delete made before Graph's id for its page was known takes the id the
  // page has learnt since, if any (else the planner learns it: sync-planner.ts).
  const pages = tx.objectStore('activities');
  const tombstones = await Promise.all(
    (await tx.objectStore('tombstones').getAll()).map(async (tombstone) => {
      if (tombstone.kind !== 'history-item' || tombstone.serverId !== undefined) return tombstone;
      const serverId = (await pages.get(tombstone.appActivityId))?.sync?.serverId;
      return serverId === undefined ? tombstone : { ...tombstone, serverId };
    }),
  );
  await tx.done;
  return { activities, tombstones };
}

/**
 * How many records wait for Graph, and how many Graph refused for good: from the counters kept
 * beside the records (store/counters.ts), one read however long the backlog (the popup asks on
 * every open, with possibly tens of thousands pending).
 */
export async function countBacklog(db: Db): Promise<{ pending: number; parked: number }> {
  const counters = await readCounters(db);
  const parked = counters.unsyncedParked + counters.parkedTombstones;
  return { pending: counters.unsynced + counters.tombstones - parked, parked };
}

/**
 * Notes a write about to be sent, before it goes: it counts against the budget even if we never
 * see the answer, a first PUT marks that Graph may now hold the activity, and each engagement it
 * carries is marked sent (`sentAt`: dropped later, it is deleted in Graph). Returns false, noting
 * nothing, when an engagement it carries is gone since the plan (dropped or deleted): the caller
 * must not send it, but plan again. One transaction, so a drop lands wholly before or after it.
 */
export async function recordSend(db: Db, write: SyncWrite, now: number): Promise<boolean> {
  const tx = db.transaction(['kv', 'activities', 'historyItems'], 'readwrite');
  const carried =
    write.op === 'put-activity' ? write.items : write.op === 'put-history-item' ? [write.item] : [];
  const items = tx.objectStore('historyItems');
  const records = await Promise.all(carried.map((version) => items.get(version.id)));
  if (records.some((record) => record === undefined)) {
    await tx.done;
    return false;
  }
  for (const record of records) {
    if (record && record.sentAt === undefined) await items.put({ ...record, sentAt: now });
  }
  const kv = tx.objectStore('kv');
  await appendWriteLog(kv, now);
  if (write.op === 'put-activity' && write.tombstoneKey === undefined) {
    const activities = tx.objectStore('activities');
    const record = await activities.get(write.appActivityId);
    if (record && record.sync?.serverId === undefined) {
      const sent = { ...record, sync: { ...record.sync, sentAt: now } };
      await activities.put(sent);
      await commitCounters(kv, new CounterLedger().activity(record, sent));
    }
  }
  await tx.done;
  return true;
}

/**
 * Graph refused a write for good, or the planner refused to send it (`SyncPlan.unsafe`): keep it,
 * with the reason, until something changes
 * (sync/parked-writes.ts releases it), and count the refusals in a row (reset on acceptance).
 */
export async function parkWrite(
  db: Db,
  write: SyncWrite | ParkTarget,
  parked: ParkedWrite,
): Promise<void> {
  const tx = db.transaction(['activities', 'tombstones', 'kv'], 'readwrite');
  const ledger = new CounterLedger();
  const tombstoneKey = 'tombstoneKey' in write ? write.tombstoneKey : undefined;
  if (tombstoneKey !== undefined) {
    const tombstone = await tx.objectStore('tombstones').get(tombstoneKey);
    if (tombstone) {
      const refused = { ...tombstone, parked, refusals: (tombstone.refusals ?? 0) + 1 };
      ledger.tombstone(tombstone, refused);
      await tx.objectStore('tombstones').put(refused);
    }
  } else if ('op' in write && (write.op === 'put-activity' || write.op === 'put-history-item')) {
    const activities = tx.objectStore('activities');
    const record = await activities.get(write.appActivityId);
    if (record) {
      // A refused history-item write is held against the body Graph last accepted: it goes again
      // when the page's details change or the user (or a new version) releases it.
      const held = { bodyHash: record.sync?.bodyHash, ...parked };
      const refusals = (record.sync?.refusals ?? 0) + 1;
      const refused = { ...record, sync: { ...record.sync, parked: held, refusals } };
      ledger.activity(record, refused);
      await activities.put(refused);
    }
  }
  await commitCounters(tx.objectStore('kv'), ledger);
  await tx.done;
}

/**
 * Graph no longer has the activity a history-item write hung off: forget its id and what it had,
 * so the next pass re-creates it with every engagement.
 */
export async function forgetActivityOnServer(db: Db, appActivityId: string): Promise<void> {
  const tx = db.transaction(['activities', 'historyItems', 'kv'], 'readwrite');
  const activities = tx.objectStore('activities');
  const record = await activities.get(appActivityId);
  if (record) {
    const forgotten = { ...countChange(record), sync: {} };
    await activities.put(forgotten);
    await commitCounters(tx.objectStore('kv'), new CounterLedger().activity(record, forgotten));
    const items = tx.objectStore('historyItems');
    for (const item of await items.index('by-activity').getAll(appActivityId)) {
      const { synced: _dropped, sentAt: _sent, ...unsynced } = item;
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
  const tx = db.transaction(['activities', 'kv'], 'readwrite');
  const store = tx.objectStore('activities');
  const ledger = new CounterLedger();
  for (const { appActivityId, seen } of activities) {
    const record = await store.get(appActivityId);
    if (record?.unsyncedChanges === undefined || record.unsyncedChanges !== seen) continue;
    const { unsyncedChanges: _cleared, ...rest } = record;
    ledger.activity(record, rest);
    await store.put(rest);
  }
  await commitCounters(tx.objectStore('kv'), ledger);
  await tx.done;
}

/** Records what Graph acknowledged, in a transaction of its own (never across the network call). */
export async function acknowledgeWrite(db: Db, write: SyncWrite, serverId?: string): Promise<void> {
  const tx = db.transaction(['activities', 'historyItems', 'tombstones', 'kv'], 'readwrite');
  const tombstones = tx.objectStore('tombstones');
  const ledger = new CounterLedger();
  switch (write.op) {
    case 'delete-activity':
    case 'delete-history-item':
      ledger.tombstone(await tombstones.get(write.tombstoneKey), undefined);
      await tombstones.delete(write.tombstoneKey);
      break;
    case 'put-activity': {
      if (write.tombstoneKey !== undefined) {
        const tombstone = await tombstones.get(write.tombstoneKey);
        if (tombstone && serverId !== undefined) {
          const known = { ...tombstone, serverId };
          ledger.tombstone(tombstone, known);
          await tombstones.put(known);
        }
        break;
      }
      const activities = tx.objectStore('activities');
      const record = await activities.get(write.appActivityId);
      if (record) {
        const sync = { serverId: serverId ?? record.sync?.serverId, bodyHash: write.bodyHash };
        const acknowledged = { ...record, sync };
        ledger.activity(record, acknowledged);
        await activities.put(acknowledged);
      } else if (serverId !== undefined) {
        // Deleted locally while the PUT was in flight: delete it in Graph too.
        const tombstone: TombstoneRecord = {
          key: `activity:${write.appActivityId}`,
          kind: 'activity',
          appActivityId: write.appActivityId,
          serverId,
          createdAt: Date.now(),
        };
        ledger.tombstone(await tombstones.get(tombstone.key), tombstone);
        await tombstones.put(tombstone);
      }
      await markItemsSynced(tx.objectStore('historyItems'), write.items);
      break;
    }
    case 'put-history-item':
      await markItemsSynced(tx.objectStore('historyItems'), [write.item]);
      break;
  }
  await commitCounters(tx.objectStore('kv'), ledger);
  await tx.done;
}

type SyncTxStores = ('activities' | 'historyItems' | 'tombstones' | 'kv')[];
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
