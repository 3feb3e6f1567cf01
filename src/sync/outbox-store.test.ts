import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordPage } from '../store/activities-store';
import { openTimelineDb, type Db } from '../store/db';
import { getKv, putKv } from '../store/kv';
import { commitTransition } from '../store/tracker-store';
import { initialTrackerState } from '../tracking/engagement';
import { bindSyncToAccount } from './republish-store';

const URL_A = 'https://example.test/a';
const page = (_id: 'a') => ({
  url: URL_A,
  appActivityId: URL_A,
  title: 'Title a',
  type: 'Article',
  authors: [],
  keywords: [],
});
const engagement = (_page: 'a', id: string, startedAt: number, activeMs: number) => ({
  id,
  appActivityId: URL_A,
  url: URL_A,
  startedAt,
  lastActiveAt: startedAt + activeMs,
  activeMs,
});

let db: Db;
let dbCount = 0;

beforeEach(async () => {
  db = await openTimelineDb(`outbox-${String(++dbCount)}`);
});
afterEach(() => {
  db.close();
});

describe('sync account binding', () => {
  it('publishes everything again to a different account and forgets the old one', async () => {
    await recordPage(db, page('a'), 1);
    await commitTransition(
      db,
      initialTrackerState(0),
      [{ type: 'engagement-ended', kept: true, engagement: engagement('a', 'g1', 0, 6000) }],
      'UTC',
    );
    expect(await bindSyncToAccount(db, 'alice')).toBe(false);
    // As if alice's Graph had acknowledged everything.
    const record = await db.get('activities', page('a').appActivityId);
    if (!record) throw new Error('missing');
    const { unsyncedChanges: _done, ...synced } = record;
    await db.put('activities', { ...synced, sync: { serverId: 'srv-a', bodyHash: 'h' } });
    const item = await db.get('historyItems', 'g1');
    if (!item) throw new Error('missing');
    await db.put('historyItems', {
      ...item,
      synced: { lastActiveAt: item.lastActiveAt, activeMs: item.activeMs },
    });
    await db.put('tombstones', {
      key: 'activity:x',
      kind: 'activity',
      appActivityId: 'x',
      serverId: 'srv-x',
      createdAt: 1,
    });

    expect(await bindSyncToAccount(db, 'alice')).toBe(false);
    expect((await db.get('activities', page('a').appActivityId))?.sync?.serverId).toBe('srv-a');
    expect(await bindSyncToAccount(db, 'bob')).toBe(true);
    const after = await db.get('activities', page('a').appActivityId);
    expect(after?.sync).toBeUndefined();
    expect(after?.unsyncedChanges).toBeDefined();
    expect((await db.get('historyItems', 'g1'))?.synced).toBeUndefined();
    expect(await db.count('tombstones')).toBe(0);
  });

  it("forgets the old account's reading back, keeping this browser's node (F-devices-3)", async () => {
    await bindSyncToAccount(db, 'alice');
    await putKv(db, 'devices-pull', {
      cursor: '2026-11-30T10:00:00Z',
      readLog: [],
      attempt: 0,
      othersSeen: true,
    });
    await putKv(db, 'device-deletions', { x: 1 });
    await putKv(db, 'device-names', { bbbbbbbbbbbb: 'Laptop' });
    await putKv(db, 'device-marker-outbox', [{ appActivityId: 'x', deletedAt: 1 }]);
    await putKv(db, 'device-identity', {
      node: 'aaaaaaaaaaaa',
      label: 'Here',
      publishedLabel: 'Here',
    });
    const kept = [
      'devices-pull',
      'device-deletions',
      'device-names',
      'device-marker-outbox',
    ] as const;
    const present = async () =>
      Promise.all(kept.map(async (key) => (await getKv(db, key)) !== undefined));

    expect(await bindSyncToAccount(db, 'alice')).toBe(false);
    expect(await present()).toEqual([true, true, true, true]);
    expect(await bindSyncToAccount(db, 'bob')).toBe(true);
    // Bob's listing starts from the beginning; alice's markers and names are not bob's.
    expect(await present()).toEqual([false, false, false, false]);
    expect(await getKv(db, 'device-identity')).toEqual({ node: 'aaaaaaaaaaaa', label: 'Here' });
  });
});
