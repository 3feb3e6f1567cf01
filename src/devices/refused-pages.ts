// Pages read back from Graph that this device's never-record rules refuse (merge.ts `refused`):
// another device still on an older version published them (a reset link, a sign-in page). They
// are not kept here (pull-store.ts), and since this is the user's own Timeline they are deleted
// there too, by the id the listing gave, the way the start-up sweep deletes this device's own
// (background/url-sweep.ts).
import type { CounterLedger } from '../store/counters';
import type { TombstoneStore } from '../store/item-tombstones';
import type { TombstoneRecord } from '../store/schema';

/**
 * Deletes from Graph a pulled page the never-record rules refuse, which a device on an older
 * version published: a tombstone by the server id Graph just listed, sent by the sync from the
 * outbox as the user's deletions and the start-up sweep's are (its budget, retries, parking).
 * This user's own Timeline, so nothing is asked. A delete already waiting for the page by its id
 * (the page listed again before the delete went) stays as it is; one without the id (the sweep's,
 * whose PUT was never answered) is replaced by this one, which needs no PUT to learn it.
 */
export async function deleteRefused(
  tombstones: TombstoneStore,
  entry: { appActivityId: string; serverId: string },
  ledger: CounterLedger,
): Promise<void> {
  const key = `activity:${entry.appActivityId}`;
  const waiting = await tombstones.get(key);
  if (waiting?.serverId !== undefined) return;
  const tombstone: TombstoneRecord = {
    key,
    kind: 'activity',
    appActivityId: entry.appActivityId,
    serverId: entry.serverId,
    createdAt: Date.now(),
  };
  ledger.tombstone(waiting, tombstone);
  await tombstones.put(tombstone);
}
