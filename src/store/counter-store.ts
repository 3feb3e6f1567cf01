import type { CounterLedger, StoreCounters } from './counters';
import { countRecords, ZERO_COUNTERS } from './counters';
import type { Db } from './db';
import { getKv, putKv, type KvStore } from './kv';

/**
 * Adds a ledger's changes to the stored counters, in the transaction `kv` belongs to: call it
 * before that transaction ends, after noting every record it writes.
 */
export async function commitCounters(kv: KvStore, ledger: CounterLedger): Promise<void> {
  if (ledger.empty) return;
  await putKv(kv, 'counters', ledger.applyTo((await getKv(kv, 'counters')) ?? ZERO_COUNTERS));
}

/** The counters as stored: one read, whatever the size of the history. */
export async function readCounters(source: Db | Pick<KvStore, 'get'>): Promise<StoreCounters> {
  return (await getKv(source, 'counters')) ?? ZERO_COUNTERS;
}

/** Derives the counters from every record (loads them all: for tests and checks, never the UI). */
export async function recountStore(db: Db): Promise<StoreCounters> {
  const tx = db.transaction(['activities', 'tombstones', 'historyItems'], 'readonly');
  const [activities, tombstones, items] = await Promise.all([
    tx.objectStore('activities').getAll(),
    tx.objectStore('tombstones').getAll(),
    tx.objectStore('historyItems').getAll(),
    tx.done,
  ]);
  return countRecords(activities, tombstones, items);
}
