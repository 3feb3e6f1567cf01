// Which flagged pages a sync pass plans from when more wait than it loads (F-sync-3, F-sync-5).
import { describe, expect, it } from 'vitest';
import type { Db } from '../store/db';
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { loadSyncBacklog } from './outbox-store';
import { planSync } from './sync-planner';
import { bodyHashOf, item, metadata, options, settled } from './testing/planner-records';

let db: Db;
freshDbForEachTest('outbox-window', (opened) => (db = opened));

/**
 * A page with `changes` unsynced changes (0: in sync, the field absent as the store keeps it), last
 * read at `lastActiveAt` (absent: never).
 */
function page(id: string, changes: number, lastActiveAt?: number): ActivityRecord {
  return {
    appActivityId: id,
    metadata: { url: `https://x.example/${id}`, appActivityId: id, title: id, type: 'Article' },
    firstSeenAt: 1,
    ...(lastActiveAt === undefined ? {} : { lastActiveAt }),
    ...(changes === 0 ? {} : { unsyncedChanges: changes }),
  } as ActivityRecord;
}

async function store(records: ActivityRecord[], items: HistoryItemRecord[] = []): Promise<void> {
  const tx = db.transaction(['activities', 'historyItems'], 'readwrite');
  for (const record of records) await tx.objectStore('activities').put(record);
  for (const engagement of items) await tx.objectStore('historyItems').put(engagement);
  await tx.done;
}

const planned = async (limit: number) =>
  (await loadSyncBacklog(db, limit)).activities.map((a) => a.record.appActivityId);

describe('the backlog a pass plans from', () => {
  it('holds the page read last when more wait than it loads, whatever its change count', async () => {
    const backlog = Array.from({ length: 30 }, (_, i) => page(`a${String(i)}`, 1, 1_000 + i));
    await store([...backlog, page('today', 2, 1_000_000), page('synced', 0, 2_000_000)]);
    const window = await planned(10);
    expect(window).toHaveLength(10);
    expect(window[0]).toBe('today');
    expect(window.slice(1)).toEqual([
      'a29',
      'a28',
      'a27',
      'a26',
      'a25',
      'a24',
      'a23',
      'a22',
      'a21',
    ]);
  });

  it('tops the window up with flagged pages never read', async () => {
    await store([page('read', 1, 5_000), page('never-a', 1), page('never-b', 3)]);
    expect((await planned(2)).sort()).toEqual(['never-a', 'read']);
  });

  it('loads every flagged page when they fit', async () => {
    await store([page('x', 1, 5), page('y', 2)]);
    expect((await planned(10)).sort()).toEqual(['x', 'y']);
  });

  it('lets refused pages and pages a waiting delete blocks only fill the room left', async () => {
    // 10 pages read last, all refused by Graph (parked with the body they have), a page a refused
    // delete blocks, and 2 older pages that can go: a window of 10 must hold the 2.
    const sendable = (id: string, at: number): [ActivityRecord, HistoryItemRecord] => [
      { ...page(id, 1, at), metadata: metadata(id) },
      item(`${id}-g`, settled, { appActivityId: id, ended: true }),
    ];
    const records: ActivityRecord[] = [];
    const items: HistoryItemRecord[] = [];
    for (let i = 0; i < 10; i++) {
      const [record, engagement] = sendable(`refused${String(i)}`, 9_000 + i);
      const parked = {
        code: 'BadRequest',
        message: 'm',
        at: 1,
        bodyHash: bodyHashOf(`T refused${String(i)}`, record.appActivityId),
      };
      records.push({ ...record, sync: { parked, refusals: 1 } });
      items.push(engagement);
    }
    for (const [id, at] of [
      ['blocked', 8_000],
      ['older', 2_000],
      ['oldest', 1_000],
    ] as const) {
      const [record, engagement] = sendable(id, at);
      records.push(record);
      items.push(engagement);
    }
    await store(records, items);
    const tx = db.transaction('tombstones', 'readwrite');
    await tx.store.put({
      key: 'activity:blocked',
      kind: 'activity',
      appActivityId: 'blocked',
      serverId: 'srv-blocked',
      createdAt: 1,
      parked: { code: 'Forbidden', message: 'm', at: 1 },
    });
    await tx.done;

    const backlog = await loadSyncBacklog(db, 10);
    const ids = backlog.activities.map((a) => a.record.appActivityId);
    expect(ids).toHaveLength(10);
    expect(ids.slice(0, 3)).toEqual(['older', 'oldest', 'refused9']);
    const plan = planSync(backlog.activities, backlog.tombstones, options);
    expect(plan.writes.map((write) => 'appActivityId' in write && write.appActivityId)).toEqual([
      'older',
      'oldest',
    ]);
  });
});
