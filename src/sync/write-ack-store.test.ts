// A page's PUT answered after the page left the store: what is left to do in Graph (F-sync-1).
import { describe, expect, it } from 'vitest';
import type { Db } from '../store/db';
import { putKv } from '../store/kv';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import type { SyncWrite } from './sync-writes';
import { acknowledgeWrite } from './write-ack-store';

let db: Db;
freshDbForEachTest('write-ack', (opened) => (db = opened));

const PUT: Extract<SyncWrite, { op: 'put-activity' }> = {
  op: 'put-activity',
  appActivityId: 'https://example.test/gone',
  body: {},
  bodyHash: 'h',
  items: [],
};

/** The PUT carrying one engagement started at `startedAt` (epoch ms). */
function carrying(startedAt: number): SyncWrite {
  return { ...PUT, items: [{ id: 'g', startedAt, lastActiveAt: startedAt + 60_000, activeMs: 9 }] };
}

describe('acknowledgeWrite of a page no longer kept here', () => {
  it('leaves Graph its copy when the page was deleted here only', async () => {
    await acknowledgeWrite(db, PUT, 'srv-1');
    expect(await db.getAll('tombstones')).toEqual([]);
  });

  it("deletes it again when another device's marker deleted it from Graph meanwhile", async () => {
    await putKv(db, 'device-deletions', { [PUT.appActivityId]: 1_000 });
    await acknowledgeWrite(db, carrying(1_000), 'srv-1');
    expect(await db.getAll('tombstones')).toMatchObject([
      { key: `activity:${PUT.appActivityId}`, kind: 'activity', serverId: 'srv-1' },
    ]);
  });

  it('leaves Graph its copy when the marker is older than what the PUT carried (F-sync-4)', async () => {
    // Deleted on another device long ago, read again since, then deleted here only in flight.
    await putKv(db, 'device-deletions', { [PUT.appActivityId]: 1_000 });
    await acknowledgeWrite(db, carrying(1_001), 'srv-1');
    await acknowledgeWrite(db, PUT, 'srv-1'); // a PUT of the page's card only
    expect(await db.getAll('tombstones')).toEqual([]);
  });
});
