import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sanitizePageMetadata } from '../activity/sanitize';
import { deviceGuid, nodeOfGuid } from '../devices/device-id';
import { readCounters, recountStore } from '../store/counter-store';
import { countRecords } from '../store/counters';
import { openTimelineDb, type Db } from '../store/db';
import { putKv } from '../store/kv';
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';
import { searchPages } from '../store/search-store';
import { toFileActivity, type HistoryEntry } from './format';
import { importHistoryEntries, readHistoryBatch } from './history-store-io';
import { parseHistoryActivities } from './parse';

const T0 = Date.UTC(2026, 10, 29, 9);
let db: Db;
let n = 0;
beforeEach(async () => {
  db = await openTimelineDb(`transfer-${String(++n)}`);
});
afterEach(() => {
  db.close();
});

/** `pages` pages as the worker stores them (synced to Graph), two engagements each but the last. */
async function seed(pages: number): Promise<void> {
  const tx = db.transaction(['activities', 'historyItems'], 'readwrite');
  for (let p = 0; p < pages; p++) {
    const metadata = sanitizePageMetadata({
      url: `https://site${p % 3}.example/read/${p}`,
      title: `Tide tables ${p}`,
      type: 'Article',
      authors: [],
      keywords: [],
    });
    if (!metadata) throw new Error('fixture');
    const read = p < pages - 1;
    const record: ActivityRecord = {
      appActivityId: metadata.appActivityId,
      metadata,
      firstSeenAt: T0 + p,
      searchTerms: ['tide', 'tables'],
      sync: { serverId: `srv-${p}`, bodyHash: 'h' },
    };
    if (read) record.lastActiveAt = T0 + p + 120_000;
    if (p % 2 === 0) record.reading = { progress: 50, at: T0 + p, resumeAt: T0 + p };
    await tx.objectStore('activities').put(record);
    for (let i = 0; read && i < 2; i++) {
      const item: HistoryItemRecord = {
        id: `item-${p}-${i}`,
        appActivityId: metadata.appActivityId,
        startedAt: T0 + p + i * 60_000,
        lastActiveAt: T0 + p + i * 60_000 + 30_000,
        activeMs: 25_000,
        userTimezone: 'Europe/Berlin',
        ended: true,
        synced: { lastActiveAt: T0, activeMs: 25_000 },
      };
      await tx.objectStore('historyItems').put(item);
    }
  }
  await tx.done;
}

async function exportAll(limit: number): Promise<HistoryEntry[]> {
  const all: HistoryEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const batch = await readHistoryBatch(db, after, limit);
    all.push(...batch.entries);
    if (batch.next === null) return all;
    after = batch.next;
  }
}

/** What the worker does with an import message: the file's reader, then the merge. */
async function importBatch(entries: HistoryEntry[]) {
  const parsed = parseHistoryActivities(entries.map(toFileActivity), 2);
  if (!parsed.ok) throw parsed.error;
  return importHistoryEntries(db, parsed.entries, nodeOfGuid);
}

describe('history file and the store', () => {
  it('exports in batches, every read page once, with its engagements and reading position', async () => {
    await seed(7);
    const entries = await exportAll(3);
    // The last page was never read: not exported (F-export-1, export-contents.test.ts).
    expect(entries).toHaveLength(6);
    expect(new Set(entries.map((e) => e.record.appActivityId)).size).toBe(6);
    expect(entries.reduce((sum, e) => sum + e.historyItems.length, 0)).toBe(12);
    expect(entries.filter((e) => e.record.reading).length).toBe(3);
  });

  it('export → wipe → import gives back the same history, counters exact, searchable, to publish', async () => {
    await seed(9);
    const before = await exportAll(4);
    const wipe = db.transaction(['activities', 'historyItems', 'kv'], 'readwrite');
    await Promise.all([
      wipe.objectStore('activities').clear(),
      wipe.objectStore('historyItems').clear(),
      // An empty store's counters, the engagements' among them.
      wipe.objectStore('kv').put(countRecords([], [], []), 'counters'),
      wipe.done,
    ]);
    const counts = await importBatch(before);
    expect(counts).toMatchObject({ newPages: 8, newEngagements: 16, updatedPages: 0 });
    expect(await exportAll(100)).toEqual(before);
    // Read pages are queued for Graph (the old account's ids are not kept); counters agree.
    expect(await readCounters(db)).toEqual(await recountStore(db));
    expect(await readCounters(db)).toMatchObject({ readPages: 8, unsynced: 8 });
    expect((await searchPages(db, 'tide', { limit: 20 })).total).toBe(8);
  });

  it('importing what is already here writes nothing and keeps the sync state', async () => {
    await seed(5);
    const entries = await exportAll(10);
    const counts = await importBatch(entries);
    expect(counts).toMatchObject({ newPages: 0, updatedPages: 0, unchangedPages: 4 });
    expect(counts.unchangedEngagements).toBe(8);
    const records = await db.getAll('activities');
    expect(records.every((r) => r.unsyncedChanges === undefined && r.sync?.serverId)).toBe(true);
  });

  it('a longer copy in the file grows an engagement but keeps its sync state and device (F-import-2)', async () => {
    await seed(2);
    const [entry] = await exportAll(1);
    if (!entry) throw new Error('fixture');
    const [first] = entry.historyItems;
    if (!first) throw new Error('fixture');
    const stored = await db.get('historyItems', first.id);
    if (!stored) throw new Error('fixture');
    await db.put('historyItems', { ...stored, sentAt: T0 + 1, device: 'a1b2c3d4e5f6' });
    const longer = { ...first, lastActiveAt: first.lastActiveAt + 9_000, activeMs: 34_000 };
    const counts = await importBatch([{ ...entry, historyItems: [longer] }]);
    expect(counts.updatedEngagements).toBe(1);
    expect(await db.get('historyItems', first.id)).toMatchObject({
      lastActiveAt: longer.lastActiveAt,
      activeMs: 34_000,
      sentAt: T0 + 1,
      device: 'a1b2c3d4e5f6',
      synced: stored.synced,
    });
  });

  it('a new engagement whose GUID names another device is stored as that device’s; ours as ours', async () => {
    await putKv(db, 'device-identity', { node: '00000000000a', label: 'here' });
    await seed(2);
    const [entry] = await exportAll(1);
    if (!entry?.historyItems[0]) throw new Error('fixture');
    const bytes = (length: number) => new Uint8Array(length).fill(7);
    const base = entry.historyItems[0];
    const theirs = { ...base, id: deviceGuid('0000000000bb', bytes) };
    const ours = { ...base, id: deviceGuid('00000000000a', bytes), startedAt: base.startedAt + 1 };
    await importBatch([{ ...entry, historyItems: [theirs, ours] }]);
    expect((await db.get('historyItems', theirs.id))?.device).toBe('0000000000bb');
    expect((await db.get('historyItems', ours.id))?.device).toBeUndefined();
  });
});
