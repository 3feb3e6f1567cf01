/**
 * The IndexedDB side of reading back: each listing page is merged (merge.ts) and the pull state
 * saved in ONE transaction, with the counters (store/counters.ts) changed beside the records, so a
 * worker stopped between pages resumes at the stored next link and a page applied twice changes
 * nothing the second time.
 */
import { commitCounters } from '../store/counter-store';
import { CounterLedger } from '../store/counters';
import type { Db } from '../store/db';
import { getKv, putKv } from '../store/kv';
import { bareRecord, noteDeletedReadings, shownPages } from '../store/deleted-readings';
import { droppedPulled } from '../store/dropped-pulled';
import { dropItemTombstonesOf } from '../store/item-tombstones';
import {
  TRACKER_STATE_KEY,
  type DeviceIdentity,
  type HistoryItemRecord,
  type PullState,
} from '../store/schema';
import type { DeletedEngagement, TrackerState } from '../tracking/engagement-types';
import { withIndexKeys } from '../store/search-keys';
import { pruneWriteLog } from '../sync/write-budget';
import { appendWriteLog } from '../sync/write-log-store';
import { applyDeletionMarker, mergeRemotePage, type LocalPage, type MergeRules } from './merge';
import { deleteRefused } from './refused-pages';
import type { RemoteEntry } from './remote-activity';

/** Before the first read back: nothing read, no next link. */
export const INITIAL_PULL_STATE: PullState = { readLog: [], attempt: 0 };

/** What one page changed here. */
export interface PageApplied {
  /** Pages added or given engagements from elsewhere. */
  pulledActivities: number;
  pulledEngagements: number;
  /** Pages removed whole by deletion markers. */
  deletedPages: number;
  /** Pages the never-record rules refuse: not kept, and deleted from Graph (merge.ts). */
  refusedPages: number;
}

/**
 * Where reading back stands (the next listing link, the read log): INITIAL_PULL_STATE before the
 * first pass.
 */
export async function loadPullState(db: Db): Promise<PullState> {
  return (await getKv(db, 'devices-pull')) ?? INITIAL_PULL_STATE;
}

/** Stores where reading back stands, alone (a page's merge saves it in its own transaction). */
export async function savePullState(db: Db, state: PullState): Promise<void> {
  await putKv(db, 'devices-pull', state);
}

/**
 * This install's identity, created once (`create` is called only when none is stored). `revise`
 * may replace a stored one (e.g. an old default name); the replacement is kept when it differs.
 */
export async function deviceIdentity(
  db: Db,
  create: () => DeviceIdentity,
  revise: (stored: DeviceIdentity) => DeviceIdentity = (stored) => stored,
): Promise<DeviceIdentity> {
  const tx = db.transaction('kv', 'readwrite');
  const kv = tx.objectStore('kv');
  const stored = await getKv(kv, 'device-identity');
  const identity = stored ? revise(stored) : create();
  if (identity !== stored) await putKv(kv, 'device-identity', identity);
  await tx.done;
  return identity;
}

/** This install's identity as stored; undefined before the worker's first start created it. */
export async function storedDeviceIdentity(db: Db): Promise<DeviceIdentity | undefined> {
  return getKv(db, 'device-identity');
}

/** Stores this device's id and name, which deletion markers and device entries carry. */
export async function saveDeviceIdentity(db: Db, identity: DeviceIdentity): Promise<void> {
  await putKv(db, 'device-identity', identity);
}

/** Other devices' names by node. */
export async function deviceNames(db: Db): Promise<Record<string, string>> {
  return (await getKv(db, 'device-names')) ?? {};
}

/**
 * Merges one listing page and stores `state` with it. Markers are applied first, so a page and its
 * deletion in the same listing page end deleted whatever their order.
 */
