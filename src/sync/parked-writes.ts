/**
 * Writes Graph refused for good ("parked"): what the user sees about them, and the ways out. A
 * parked write is tried again when its cause may have changed: a new version of the extension or
 * changed settings (automatically, while Graph has refused it fewer than `MAX_AUTOMATIC_RETRIES`
 * times in a row), or the user's "Retry" (always). "Don't publish" keeps the page on this device
 * only. Every change goes through a `CounterLedger` in the same transaction (store/counters.ts).
 */
import type { ParkedEntry } from '../messaging/contract';
import { commitCounters } from '../store/counter-store';
import { CounterLedger } from '../store/counters';
import type { Db } from '../store/db';
import { countChange, type TombstoneRecord } from '../store/schema';

/** After this many refusals in a row, only the user's "Retry" sends the write again. */
export const MAX_AUTOMATIC_RETRIES = 3;

/** Most entries `listParked` returns (newest first): the UI shows a list, not an archive. */
export const MAX_LISTED = 100;

/** Why a retry is allowed: the user asked, or something that may have caused the refusal changed. */
export type RetryTrigger = 'user' | 'update' | 'settings';

/** Every refused write, newest first, at most `MAX_LISTED` (the `by-parked` index, then deletes). */
export async function listParked(db: Db): Promise<ParkedEntry[]> {
  const tx = db.transaction(['activities', 'tombstones'], 'readonly');
  const entries: ParkedEntry[] = [];
  let cursor = await tx.objectStore('activities').index('by-parked').openCursor(null, 'prev');
  while (cursor && entries.length < MAX_LISTED) {
    const { value: record } = cursor;
    const parked = record.sync?.parked;
    if (parked) {
      entries.push({
        key: `activity:${record.appActivityId}`,
        kind: 'publish',
        appActivityId: record.appActivityId,
        title: record.metadata.title,
        url: record.metadata.url,
        ...(record.metadata.siteName ? { siteName: record.metadata.siteName } : {}),
        code: parked.code,
        ...(parked.status !== undefined ? { status: parked.status } : {}),
        at: parked.at,
        refusals: record.sync?.refusals ?? 1,
      });
    }
    cursor = await cursor.continue();
  }
  // Tombstones are few (deletes waiting for Graph); parked ones fewer still.
  for (const tombstone of await tx.objectStore('tombstones').getAll()) {
    if (!tombstone.parked) continue;
    entries.push({
      key: tombstone.key,
      kind: 'delete',
      appActivityId: tombstone.appActivityId,
      title: tombstone.metadata?.title ?? '',
      url: tombstone.metadata?.url ?? '',
      ...(tombstone.metadata?.siteName ? { siteName: tombstone.metadata.siteName } : {}),
      code: tombstone.parked.code,
      ...(tombstone.parked.status !== undefined ? { status: tombstone.parked.status } : {}),
      at: tombstone.parked.at,
      refusals: tombstone.refusals ?? 1,
    });
  }
  await tx.done;
  return entries.sort((a, b) => b.at - a.at).slice(0, MAX_LISTED);
}

/**
 * Lets parked writes go out again on the next pass: all of them (`key` absent) or the one `key`
 * names. An automatic trigger skips writes refused `MAX_AUTOMATIC_RETRIES` times in a row, so a
 * write Graph will never take is not sent on every update; the user's "Retry" always releases.
 * The refusal count is kept (reset only when Graph accepts). Returns how many were released.
 */
export async function retryParked(db: Db, trigger: RetryTrigger, key?: string): Promise<number> {
  const allowed = (refusals: number | undefined): boolean =>
    trigger === 'user' || (refusals ?? 1) < MAX_AUTOMATIC_RETRIES;
  const tx = db.transaction(['activities', 'tombstones', 'kv'], 'readwrite');
  const activities = tx.objectStore('activities');
  const tombstones = tx.objectStore('tombstones');
  const ledger = new CounterLedger();
  let released = 0;
  const parkedIds =
    key === undefined
      ? await activities.index('by-parked').getAllKeys()
      : key.startsWith('activity:')
        ? [key.slice('activity:'.length)]
        : [];
  for (const id of parkedIds) {
    const record = await activities.get(id);
    if (!record?.sync?.parked || !allowed(record.sync.refusals)) continue;
    const { parked: _released, ...sync } = record.sync;
    const next = countChange({ ...record, sync });
    ledger.activity(record, next);
    await activities.put(next);
    released++;
  }
  const refusedDeletes: TombstoneRecord[] =
    key === undefined
      ? await tombstones.getAll()
      : [await tombstones.get(key)].filter((t): t is TombstoneRecord => t !== undefined);
  for (const tombstone of refusedDeletes) {
    if (!tombstone.parked || !allowed(tombstone.refusals)) continue;
    const { parked: _released, ...next } = tombstone;
    ledger.tombstone(tombstone, next);
    await tombstones.put(next);
    released++;
  }
  await commitCounters(tx.objectStore('kv'), ledger);
  await tx.done;
  return released;
}

/**
 * "Don't publish": the refused page stays on this device and is never sent again; if Graph holds
 * an earlier version of it (a known server id), that copy is deleted through a tombstone. A refused
 * delete is dropped (Graph keeps its copy until its own `expirationDateTime`). False when `key` is
 * not a parked write.
 */
export async function keepLocalOnly(db: Db, key: string, now: number): Promise<boolean> {
  const tx = db.transaction(['activities', 'tombstones', 'kv'], 'readwrite');
  const tombstones = tx.objectStore('tombstones');
  const ledger = new CounterLedger();
  let done = false;
  const tombstone = await tombstones.get(key);
  if (tombstone?.parked) {
    ledger.tombstone(tombstone, undefined);
    await tombstones.delete(key);
    done = true;
  } else if (key.startsWith('activity:') && !tombstone) {
    const activities = tx.objectStore('activities');
    const record = await activities.get(key.slice('activity:'.length));
    if (record?.sync?.parked) {
      const { unsyncedChanges: _none, sync: _dropped, ...rest } = record;
      const next = { ...rest, sync: { localOnly: true } };
      ledger.activity(record, next);
      await activities.put(next);
      const serverId = record.sync.serverId;
      if (serverId !== undefined) {
        const copy: TombstoneRecord = {
          key,
          kind: 'activity',
          appActivityId: record.appActivityId,
          serverId,
          createdAt: now,
        };
        ledger.tombstone(undefined, copy);
        await tombstones.put(copy);
      }
      done = true;
    }
  }
  await commitCounters(tx.objectStore('kv'), ledger);
  await tx.done;
  return done;
}
