import type { IDBPTransaction, StoreNames } from 'idb';
import type { DeletionScope } from '../deletion/deletion-scope';
import { commitCounters } from './counter-store';
import { CounterLedger } from './counters';
import type { Db } from './db';
import { bareRecord, noteDeletedReadings, trackerHold } from './deleted-readings';
import { noteDroppedPulled } from './dropped-pulled';
import { decideForRecord } from './scope-decision';
import { dropItemTombstonesOf, graphMayHold, itemTombstone } from './item-tombstones';
import { queueDeletionMarkers, type MarkerEntry } from './marker-outbox';
import { withIndexKeys } from './search-keys';
import { sitePages } from './scope-pages';
import type { DeletedEngagement } from '../tracking/engagement-types';
import type { ActivityRecord, HistoryItemRecord, TimelineDb, TombstoneRecord } from './schema';

export type { PendingDeletion } from './schema';
// The undo window's list of deletions (pending-deletions.ts), for the callers of this file.
export {
  addPendingDeletion,
  loadPendingDeletions,
  pendingEffect,
  pendingRemoves,
  removePendingDeletion,
} from './pending-deletions';

/**
 * What a scope would delete: pages removed whole, engagements removed (theirs and those of the
 * pages trimmed), pages trimmed, and pages Graph holds.
 */
export interface DeletionCount {
  pages: number;
  engagements: number;
  /**
   * Pages read outside the scope too, which stay with those engagements and lose only the ones
   * in it (not in `pages`; their engagements deleted are in `engagements`).
   */
  trimmed: number;
  /** Of the pages touched, how many Graph holds (or may hold): what a Timeline delete costs. */
  published: number;
}

interface ScopedPages {
  records: ActivityRecord[];
  itemsByPage: Map<string, HistoryItemRecord[]>;
}

type PagesTx = IDBPTransaction<TimelineDb, StoreNames<TimelineDb>[], IDBTransactionMode>;

/**
 * The pages a scope may touch, with their engagements. A selection reads only its pages (by key),
 * a scope by host the pages of that host and its subdomains (`by-host-key`), one by site label
 * that site's pages (`by-site-label`), and their engagements through `by-activity`, so deleting a
 * page or a site costs that page's or site's reads whatever the history's size. A range alone, or
 * a site while pages from before version 12 wait for their keys (site-labels.ts: the index would
 * miss them), reads every page in two bulk reads.
 */
async function loadScoped(tx: PagesTx, scope: DeletionScope): Promise<ScopedPages> {
  const activities = tx.objectStore('activities');
  const historyItems = tx.objectStore('historyItems');
  const byActivity = historyItems.index('by-activity');
  if (scope.appActivityIds) {
    const ids = [...new Set(scope.appActivityIds)];
    const [records, items] = await Promise.all([
      Promise.all(ids.map((id) => activities.get(id))),
      Promise.all(ids.map((id) => byActivity.getAll(id))),
    ]);
    return {
      records: records.filter((record): record is ActivityRecord => record !== undefined),
      itemsByPage: groupByPage(items.flat()),
    };
  }
  const pages = await sitePages(activities, tx.objectStore('kv'), scope);
  if (pages) {
    const items = await Promise.all(pages.map((page) => byActivity.getAll(page.appActivityId)));
    return { records: pages, itemsByPage: groupByPage(items.flat()) };
  }
  const [records, items] = await Promise.all([activities.getAll(), historyItems.getAll()]);
  return { records, itemsByPage: groupByPage(items) };
}

function groupByPage(items: readonly HistoryItemRecord[]): Map<string, HistoryItemRecord[]> {
  const byPage = new Map<string, HistoryItemRecord[]>();
  for (const item of items) {
    const list = byPage.get(item.appActivityId);
    if (list) list.push(item);
    else byPage.set(item.appActivityId, [item]);
  }
  return byPage;
}

const isPublished = (record: ActivityRecord): boolean =>
  record.sync?.serverId !== undefined || record.sync?.sentAt !== undefined;

/**
 * Counts what `scope` would delete, without deleting anything. `removed`: engagements another
 * deletion already removes (one waiting out its undo window, hidden from the list), left out.
 */
export async function countDeletion(
  db: Db,
  scope: DeletionScope,
  removed?: (record: ActivityRecord, item: HistoryItemRecord) => boolean,
): Promise<DeletionCount> {
  const tx = db.transaction(['activities', 'historyItems', 'kv'], 'readonly');
  const { records, itemsByPage } = await loadScoped(tx, scope);
  await tx.done;
  const count: DeletionCount = { pages: 0, engagements: 0, trimmed: 0, published: 0 };
  for (const record of records) {
    const all = itemsByPage.get(record.appActivityId) ?? [];
    const items = removed ? all.filter((item) => !removed(record, item)) : all;
    // Every engagement already waits out another deletion's undo window: not listed, not counted.
    if (items.length === 0 && all.length > 0) continue;
    const decision = decideForRecord(scope, record, items);
    if (decision.kind === 'none') continue;
    if (decision.kind === 'page') {
      // Pages never read are not in the history the user sees; they go quietly.
      if (items.length > 0) count.pages++;
      count.engagements += items.length;
    } else {
      count.trimmed++;
      count.engagements += decision.historyItemIds.length;
    }
    if (isPublished(record)) count.published++;
  }
  return count;
}

