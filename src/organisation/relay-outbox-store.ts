import type { Db } from '../store/db';
import { getKv, putKv } from '../store/kv';
import type { RelayReadRecord, RelaySites, RelayStatus } from '../store/schema';

/** The organisation relay's outbox in IndexedDB (`relayReads`, DB version 5) and its kv state. */

export const INITIAL_RELAY_STATUS: RelayStatus = { attempt: 0, delivered: 0 };

/**
 * Queues reads, each at most once: a read already queued (same engagement id) is left as it is,
 * so saving an engagement again never queues it twice. Runs in its own transaction; the tracker
 * queues inside its commit instead (store/tracker-store.ts), so a killed worker loses nothing.
 */
export async function queueRelayReads(db: Db, reads: readonly RelayReadRecord[]): Promise<void> {
  const tx = db.transaction('relayReads', 'readwrite');
  for (const read of reads) {
    if ((await tx.store.getKey(read.id)) === undefined) await tx.store.put(read);
  }
  await tx.done;
}

/** The oldest `limit` queued reads. */
export async function loadQueuedReads(db: Db, limit: number): Promise<RelayReadRecord[]> {
  return db.getAllFromIndex('relayReads', 'by-queued', undefined, limit);
}

/** How many reads wait for the relay. */
export async function countQueuedReads(db: Db): Promise<number> {
  return db.count('relayReads');
}

/** Prunes reads the relay acknowledged: nothing delivered stays on this device. */
export async function removeRelayReads(db: Db, ids: readonly string[]): Promise<void> {
  const tx = db.transaction('relayReads', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

/** Forgets every queued read (the relay was removed from the settings). */
export async function clearRelayReads(db: Db): Promise<void> {
  await db.clear('relayReads');
}

/** The relay's delivery status: INITIAL_RELAY_STATUS before the first attempt. */
export async function loadRelayStatus(db: Db): Promise<RelayStatus> {
  return (await getKv(db, 'relay-status')) ?? INITIAL_RELAY_STATUS;
}

/** Stores the relay's delivery status. */
export async function saveRelayStatus(db: Db, status: RelayStatus): Promise<void> {
  await putKv(db, 'relay-status', status);
}

/** The sites the relay last said it wants reads from, or undefined before it has said. */
export async function loadRelaySites(db: Db): Promise<RelaySites | undefined> {
  return getKv(db, 'relay-sites');
}

/** Stores the sites the relay wants reads from. */
export async function saveRelaySites(db: Db, sites: RelaySites): Promise<void> {
  await putKv(db, 'relay-sites', sites);
}
