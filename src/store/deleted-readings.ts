// Readings the user deleted while the tracker still held them (docs/your-data.md, Delete): listed
// in the deletion's own transaction, so that from that moment no save or end of theirs is ever
// written (tracker-store.ts), whether or not the tracker has heard of the deletion yet (it hears of
// it right after, and again on the worker's next start if it was stopped in between). An entry goes
// once the tracker's committed state no longer holds its engagement.
import { decideForPage, type DeletionScope, type ScopeDecision } from '../deletion/deletion-scope';
import type { DeletedEngagement, TrackerState } from '../tracking/engagement-types';
import type { Db } from './db';
import { getKv, putKv, type KvStore } from './kv';
import { TRACKER_STATE_KEY, type ActivityRecord, type HistoryItemRecord } from './schema';
import { withIndexKeys } from './search-keys';

/** What a deletion takes from the tracker's engagements, and the pages a tab still shows. */
export interface TrackerHold {
  /** The tracker's engagements the deletion covers, with when it was asked for. */
  deleted: DeletedEngagement[];
  /** appActivityIds of the pages a tab still shows, as the tracker last committed them. */
  shown: Set<string>;
}

/** appActivityIds of the pages a tab shows in the tracker's committed state (none without one). */
export function shownPages(state: TrackerState | undefined): Set<string> {
  const shown = new Set<string>();
  for (const tab of Object.values(state?.tabs ?? {})) {
    if (tab.page) shown.add(tab.page.appActivityId);
  }
  return shown;
}

/** One page the deletion read: its saved engagements, and what the scope does to it. */
export interface PageDecision {
  items: readonly HistoryItemRecord[];
  decision: ScopeDecision;
}

/**
 * Which of the engagements the tracker holds `scope` deletes: those whose saved rows it removes
 * (`pages`: the deletion's decision for each page it read), and those never saved (under the
 * minimum so far) that it covers by their own span. Reads the tracker's committed state from `kv`
 * (in the deletion's transaction). Each is deleted as asked just after the scope's end.
 */
export async function trackerHold(
  kv: KvStore,
  scope: DeletionScope,
  pages: readonly PageDecision[],
): Promise<TrackerHold> {
  const saved = new Set(pages.flatMap(({ items }) => items.map((item) => item.id)));
  const goneIds = new Set(
    pages.flatMap(({ items, decision }) =>
      decision.kind === 'page'
        ? items.map((item) => item.id)
        : decision.kind === 'items'
          ? decision.historyItemIds
          : [],
    ),
  );
  const state = await getKv(kv, TRACKER_STATE_KEY);
  const shown = shownPages(state);
  const deleted = Object.values(state?.engagements ?? {})
    .filter((e) => {
      if (goneIds.has(e.id)) return true;
      if (saved.has(e.id)) return false;
      const page = { url: e.url, firstSeenAt: e.startedAt, items: [e] };
      return decideForPage(scope, e.appActivityId, page).kind !== 'none';
    })
    // The scope covers what started up to `to` inclusive, as a deletion marker does on the other
    // devices (devices/merge.ts): what is read after starts 1 ms later, never covered.
    .map((e) => ({ id: e.id, askedAt: scope.to + 1 }));
  return { deleted, shown };
}

/** Adds `deleted` to the list (in the deletion's transaction). */
export async function noteDeletedReadings(
  kv: KvStore,
  deleted: readonly DeletedEngagement[],
): Promise<void> {
  if (deleted.length === 0) return;
  const listed = (await getKv(kv, 'deleted-readings')) ?? [];
  await putKv(kv, 'deleted-readings', [...listed, ...deleted]);
}

/** The list, for the tracker to hear of on start (a worker stopped before it did). */
export async function loadDeletedReadings(db: Db): Promise<DeletedEngagement[]> {
  return (await getKv(db, 'deleted-readings')) ?? [];
}

/**
 * In a tracker transition's commit: the ids it must not write, and the list kept only for the
 * engagements `state` (about to be committed) still holds. Null when nothing is listed.
 */
export async function deletedReadingsFor(
  kv: KvStore,
  state: TrackerState,
): Promise<ReadonlySet<string> | null> {
  const listed = await getKv(kv, 'deleted-readings');
  if (!listed?.length) return null;
  const held = new Set(Object.values(state.engagements).map((e) => e.id));
  const kept = listed.filter((entry) => held.has(entry.id));
  if (kept.length !== listed.length) await putKv(kv, 'deleted-readings', kept);
  return new Set(listed.map((entry) => entry.id));
}

/**
 * A page deleted whole that a tab still shows: what recording a new reading of it needs (its
 * metadata and search terms, first seen `now`; no engagement, no sync state, so listed nowhere).
 * Its site label and host key are its metadata's (`withIndexKeys`): a deletion by site or by host
 * finds it from the index like any page opened and not read.
 */
export function bareRecord(record: ActivityRecord, now: number): ActivityRecord {
  const { appActivityId, metadata, searchTerms } = record;
  return withIndexKeys({
    appActivityId,
    metadata,
    firstSeenAt: now,
    ...(searchTerms ? { searchTerms } : {}),
  });
}
