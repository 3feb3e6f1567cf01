// Deletions waiting out their undo window (src/background/deletion-runner.ts), oldest first, in
// one `kv` singleton: what the list hides and sync holds back until each is applied or undone.
import type { Db } from './db';
import { getKv, putKv } from './kv';
import type { PendingDeletion } from './schema';

/** The deletions in their undo window, oldest first (none: an empty list). */
export async function loadPendingDeletions(db: Db): Promise<PendingDeletion[]> {
  return (await getKv(db, 'pending-deletions')) ?? [];
}

/** Adds a deletion at the end of the list. */
export async function addPendingDeletion(db: Db, deletion: PendingDeletion): Promise<void> {
  const tx = db.transaction('kv', 'readwrite');
  const list = (await getKv(tx.store, 'pending-deletions')) ?? [];
  await putKv(tx.store, 'pending-deletions', [...list, deletion]);
  await tx.done;
}

/** Removes a pending deletion (undo, or once applied). Returns whether it was still pending. */
export async function removePendingDeletion(db: Db, id: string): Promise<boolean> {
  const tx = db.transaction('kv', 'readwrite');
  const list = (await getKv(tx.store, 'pending-deletions')) ?? [];
  const rest = list.filter((entry) => entry.id !== id);
  await putKv(tx.store, 'pending-deletions', rest);
  await tx.done;
  return rest.length !== list.length;
}
