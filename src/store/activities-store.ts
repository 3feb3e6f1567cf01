import type { PageMetadata } from '../activity/page-metadata';
import { pageTerms } from '../search/terms';
import { commitCounters, readCounters } from './counter-store';
import { CounterLedger } from './counters';
import type { Db } from './db';
import { bareRecord, noteDeletedReadings, shownPages, trackerHold } from './deleted-readings';
import { getKv } from './kv';
import { expiresUnderRetention, type RetentionCut } from './retention-rule';
import { withIndexKeys } from './search-keys';
import { countChange, TRACKER_STATE_KEY, type ActivityRecord } from './schema';

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
  const indexed = withIndexKeys(record);
  await store.put(indexed);
  await commitCounters(tx.objectStore('kv'), new CounterLedger().activity(existing, indexed));
  await tx.done;
}

/**
 * Retention: deletes the read pages `read` makes due (retention-rule.ts; null: keep every read
 * page), and pages opened but never read that were first seen before `unreadSeenBefore`, with their engagements and any read of them still queued
 * for the organisation relay (what this browser no longer keeps is not reported later). Local
 * only: Graph expires its own copy. A page a tab still shows (the tracker's committed state) keeps
 * a bare record, unread or not, so that reading it later in that tab is recorded (F-track-3).
 * Times in ms since the epoch; returns how many pages were deleted.
 */
export async function pruneHistory(
  db: Db,
  { read, unreadSeenBefore }: { read: RetentionCut | null; unreadSeenBefore: number },
): Promise<number> {
  const tx = db.transaction(['activities', 'historyItems', 'kv', 'relayReads'], 'readwrite');
  const items = tx.objectStore('historyItems');
  const relayReads = tx.objectStore('relayReads');
  const ledger = new CounterLedger();
  const shown = shownPages(await getKv(tx.objectStore('kv'), TRACKER_STATE_KEY));
  let deleted = 0;
  let cursor = await tx.objectStore('activities').openCursor();
  while (cursor) {
    const { lastActiveAt, firstSeenAt, appActivityId } = cursor.value;
    const expired =
      lastActiveAt === undefined
        ? firstSeenAt < unreadSeenBefore && !shown.has(appActivityId)
        : read !== null && expiresUnderRetention(cursor.value, read);
    if (expired) {
      for (const item of await items.index('by-activity').getAll(appActivityId)) {
        ledger.item(item, undefined);
        await items.delete(item.id);
        await relayReads.delete(item.id);
      }
      // Kept bare as first seen: pruned as unread once no tab shows it.
      const bare = shown.has(appActivityId) ? bareRecord(cursor.value, firstSeenAt) : undefined;
      ledger.activity(cursor.value, bare);
      await (bare ? cursor.update(bare) : cursor.delete());
      deleted++;
    }
    cursor = await cursor.continue();
  }
  await commitCounters(tx.objectStore('kv'), ledger);
  await tx.done;
  return deleted;
}

/**
 * Retention: how many read pages a save of this period deletes now, by the same rule as the prune
 * (retention-rule.ts), so the count the user confirms is what goes.
 */
export async function countRetained(db: Db, cut: RetentionCut): Promise<number> {
  const tx = db.transaction('activities');
  const range = IDBKeyRange.upperBound(cut.readBefore, true);
  let count = 0;
  let cursor = await tx.store.index('by-last-active').openCursor(range);
  while (cursor) {
    if (expiresUnderRetention(cursor.value, cut)) count++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return count;
}

/**
 * Deletes every page and engagement kept here and the relay's reads; the tracker's engagements are
 * listed as deleted at `now` (epoch ms), for the caller to tell it, and a page a tab still shows
 * keeps a bare record, so that reading on is a new reading. The deletes queued for Graph stay: they
 * are the user's orders about their Timeline, not history, and the next sign-in to the same account
 * sends them (another account's drops them: bindSyncToAccount).
 */
export async function clearLocalHistory(db: Db, now: number): Promise<void> {
  const tx = db.transaction(['activities', 'historyItems', 'kv', 'relayReads'], 'readwrite');
  const kv = tx.objectStore('kv');
  const activities = tx.objectStore('activities');
  // What the tracker still holds is deleted too: never written again (deleted-readings.ts).
  const { deleted, shown } = await trackerHold(kv, { from: 0, to: now }, []);
  const records = await Promise.all([...shown].map((id) => activities.get(id)));
  const bare = records.flatMap((record) => (record ? [bareRecord(record, now)] : []));
  const ledger = new CounterLedger().cleared('activities', await readCounters(kv)).itemsEmptied();
  for (const record of bare) ledger.activity(undefined, record);
  // Requests run in the order made: the bare records are written after the clear.
  await Promise.all([
    activities.clear(),
    ...bare.map((record) => activities.put(record)),
    tx.objectStore('historyItems').clear(),
    tx.objectStore('relayReads').clear(),
    commitCounters(kv, ledger),
    noteDeletedReadings(kv, deleted),
    tx.done,
  ]);
}

/** One page's key and address (`metadata.url`, its canonical URL), as `listPageUrls` gives it. */
export interface PageUrl {
  appActivityId: string;
  url: string;
}

/** Records read per request by `listPageUrls`. */
const URL_BATCH = 1_000;

/**
 * Every page kept here (read or only opened), by key and address, in key order. Read 1,000
 * records a request, so 50,000 pages with their search terms never sit in memory at once; a page
 * written meanwhile may or may not be listed.
 */
export async function listPageUrls(db: Db): Promise<PageUrl[]> {
  const pages: PageUrl[] = [];
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await db.getAll('activities', range, URL_BATCH);
    for (const { appActivityId, metadata } of batch)
      pages.push({ appActivityId, url: metadata.url });
    const last = batch.at(-1);
    if (batch.length < URL_BATCH || last === undefined) return pages;
    after = last.appActivityId;
  }
}
