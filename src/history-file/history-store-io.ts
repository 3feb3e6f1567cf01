/**
 * The history file's glue to IndexedDB: reading the store in pages for an export, and applying an
 * import batch in one transaction. The format and the merge rules are pure (format.ts,
 * merge-plan.ts); this file only reads and writes records, keeping the counters
 * (src/store/counters.ts) in the same transaction as the records they count.
 */
import { pageTerms } from '../search/terms';
import { commitCounters } from '../store/counter-store';
import { CounterLedger } from '../store/counters';
import type { Db } from '../store/db';
import { getKv } from '../store/kv';
import { countChange, type ActivityRecord, type HistoryItemRecord } from '../store/schema';
import { withIndexKeys } from '../store/search-keys';
import { historyEntryOf, type HistoryEntry } from './format';
import { planHistoryMerge, type ExistingHistory, type MergeCounts } from './merge-plan';

/** One page of the store for an export, and where the next one starts (null at the end). */
export interface HistoryBatch {
  entries: HistoryEntry[];
  /** The last appActivityId of this batch: pass it as `after` for the next; null when done. */
  next: string | null;
}

/**
 * The read pages among up to `limit` stored pages (by appActivityId, after `after` exclusive) with
 * their engagements, in one read-only transaction. Paging by key keeps each transaction short (the
 * worker answers other messages in between) and a page added meanwhile is simply included if its
 * key comes later. A page never read (`lastActiveAt` absent) is left out: one opened and glanced at
 * (the history never shows it), or the bare record a deleted page keeps while a tab shows it
 * (store/deleted-readings.ts): what the user deleted is not in their backup. A batch may so hold
 * fewer than `limit` entries, or none, with `next` set.
 */
export async function readHistoryBatch(
  db: Db,
  after: string | undefined,
  limit: number,
): Promise<HistoryBatch> {
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
  const stored = await tx.objectStore('activities').getAll(range, limit);
  const records = stored.filter((record) => record.lastActiveAt !== undefined);
  const byActivity = tx.objectStore('historyItems').index('by-activity');
  const items = await Promise.all(records.map((r) => byActivity.getAll(r.appActivityId)));
  await tx.done;
  const entries = records.map((record, i) =>
    historyEntryOf(
      record,
      (items[i] ?? []).sort((a, b) => a.startedAt - b.startedAt),
    ),
  );
  const last = stored.at(-1);
  return { entries, next: stored.length === limit && last ? last.appActivityId : null };
}

/**
 * Merges validated entries (parse.ts) into the store in one transaction: new pages get their
 * search terms, and every read page that gains anything is marked as changed so the next sync
 * publishes it under the current sign-in. Idempotent: a second import of the same entries writes
 * nothing. `nodeOf` reads the device an engagement GUID names (devices/device-id.ts `nodeOfGuid`):
 * without it every new engagement counts as this device's. Returns what changed (`MergeCounts`).
 */
export async function importHistoryEntries(
  db: Db,
  entries: readonly HistoryEntry[],
  nodeOf?: ExistingHistory['nodeOf'],
): Promise<MergeCounts> {
  const tx = db.transaction(['activities', 'historyItems', 'kv'], 'readwrite');
  const activities = tx.objectStore('activities');
  const historyItems = tx.objectStore('historyItems');
  const ids = entries.map((e) => e.record.appActivityId);
  const itemIds = entries.flatMap((e) => e.historyItems.map((i) => i.id));
  const [storedPages, storedItems, identity] = await Promise.all([
    Promise.all(ids.map((id) => activities.get(id))),
    Promise.all(itemIds.map((id) => historyItems.get(id))),
    getKv(tx.objectStore('kv'), 'device-identity'),
  ]);
  const existing = {
    activities: new Map(
      storedPages
        .filter((r): r is ActivityRecord => r !== undefined)
        .map((r) => [r.appActivityId, r]),
    ),
    historyItems: new Map(
      storedItems.filter((r): r is HistoryItemRecord => r !== undefined).map((r) => [r.id, r]),
    ),
    ...(identity ? { ownNode: identity.node } : {}),
    ...(nodeOf ? { nodeOf } : {}),
  };
  const plan = planHistoryMerge(entries, existing);

  // Pages whose record or engagements change: each is written once, marked for sync if read.
  const pages = new Map(plan.putActivities.map((r) => [r.appActivityId, r]));
  for (const item of plan.putHistoryItems) {
    if (!pages.has(item.appActivityId)) {
      const current = existing.activities.get(item.appActivityId);
      if (current) pages.set(item.appActivityId, current);
    }
  }
  const ledger = new CounterLedger();
  const writes: Promise<unknown>[] = [];
  for (const page of pages.values()) {
    const before = existing.activities.get(page.appActivityId);
    let record: ActivityRecord = before ? page : { ...page, searchTerms: pageTerms(page.metadata) };
    if (record.lastActiveAt !== undefined) record = countChange(record);
    record = withIndexKeys(record);
    ledger.activity(before, record);
    writes.push(activities.put(record));
  }
  // What is stored under each id written, read before any write: the engagement count follows
  // the store (an id written twice counts once, as its last write).
  const written = new Map(plan.putHistoryItems.map((item) => [item.id, item]));
  const stored = await Promise.all([...written.keys()].map((id) => historyItems.get(id)));
  [...written.values()].forEach((item, i) => ledger.item(stored[i], item));
  for (const item of plan.putHistoryItems) writes.push(historyItems.put(item));
  await Promise.all(writes);
  await commitCounters(tx.objectStore('kv'), ledger);
  await tx.done;
  return plan.counts;
}