export async function applyListingPage(
  db: Db,
  entries: readonly RemoteEntry[],
  rules: MergeRules,
  state: PullState,
): Promise<PageApplied> {
  const applied: PageApplied = {
    pulledActivities: 0,
    pulledEngagements: 0,
    deletedPages: 0,
    refusedPages: 0,
  };
  const tx = db.transaction(['activities', 'historyItems', 'kv', 'tombstones'], 'readwrite');
  const activities = tx.objectStore('activities');
  const historyItems = tx.objectStore('historyItems');
  const kv = tx.objectStore('kv');
  const tombstones = tx.objectStore('tombstones');
  const ledger = new CounterLedger();
  const load = async (appActivityId: string): Promise<LocalPage> => ({
    record: await activities.get(appActivityId),
    items: await historyItems.index('by-activity').getAll(appActivityId),
  });

  const deletions = { ...((await getKv(kv, 'device-deletions')) ?? {}) };
  const dropped = await droppedPulled(kv);
  // A page a tab shows here stays bare, and what the tracker holds of it is deleted (F-devices-1).
  const tracker = await getKv(kv, TRACKER_STATE_KEY);
  const shown = shownPages(tracker);
  const held: DeletedEngagement[] = [];
  const removedWhole = new Set<string>();
  const names = { ...((await getKv(kv, 'device-names')) ?? {}) };
  let othersSeen = state.othersSeen === true;
  for (const entry of entries) {
    if (entry.kind === 'device') {
      if (entry.node !== rules.ownNode) {
        names[entry.node] = entry.label;
        othersSeen = true;
      }
    } else if (entry.kind === 'deleted') {
      for (const appActivityId of entry.appActivityIds) {
        const known = deletions[appActivityId];
        if (known !== undefined && known >= entry.deletedAt) continue;
        deletions[appActivityId] = entry.deletedAt;
        const local = await load(appActivityId);
        const changes = applyDeletionMarker(local, entry.deletedAt);
        for (const id of changes.deleteItems) {
          // As stored, read first: the engagement count follows what is really deleted.
          ledger.item(await historyItems.get(id), undefined);
          await historyItems.delete(id);
        }
        held.push(...heldBefore(tracker, appActivityId, entry.deletedAt));
        if (changes.record === 'delete') {
          // Reading on in that tab is a new reading, from just after the marker (as for Delete).
          const bare =
            local.record && shown.has(appActivityId)
              ? bareRecord(local.record, entry.deletedAt + 1)
              : undefined;
          ledger.activity(local.record, bare);
          await (bare ? activities.put(bare) : activities.delete(appActivityId));
          removedWhole.add(appActivityId);
          applied.deletedPages++;
        } else if (changes.record) {
          ledger.activity(local.record, changes.record);
          await activities.put(withIndexKeys(changes.record));
        }
      }
    }
  }
  for (const entry of entries) {
    if (entry.kind !== 'page') continue;
    const local = await load(entry.appActivityId);
    const remote = { ...entry, items: entry.items.filter((i) => !dropped.has(i.id.toLowerCase())) };
    const changes = mergeRemotePage(local, remote, rules, deletions[entry.appActivityId]);
    if (changes.refused) {
      await deleteRefused(tombstones, entry, ledger);
      removedWhole.add(entry.appActivityId);
      applied.refusedPages++;
      continue;
    }
    if (changes.items.length === 0) continue;
    for (const item of changes.items) {
      // New or grown: the engagement count follows whether one was stored under its id.
      ledger.item(await historyItems.get(item.id), item);
      await historyItems.put(item satisfies HistoryItemRecord);
    }
    if (changes.record) {
      ledger.activity(local.record, changes.record);
      await activities.put(withIndexKeys(changes.record));
    }
    applied.pulledActivities++;
    applied.pulledEngagements += changes.items.length;
    othersSeen = true;
  }
  await putKv(kv, 'device-deletions', deletions);
  await noteDeletedReadings(kv, held);
  await putKv(kv, 'device-names', names);
  await putKv(kv, 'devices-pull', othersSeen ? { ...state, othersSeen } : state);
  // Its dropped engagements' deletes would first PUT the page to learn its id (F-devices-2).
  await dropItemTombstonesOf(tombstones, removedWhole, ledger);
  await commitCounters(kv, ledger);
  await tx.done;
  return applied;
}

/**
 * The engagements the tracker holds of a page that started up to a marker's `deletedAt`: the
 * marker deletes them (merge.ts's rule), so they are never saved again; the tracker hears of
 * them when the worker next starts (tracker-runtime.ts), and reading on is a new reading.
 */
function heldBefore(
  tracker: TrackerState | undefined,
  appActivityId: string,
  deletedAt: number,
): DeletedEngagement[] {
  return Object.values(tracker?.engagements ?? {})
    .filter((e) => e.appActivityId === appActivityId && e.startedAt <= deletedAt)
    .map((e) => ({ id: e.id, askedAt: deletedAt + 1 }));
}

/** Notes a read about to be sent (it counts against the read budget even if never answered). */
export async function noteRead(db: Db, now: number): Promise<PullState> {
  const tx = db.transaction('kv', 'readwrite');
  const kv = tx.objectStore('kv');
  const state = (await getKv(kv, 'devices-pull')) ?? INITIAL_PULL_STATE;
  const next = { ...state, readLog: [...pruneWriteLog(state.readLog, now), now] };
  await putKv(kv, 'devices-pull', next);
  await tx.done;
  return next;
}

/** Notes a marker write on the sync write log: markers spend the same write budget as pages. */
export async function noteWrite(db: Db, now: number): Promise<void> {
  const tx = db.transaction('kv', 'readwrite');
  await appendWriteLog(tx.store, now);
  await tx.done;
}

/** Deletion markers waiting to be written, oldest first. */
export async function markerOutbox(
  db: Db,
): Promise<{ appActivityId: string; deletedAt: number }[]> {
  return (await getKv(db, 'device-marker-outbox')) ?? [];
}

/** Removes what Graph accepted from the marker outbox (entries queued meanwhile stay). */
export async function acknowledgeMarkers(
  db: Db,
  done: readonly { appActivityId: string; deletedAt: number }[],
): Promise<void> {
  const tx = db.transaction('kv', 'readwrite');
  const kv = tx.objectStore('kv');
  const key = (e: { appActivityId: string; deletedAt: number }): string =>
    `${e.appActivityId}@${e.deletedAt}`;
  const sent = new Set(done.map(key));
  const queue = (await getKv(kv, 'device-marker-outbox')) ?? [];
  await putKv(
    kv,
    'device-marker-outbox',
    queue.filter((e) => !sent.has(key(e))),
  );
  await tx.done;
}
