// What makes every page be published again: a different account signing in, or privacy settings
// that change what is sent. Both rewrite the sync state in one transaction with the counters.
import type { Db } from '../store/db';
import { commitCounters, readCounters } from '../store/counter-store';
import { CounterLedger } from '../store/counters';
import { getKv, putKv, type KvStore } from '../store/kv';
import { countChange, type KvKey } from '../store/schema';

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
    const ledger = new CounterLedger().cleared('tombstones', await readCounters(kv));
    await kv.delete('sync-status');
    await tx.objectStore('tombstones').clear();
    await forgetOtherAccountDevices(kv);
    let activity = await tx.objectStore('activities').openCursor();
    while (activity) {
      const { sync, ...rest } = activity.value;
      // "Don't publish" was the user's word about the page, not about the account: it stays.
      const record = sync?.localOnly ? { ...rest, sync: { localOnly: true } } : rest;
      const next =
        record.lastActiveAt !== undefined && !sync?.localOnly ? countChange(record) : record;
      ledger.activity(activity.value, next);
      await activity.update(next);
      activity = await activity.continue();
    }
    await commitCounters(kv, ledger);
    let item = await tx.objectStore('historyItems').openCursor();
    while (item) {
      const { synced: _forgotten, sentAt: _sent, ...record } = item.value;
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
  const tx = db.transaction(['activities', 'kv'], 'readwrite');
  const ledger = new CounterLedger();
  let flagged = 0;
  let cursor = await tx.objectStore('activities').openCursor();
  while (cursor) {
    const record = cursor.value;
    if (record.sync?.serverId !== undefined) {
      const changed = countChange(record);
      ledger.activity(record, changed);
      await cursor.update(changed);
      flagged++;
    }
    cursor = await cursor.continue();
  }
  await commitCounters(tx.objectStore('kv'), ledger);
  await tx.done;
  return flagged;
}

/**
 * Reading back from Graph belonged to the old account too (F-devices-3): its listing cursor would
 * skip what the new account's devices wrote before it, its markers and names are of other pages and
 * devices. This browser's node stays (it is the browser's); its name is published again.
 */
async function forgetOtherAccountDevices(
  kv: KvStore & { delete(key: KvKey): Promise<void> },
): Promise<void> {
  for (const key of [
    'devices-pull',
    'device-deletions',
    'device-names',
    'device-marker-outbox',
  ] as const)
    await kv.delete(key);
  const identity = await getKv(kv, 'device-identity');
  if (identity?.publishedLabel !== undefined) {
    const { publishedLabel: _old, ...rest } = identity;
    await putKv(kv, 'device-identity', rest);
  }
}
