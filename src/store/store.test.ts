import { describe, expect, it } from 'vitest';
import { initialTrackerState } from '../tracking/engagement';
import { recordPage } from './activities-store';
import { listRecentActivities } from './testing/read-pages';
import { deletePage } from './testing/delete-page';
import { engagement, page } from './testing/records';
import type { Db } from './db';
import { freshDbForEachTest } from './testing/fresh-db';
import { listRecentPages } from './page-rows';
import { DB_VERSION } from './schema';
import { commitTransition, loadTrackerState } from './tracker-store';

// Recording, listing, searching and deleting pages; pruning and clearing are in
// store-retention.test.ts.
let db: Db;
freshDbForEachTest('test', (opened) => (db = opened));

describe('store', () => {
  it('creates every store at the current version', () => {
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'activities',
      'historyItems',
      'kv',
      'relayReads',
      'tombstones',
    ]);
  });

  it('lists only pages that were read, most recently read first, with their total time', async () => {
    await recordPage(db, page('a'), 1);
    await recordPage(db, page('b'), 2);
    await recordPage(db, page('never-read'), 3);
    const state = initialTrackerState(0);
    await commitTransition(
      db,
      state,
      [
        { type: 'save-engagement', engagement: engagement('a', 'g1', 1000, 20_000) },
        { type: 'engagement-ended', kept: true, engagement: engagement('a', 'g2', 90_000, 5_000) },
        { type: 'save-engagement', engagement: engagement('b', 'g3', 50_000, 7_000) },
      ],
      'Europe/Paris',
    );
    const list = await listRecentActivities(db);
    expect(list.map((a) => [a.metadata.title, a.activeMs])).toEqual([
      ['Title a', 25_000],
      ['Title b', 7_000],
    ]);
    expect(list[0]?.historyItems.map((i) => [i.id, i.ended, i.userTimezone])).toEqual([
      ['g2', true, 'Europe/Paris'],
      ['g1', false, 'Europe/Paris'],
    ]);
    expect(await loadTrackerState(db)).toEqual(state);
  });

  it('gives the popup rows each page’s total and, when several, its number of sessions', async () => {
    await recordPage(db, page('a'), 1);
    await recordPage(db, page('b'), 2);
    await commitTransition(
      db,
      initialTrackerState(0),
      [
        { type: 'engagement-ended', kept: true, engagement: engagement('a', 'g1', 1000, 20_000) },
        { type: 'engagement-ended', kept: true, engagement: engagement('a', 'g2', 90_000, 5_000) },
        { type: 'save-engagement', engagement: engagement('b', 'g3', 50_000, 7_000) },
      ],
      'UTC',
    );
    const rows = await listRecentPages(db, { limit: 10 });
    expect(rows.map((r) => [r.title, r.activeMs, r.sessions])).toEqual([
      ['Title a', 25_000, 2],
      ['Title b', 7_000, undefined],
    ]);
  });

  it('keeps first-seen and last-read times when a page is recorded again', async () => {
    await recordPage(db, page('a'), 1);
    await commitTransition(
      db,
      initialTrackerState(0),
      [{ type: 'save-engagement', engagement: engagement('a', 'g1', 1000, 9000) }],
      'UTC',
    );
    await recordPage(db, page('a', { title: 'New title' }), 99);
    const [summary] = await listRecentActivities(db);
    expect(summary).toMatchObject({ lastActiveAt: 10_000, metadata: { title: 'New title' } });
    expect((await db.get('activities', page('a').appActivityId))?.firstSeenAt).toBe(1);
  });

  it('updates a growing engagement in place and drops one that ended too short', async () => {
    await recordPage(db, page('a'), 1);
    const state = initialTrackerState(0);
    await commitTransition(
      db,
      state,
      [{ type: 'save-engagement', engagement: engagement('a', 'g1', 0, 6000) }],
      'UTC',
    );
    await commitTransition(
      db,
      state,
      [{ type: 'save-engagement', engagement: engagement('a', 'g1', 0, 9000) }],
      'UTC',
    );
    await commitTransition(
      db,
      state,
      [{ type: 'engagement-ended', kept: false, engagement: engagement('a', 'g2', 20_000, 1000) }],
      'UTC',
    );
    const [summary] = await listRecentActivities(db);
    expect(summary?.historyItems.map((i) => [i.id, i.activeMs])).toEqual([['g1', 9000]]);
  });

  it('deletes a page with its engagements and does not let a later save resurrect it', async () => {
    await recordPage(db, page('a'), 1);
    await commitTransition(
      db,
      initialTrackerState(0),
      [{ type: 'save-engagement', engagement: engagement('a', 'g1', 0, 6000) }],
      'UTC',
    );
    expect((await deletePage(db, page('a').appActivityId, 6000)).pages).toBe(1);
    await commitTransition(
      db,
      initialTrackerState(0),
      [{ type: 'save-engagement', engagement: engagement('a', 'g1', 0, 8000) }],
      'UTC',
    );
    expect(await listRecentActivities(db)).toEqual([]);
    expect(await db.count('historyItems')).toBe(0);
    expect((await deletePage(db, page('a').appActivityId, 9000)).pages).toBe(0);
  });
});
