import type { PageMetadata } from '../activity/page-metadata';
import { pageTerms } from '../search/terms';
import { commitCounters } from './counter-store';
import { CounterLedger, ZERO_COUNTERS } from './counters';
import type { Db } from './db';
import { bareRecord, noteDeletedReadings, trackerHold } from './deleted-readings';
import { putKv } from './kv';
import { withSearchKeys } from './search-keys';
import { countChange, type ActivityRecord, type HistoryItemRecord } from './schema';

/** What the popup lists: one read page with its total time. */
export interface ActivitySummary {
  appActivityId: string;
  metadata: PageMetadata;
  lastActiveAt: number;
  activeMs: number;
  historyItems: HistoryItemRecord[];
}

/** Which pages a list asks for: those matching `query`, at most `limit`. */
export interface ListOptions {
  /** Case-insensitive words that must all appear in the title, site, URL or description. */
  query?: string;
  limit?: number;
}

/** Saves what the page says about itself, keeping when it was first seen and last read. */
export async function recordPage(db: Db, metadata: PageMetadata, now: number): Promise<void> {
  const tx = db.transaction(['activities', 'kv'], 'readwrite');
  const store = tx.objectStore('activities');
  const existing = await store.get(metadata.appActivityId);
  const record: ActivityRecord = {
    appActivityId: metadata.appActivityId,
    metadata,
    firstSeenAt: existing?.firstSeenAt ?? now,
    searchTerms: pageTerms(metadata),
  };
  if (existing?.lastActiveAt !== undefined) {
    record.lastActiveAt = existing.lastActiveAt;
    // What Graph shows may have changed; the sync planner decides whether it really did.
    const changed = JSON.stringify(existing.metadata) !== JSON.stringify(metadata);
    const counted = changed ? countChange(existing) : existing;
    if (counted.unsyncedChanges !== undefined) record.unsyncedChanges = counted.unsyncedChanges;
  }
  if (existing?.sync) record.sync = existing.sync;
  if (existing?.reading) record.reading = existing.reading;
  const indexed = withSearchKeys(record);
  await store.put(indexed);
  await commitCounters(tx.objectStore('kv'), new CounterLedger().activity(existing, indexed));
  await tx.done;
}

/** Pages that have been read (have a kept engagement), most recently read first. */
export async function listRecentActivities(
  db: Db,
  { query = '', limit = 500 }: ListOptions = {},
): Promise<ActivitySummary[]> {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const items = tx.objectStore('historyItems').index('by-activity');
  const results: ActivitySummary[] = [];
  let cursor = await tx.objectStore('activities').index('by-last-active').openCursor(null, 'prev');
  while (cursor && results.length < limit) {
    const record = cursor.value;
    if (record.lastActiveAt !== undefined && matches(record.metadata, words)) {
      const historyItems = await items.getAll(record.appActivityId);
      historyItems.sort((a, b) => b.startedAt - a.startedAt);
      results.push({
        appActivityId: record.appActivityId,
        metadata: record.metadata,
        lastActiveAt: record.lastActiveAt,
        activeMs: historyItems.reduce((sum, item) => sum + item.activeMs, 0),
        historyItems,
      });
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return results;
}

/**
 * Retention: deletes pages last read before `readBefore`, and pages opened but never read that were
 * first seen before `unreadSeenBefore`, with their engagements and any read of them still queued
 * for the organisation relay (what this browser no longer keeps is not reported later). Local
 * only: Graph expires its own copy. Times in ms since the epoch; returns how many pages were
 * deleted.
 */
export async function pruneHistory(
  db: Db,
  { readBefore, unreadSeenBefore }: { readBefore: number | null; unreadSeenBefore: number },
): Promise<number> {
  const tx = db.transaction(['activities', 'historyItems', 'kv', 'relayReads'], 'readwrite');
  const items = tx.objectStore('historyItems');
  const relayReads = tx.objectStore('relayReads');
  const ledger = new CounterLedger();
  let deleted = 0;
  let cursor = await tx.objectStore('activities').openCursor();
  while (cursor) {
    const { lastActiveAt, firstSeenAt, appActivityId, unsyncedChanges } = cursor.value;
    const expired =
      lastActiveAt === undefined
        ? firstSeenAt < unreadSeenBefore
        : readBefore !== null && lastActiveAt < readBefore && unsyncedChanges === undefined;
    if (expired) {
      for (const key of await items.index('by-activity').getAllKeys(appActivityId)) {
        await items.delete(key);
        await relayReads.delete(key);
      }
      ledger.activity(cursor.value, undefined);
      await cursor.delete();
      deleted++;
    }
    cursor = await cursor.continue();
  }
  await commitCounters(tx.objectStore('kv'), ledger);
  await tx.done;
  return deleted;
}

function matches(metadata: PageMetadata, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [metadata.title, metadata.siteName, metadata.url, metadata.description]
    .filter((part): part is string => typeof part === 'string')
    .join(' ')
    .toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * Deletes every page and engagement kept here, the deletes queued for Graph and the relay's reads;
 * the tracker's engagements are listed as deleted at `now` (epoch ms), for the caller to tell it,
 * and a page a tab still shows keeps a bare record, so that reading on is a new reading.
 */
export async function clearLocalHistory(db: Db, now: number): Promise<void> {
  const tx = db.transaction(
    ['activities', 'historyItems', 'tombstones', 'kv', 'relayReads'],
    'readwrite',
  );
  const kv = tx.objectStore('kv');
  const activities = tx.objectStore('activities');
  // What the tracker still holds is deleted too: never written again (deleted-readings.ts).
  const { deleted, shown } = await trackerHold(kv, { from: 0, to: now }, []);
  const records = await Promise.all([...shown].map((id) => activities.get(id)));
  // Requests run in the order made: the bare records are written after the clear.
  await Promise.all([
    activities.clear(),
    ...records.flatMap((record) => (record ? [activities.put(bareRecord(record, now))] : [])),
    tx.objectStore('historyItems').clear(),
    tx.objectStore('relayReads').clear(),
    tx.objectStore('tombstones').clear(),
    putKv(kv, 'counters', ZERO_COUNTERS),
    noteDeletedReadings(kv, deleted),
    tx.done,
  ]);
}
