// Deletions waiting out their undo window (src/background/deletion-runner.ts), oldest first, in
// one `kv` singleton: what the list hides and sync holds back until each is applied or undone.
import type { Db } from './db';
import { getKv, putKv } from './kv';
import { decideForRecord, type ScopedItem, type ScopedRecord } from './scope-decision';
import type { HistoryItemRecord, PendingDeletion } from './schema';

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

/**
 * Whether a pending deletion hides this page from the list now (it would remove it whole), and
 * whether it holds back its sync (it touches it at all): the undo window must send nothing.
 */
export function pendingEffect(
  pending: readonly PendingDeletion[],
  record: ScopedRecord,
  items: readonly HistoryItemRecord[],
): 'none' | 'hidden' | 'held' {
  let effect: 'none' | 'hidden' | 'held' = 'none';
  for (const deletion of pending) {
    const decision = decideForRecord(deletion.scope, record, items);
    if (decision.kind === 'page') return 'hidden';
    if (decision.kind === 'items') effect = 'held';
  }
  return effect;
}

/**
 * Whether a pending deletion removes this engagement of `record` (with its page or alone): the
 * history's day list and its day totals leave it out during the undo window. Whether a scope
 * covers one engagement does not depend on the page's others, so it is asked of the page with that
 * engagement alone.
 */
export function pendingRemoves(
  pending: readonly PendingDeletion[],
  record: ScopedRecord,
  item: ScopedItem,
): boolean {
  return pending.some(
    (deletion) => decideForRecord(deletion.scope, record, [item]).kind !== 'none',
  );
}
