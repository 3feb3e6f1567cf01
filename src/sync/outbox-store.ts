import type { IDBPObjectStore } from 'idb';
import type { Db } from '../store/db';
import { commitCounters, readCounters } from '../store/counter-store';
import { CounterLedger } from '../store/counters';
import { getKv, putKv } from '../store/kv';
import {
  countChange,
  type ActivityRecord,
  type ParkedWrite,
  type TimelineDb,
  type TombstoneRecord,
} from '../store/schema';
import type { ParkTarget, PendingActivity, SyncWrite } from './sync-writes';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './sync-status';
import { appendWriteLog } from './write-log-store';
import { chooseWindow } from './sync-window';

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

type ActivitiesStore = IDBPObjectStore<
  TimelineDb,
  ('activities' | 'historyItems' | 'tombstones')[],
  'activities'
>;

/**
 * Up to `limit` flagged pages, chosen by `chooseWindow` once more wait (F-sync-3, F-sync-5): all
 * of them when they fit; else from keys alone (flagged, by recency, parked: three key reads however
 * large the store), with `blocked` (pages whose delete waits) held back like refused pages.
 */
async function pendingWindow(
  pages: ActivitiesStore,
  limit: number,
  blocked: readonly string[],
): Promise<ActivityRecord[]> {
  const flagged = pages.index('by-unsynced-changes');
  if ((await flagged.count()) <= limit) return flagged.getAll(undefined, limit);
  const ids = chooseWindow(
    {
      flagged: await flagged.getAllKeys(),
      byRecency: await pages.index('by-last-active').getAllKeys(),
      held: new Set([...(await pages.index('by-parked').getAllKeys()), ...blocked]),
    },
    limit,
  );
  const records = await Promise.all(ids.map((id) => pages.get(id)));
  return records.filter((record) => record !== undefined);
}

/** Everything Graph may not have seen: flagged activities with their items, and tombstones. */
export async function loadSyncBacklog(db: Db, limit = 500): Promise<SyncBacklog> {
  const tx = db.transaction(['activities', 'historyItems', 'tombstones'], 'readonly');
  const stored = await tx.objectStore('tombstones').getAll();
  const blocked = stored.filter((t) => t.kind === 'activity').map((t) => t.appActivityId);
  const records = await pendingWindow(tx.objectStore('activities'), limit, blocked);
  const byActivity = tx.objectStore('historyItems').index('by-activity');
  const activities: PendingActivity[] = [];
  for (const record of records) {
    activities.push({ record, items: await byActivity.getAll(record.appActivityId) });
  }
  // A dropped engagement's delete made before Graph's id for its page was known takes the id the
  // page has learnt since, if any (else the planner learns it: sync-planner.ts).
  const pages = tx.objectStore('activities');
  const tombstones = await Promise.all(
    stored.map(async (tombstone) => {
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
