// Graph's answers to the sync pass's writes, recorded in the store (sync-engine.ts sends them).
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import type { Db } from '../store/db';
import { commitCounters } from '../store/counter-store';
import { CounterLedger } from '../store/counters';
import { getKv } from '../store/kv';
import type { TimelineDb, TombstoneRecord } from '../store/schema';
import type { ItemVersion, SyncWrite } from './sync-writes';

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
      await acknowledgePagePut(tx, ledger, write, serverId);
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
type SyncTx = IDBPTransaction<TimelineDb, SyncTxStores, 'readwrite'>;

/**
 * A page's PUT answered. A delete from Timeline asked while it was in flight (`activity:<id>`)
 * takes the server id, so it needs no learning PUT; the record (bare, or read again) stays for
 * after it. A record gone with no such delete was deleted here only (Timeline kept, sign-out's
 * clear): Graph's copy stays (F-sync-1), unless another device's marker deleted it from Graph:
 * only a marker covering an engagement this PUT carried (started up to its time, the marker's own
 * rule in devices/merge.ts) says so; an older one is about earlier readings (F-sync-4).
 */
async function acknowledgePagePut(
  tx: SyncTx,
  ledger: CounterLedger,
  write: { appActivityId: string; bodyHash: string; items: readonly ItemVersion[] },
  serverId: string | undefined,
): Promise<void> {
  const { appActivityId, bodyHash } = write;
  const tombstones = tx.objectStore('tombstones');
  const key = `activity:${appActivityId}` as const;
  const pendingDelete = await tombstones.get(key);
  if (pendingDelete) {
    if (serverId !== undefined && pendingDelete.serverId === undefined) {
      const known = { ...pendingDelete, serverId };
      ledger.tombstone(pendingDelete, known);
      await tombstones.put(known);
    }
    return;
  }
  const activities = tx.objectStore('activities');
  const record = await activities.get(appActivityId);
  if (record) {
    const acknowledged = {
      ...record,
      sync: { serverId: serverId ?? record.sync?.serverId, bodyHash },
    };
    ledger.activity(record, acknowledged);
    await activities.put(acknowledged);
    return;
  }
  const markers = await getKv(tx.objectStore('kv'), 'device-deletions');
  const markedAt = markers?.[appActivityId];
  if (serverId === undefined || markedAt === undefined) return;
  if (!write.items.some((item) => item.startedAt <= markedAt)) return;
  // Another device deleted it from Graph while this PUT brought it back: delete it again.
  const tombstone: TombstoneRecord = {
    key,
    kind: 'activity',
    appActivityId,
    serverId,
    createdAt: Date.now(),
  };
  ledger.tombstone(undefined, tombstone);
  await tombstones.put(tombstone);
}

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
