import type { IDBPTransaction } from 'idb';
import type {
  ClosedTab,
  Engagement,
  TrackerEffect,
  TrackerState,
} from '../tracking/engagement-types';
import { commitCounters } from './counter-store';
import { CounterLedger } from './counters';
import type { Db } from './db';
import { deletedReadingsFor } from './deleted-readings';
import { graphMayHold, putItemTombstone, takeTombstone } from './item-tombstones';
import { getKv, putKv } from './kv';
import {
  countChange,
  TRACKER_STATE_KEY,
  type HistoryItemRecord,
  type RelayReadRecord,
  type TimelineDb,
} from './schema';
import { withIndexKeys } from './search-keys';

/**
 * The tracker's last committed state, or undefined on a first start (the reducer's initial state
 * then).
 */
export async function loadTrackerState(db: Db): Promise<TrackerState | undefined> {
  return getKv(db, TRACKER_STATE_KEY);
}

/**
 * Notes that the tab holding the open interval was heard closing (see ClosedTab): one small write
 * of its own, started before the transition that closes the interval, so that it is likelier to
 * be committed when a quit ends the worker right after.
 */
export async function noteClosedTab(db: Db, closed: ClosedTab): Promise<void> {
  await putKv(db, 'tracker-closed-tab', closed);
}

/** The last ClosedTab noted, for the next browser start; undefined if none ever was. */
export async function loadClosedTab(db: Db): Promise<ClosedTab | undefined> {
  return getKv(db, 'tracker-closed-tab');
}

/**
 * Persists a tracker transition atomically: the new state and the engagements it produced land in
 * one transaction, so a worker killed at any moment neither loses nor double-counts time. Reads
 * for the organisation relay's outbox (`relayReads`) are queued in the same transaction, each once.
 * An engagement the user deleted is never written again (deleted-readings.ts).
 */
export async function commitTransition(
  db: Db,
  state: TrackerState,
  effects: readonly TrackerEffect[],
  userTimezone: string,
  relayReads: readonly RelayReadRecord[] = [],
): Promise<void> {
  const tx = db.transaction(
    ['kv', 'historyItems', 'activities', 'relayReads', 'tombstones'],
    'readwrite',
  );
  const kv = tx.objectStore('kv');
  await putKv(kv, TRACKER_STATE_KEY, state);
  const deleted = await deletedReadingsFor(kv, state);
  const outbox = tx.objectStore('relayReads');
  for (const read of relayReads) {
    if (deleted?.has(read.id)) continue;
    if ((await outbox.getKey(read.id)) === undefined) await outbox.put(read);
  }
  const items = tx.objectStore('historyItems');
  const activities = tx.objectStore('activities');
  const ledger = new CounterLedger();
  for (const effect of effects) {
    const { engagement } = effect;
    // The user deleted it, the tracker not told yet: it stays deleted.
    if (deleted?.has(engagement.id)) continue;
    // Not reading (under the minimum): a row saved earlier goes, with what hangs on it.
    if ((effect.type === 'engagement-ended' && !effect.kept) || effect.type === 'drop-engagement') {
      await dropEngagement(tx, engagement, ledger, state.lastEventAt);
      continue;
    }
    const activity = await activities.get(engagement.appActivityId);
    // The user deleted this page while reading it: respect that and do not bring it back.
    if (!activity) continue;
    const existing = await items.get(engagement.id);
    // Saved again after a drop: its PUT replaces what Graph may hold, so the delete is moot.
    const taken = existing
      ? { sentAt: existing.sentAt }
      : await takeTombstone(tx.objectStore('tombstones'), engagement.id, ledger);
    // Deleted by the user from Graph too: never written again, told to the tracker or not.
    if (taken === 'deleted') continue;
    const { sentAt } = taken;
    const record: HistoryItemRecord = {
      id: engagement.id,
      appActivityId: engagement.appActivityId,
      startedAt: engagement.startedAt,
      lastActiveAt: engagement.lastActiveAt,
      activeMs: engagement.activeMs,
      userTimezone: existing?.userTimezone ?? userTimezone,
      ended: effect.type === 'engagement-ended',
      ...(sentAt !== undefined ? { sentAt } : {}),
    };
    ledger.item(existing, record);
    await items.put(record);
    const updated = withIndexKeys(
      countChange({
        ...activity,
        lastActiveAt: Math.max(activity.lastActiveAt ?? 0, engagement.lastActiveAt),
      }),
    );
    ledger.activity(activity, updated);
    await activities.put(updated);
  }
  await commitCounters(kv, ledger);
  await tx.done;
}

type TransitionTx = IDBPTransaction<
  TimelineDb,
  ('kv' | 'historyItems' | 'activities' | 'relayReads' | 'tombstones')[],
  'readwrite'
>;

/**
 * An engagement saved once, now under the minimum (time taken back as another page's, or ended
 * short): it is not reading (docs/reading-time.md), so its row goes, with any read of it queued
 * for the organisation relay, and its page is listed as read only if another engagement keeps it
 * so. If a version of it was ever sent to Graph, a tombstone (`item:<id>`, created at `now`) has
 * the sync delete it there. Nothing is done when no row was saved.
 */
async function dropEngagement(
  tx: TransitionTx,
  engagement: Engagement,
  ledger: CounterLedger,
  now: number,
): Promise<void> {
  const items = tx.objectStore('historyItems');
  const item = await items.get(engagement.id);
  if (!item) return;
  ledger.item(item, undefined);
  await items.delete(engagement.id);
  await tx.objectStore('relayReads').delete(engagement.id);
  const activities = tx.objectStore('activities');
  const activity = await activities.get(engagement.appActivityId);
  if (!activity) return;
  if (graphMayHold(item, activity)) {
    await putItemTombstone(tx.objectStore('tombstones'), item, activity, now, ledger);
  }
  const others = await items.index('by-activity').getAll(engagement.appActivityId);
  const { lastActiveAt: _dropped, ...rest } = activity;
  const updated = withIndexKeys(
    others.length === 0
      ? rest
      : { ...rest, lastActiveAt: Math.max(...others.map((item) => item.lastActiveAt)) },
  );
  ledger.activity(activity, updated);
  await activities.put(updated);
}