/** What a deletion did: its count, and the tracker's engagements it deleted (deleted-readings.ts). */
export interface AppliedDeletion extends DeletionCount {
  held: DeletedEngagement[];
}

/**
 * Applies a deletion in one transaction: pages removed whole, engagements removed from pages that
 * keep others. With `alsoTimeline`, each delete Graph must see gets a user tombstone (as a
 * single-page delete does), so the sync pass sends it and no pending write brings the data back.
 * The tracker's engagements it covers are listed, never written again (deleted-readings.ts); a
 * page deleted whole that a tab still shows keeps a bare record (its metadata and search terms;
 * no engagement, no sync state, so listed nowhere, like a page opened and not read) for the
 * reading that goes on, a new one.
 */
export async function applyDeletion(
  db: Db,
  scope: DeletionScope,
  { alsoTimeline, now }: { alsoTimeline: boolean; now: number },
): Promise<AppliedDeletion> {
  const count: DeletionCount = { pages: 0, engagements: 0, trimmed: 0, published: 0 };
  // Read and write in one transaction: an engagement recorded meanwhile is never overwritten.
  const tx = db.transaction(
    ['activities', 'historyItems', 'tombstones', 'kv', 'relayReads'],
    'readwrite',
  );
  const activities = tx.objectStore('activities');
  const historyItems = tx.objectStore('historyItems');
  const tombstones = tx.objectStore('tombstones');
  const relayReads = tx.objectStore('relayReads');
  const { records, itemsByPage } = await loadScoped(tx, scope);
  const decisions = records.map((record) => {
    const items = itemsByPage.get(record.appActivityId) ?? [];
    return { record, items, decision: decideForRecord(scope, record, items) };
  });
  const kv = tx.objectStore('kv');
  const hold = await trackerHold(kv, scope, decisions);
  const ledger = new CounterLedger();
  // Requests are queued without awaiting each (one transaction, many writes); all settle below.
  const requests: Promise<unknown>[] = [];
  const newTombstones = new Map<string, TombstoneRecord>();
  // Pages deleted whole from Graph too: their deletion marker tells the other devices (src/devices/).
  const markers: MarkerEntry[] = [];
  const deleted: HistoryItemRecord[] = []; // whose pulled ones are never pulled again
  const putTombstone = (tombstone: TombstoneRecord): void => {
    newTombstones.set(tombstone.key, tombstone);
  };
  for (const { record, items, decision } of decisions) {
    if (decision.kind === 'none') continue;
    const sync = record.sync;
    if (isPublished(record)) count.published++;
    if (decision.kind === 'page') {
      if (items.length > 0) count.pages++;
      count.engagements += items.length;
      const bare = hold.shown.has(record.appActivityId) ? bareRecord(record, now) : undefined;
      ledger.activity(record, bare);
      requests.push(bare ? activities.put(bare) : activities.delete(record.appActivityId));
      deleted.push(...items);
      for (const item of items) {
        // With any read of it still waiting for the organisation relay: never reported now.
        ledger.item(item, undefined);
        requests.push(historyItems.delete(item.id), relayReads.delete(item.id));
      }
      if (alsoTimeline && sync && isPublished(record)) {
        const tombstone: TombstoneRecord = {
          key: `activity:${record.appActivityId}`,
          kind: 'activity',
          appActivityId: record.appActivityId,
          createdAt: now,
        };
        if (sync.serverId !== undefined) tombstone.serverId = sync.serverId;
        else tombstone.metadata = record.metadata;
        putTombstone(tombstone);
        // Up to when it was asked for: a reading since is a new one, kept on every device.
        markers.push({ appActivityId: record.appActivityId, deletedAt: scope.to });
      }
      continue;
    }
    const gone = new Set(decision.historyItemIds);
    count.trimmed++;
    count.engagements += gone.size;
    for (const item of items) {
      if (!gone.has(item.id)) continue;
      deleted.push(item);
      ledger.item(item, undefined);
      requests.push(historyItems.delete(item.id), relayReads.delete(item.id));
      // Even when the page's id is unknown (its first answer lost): the tombstone then carries the
      // metadata, with which the sync learns the id; a PUT of the page leaves its items in Graph.
      if (alsoTimeline && graphMayHold(item, record)) {
        putTombstone({ ...itemTombstone(item, record, now), byUser: true });
      }
    }
    const kept = items.filter((item) => !gone.has(item.id));
    const lastActiveAt = Math.max(...kept.map((item) => item.lastActiveAt));
    const remaining = withIndexKeys({ ...record, lastActiveAt });
    ledger.activity(record, remaining);
    requests.push(activities.put(remaining));
  }
  // A tombstone may replace one already waiting (a page deleted, read again, deleted again).
  const written = [...newTombstones.values()];
  const before = await Promise.all(written.map((tombstone) => tombstones.get(tombstone.key)));
  written.forEach((tombstone, i) => {
    ledger.tombstone(before[i], tombstone);
    requests.push(tombstones.put(tombstone));
  });
  const wholeInGraph = new Set(markers.map((marker) => marker.appActivityId));
  await dropItemTombstonesOf(tombstones, wholeInGraph, ledger); // before commitCounters
  requests.push(queueDeletionMarkers(kv, markers));
  requests.push(noteDeletedReadings(kv, hold.deleted), noteDroppedPulled(kv, deleted));
  requests.push(commitCounters(kv, ledger));
  await Promise.all([...requests, tx.done]);
  return { ...count, held: hold.deleted };
}
