import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import { initialTrackerState } from '../tracking/engagement';
import type { Engagement } from '../tracking/engagement-types';
import {
  clearLocalHistory,
  deleteActivity,
  listRecentActivities,
  pruneHistory,
  recordPage,
} from './activities-store';
import { commitCounters } from './counter-store';
import { CounterLedger } from './counters';
import { openTimelineDb, type Db } from './db';
import { DB_VERSION, type RelayReadRecord } from './schema';
import { countBacklog } from '../sync/outbox-store';
import { commitTransition, loadTrackerState } from './tracker-store';

function page(id: string, extra: Partial<PageMetadata> = {}): PageMetadata {
  return {
    url: `https://example.test/${id}`,
    appActivityId: `https://example.test/${id}`,
    title: `Title ${id}`,
    type: 'Article',
    authors: [],
    keywords: [],
    ...extra,
  };
}

function engagement(pageId: string, id: string, startedAt: number, activeMs: number): Engagement {
  return {
    id,
    appActivityId: `https://example.test/${pageId}`,
    url: `https://example.test/${pageId}`,
    startedAt,
    lastActiveAt: startedAt + activeMs,
    activeMs,
  };
}

let db: Db;
let dbCount = 0;

beforeEach(async () => {
  db = await openTimelineDb(`test-${String(++dbCount)}`);
});
afterEach(() => {
  db.close();
});

/** Reads 'old' (g1, at 0) and 'recent' (g2, at 800 s) for 6 s each, queuing `relayReads`. */
function readOldAndRecent(relayReads: RelayReadRecord[] = []): Promise<void> {
  return commitTransition(
    db,
    initialTrackerState(0),
    [
      { type: 'engagement-ended', kept: true, engagement: engagement('old', 'g1', 0, 6000) },
      {
        type: 'engagement-ended',
        kept: true,
        engagement: engagement('recent', 'g2', 800_000, 6000),
      },
    ],
    'UTC',
    relayReads,
  );
}

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

  it('searches title, site, URL and description with every word', async () => {
    await recordPage(db, page('rust', { title: 'Ownership in Rust', siteName: 'The Book' }), 1);
    await recordPage(
      db,
      page('go', { title: 'Go channels', description: 'Concurrency made easy' }),
      1,
    );
    await commitTransition(
      db,
      initialTrackerState(0),
      [
        { type: 'save-engagement', engagement: engagement('rust', 'g1', 0, 6000) },
        { type: 'save-engagement', engagement: engagement('go', 'g2', 0, 6000) },
      ],
      'UTC',
    );
    const titles = async (query: string) =>
      (await listRecentActivities(db, { query })).map((a) => a.metadata.title);
    expect(await titles('rust book')).toEqual(['Ownership in Rust']);
    expect(await titles('CONCURRENCY')).toEqual(['Go channels']);
    expect(await titles('example.test/go')).toEqual(['Go channels']);
    expect(await titles('rust go')).toEqual([]);
  });

  it('deletes a page with its engagements and does not let a later save resurrect it', async () => {
    await recordPage(db, page('a'), 1);
    await commitTransition(
      db,
      initialTrackerState(0),
      [{ type: 'save-engagement', engagement: engagement('a', 'g1', 0, 6000) }],
      'UTC',
    );
    expect(await deleteActivity(db, page('a').appActivityId, 5)).toBe(true);
    await commitTransition(
      db,
      initialTrackerState(0),
      [{ type: 'save-engagement', engagement: engagement('a', 'g1', 0, 8000) }],
      'UTC',
    );
    expect(await listRecentActivities(db)).toEqual([]);
    expect(await db.count('historyItems')).toBe(0);
    expect(await deleteActivity(db, page('a').appActivityId, 5)).toBe(false);
  });

  it('prunes pages read before the retention limit and pages never read, keeping what waits for sync', async () => {
    await recordPage(db, page('old'), 1);
    await recordPage(db, page('recent'), 1);
    await recordPage(db, page('unread-old'), 1);
    await recordPage(db, page('unread-new'), 900_000);
    await readOldAndRecent();
    // 'old' still waits for Graph: retention must not lose it before it is sent.
    expect(await pruneHistory(db, { readBefore: 500_000, unreadSeenBefore: 500_000 })).toBe(1);
    const old = await db.get('activities', page('old').appActivityId);
    if (old) {
      const { unsyncedChanges: _sent, ...synced } = old;
      await db.put('activities', synced);
    }
    expect(await pruneHistory(db, { readBefore: 500_000, unreadSeenBefore: 500_000 })).toBe(1);
    expect((await listRecentActivities(db)).map((a) => a.metadata.title)).toEqual(['Title recent']);
    expect(await db.count('activities')).toBe(2);
    expect(await db.count('historyItems')).toBe(1);
    expect(await pruneHistory(db, { readBefore: null, unreadSeenBefore: 0 })).toBe(0);
  });

  it('prunes the relay reads of pruned pages with them, keeping the others queued', async () => {
    await recordPage(db, page('old'), 1);
    await recordPage(db, page('recent'), 1);
    const queued = (id: string, startedAt: number) => ({
      id,
      url: `https://example.test/${id}`,
      startedAt,
      queuedAt: startedAt,
    });
    await readOldAndRecent([queued('g1', 0), queued('g2', 800_000)]);
    for (const m of [page('old'), page('recent')]) {
      const sent = await db.get('activities', m.appActivityId);
      if (!sent) throw new Error(`no ${m.title}`);
      const { unsyncedChanges: _sent, ...synced } = sent;
      await db.put('activities', synced);
    }
    expect(await pruneHistory(db, { readBefore: 500_000, unreadSeenBefore: 0 })).toBe(1);
    // The pruned page's read is never reported to the relay; the kept page's still waits.
    expect(await db.getAllKeys('relayReads')).toEqual(['g2']);
  });

  it('lists hundreds of pages and honours the limit', async () => {
    for (let i = 0; i < 300; i++) {
      await recordPage(db, page(String(i)), i);
    }
    await commitTransition(
      db,
      initialTrackerState(0),
      Array.from({ length: 300 }, (_, i) => ({
        type: 'save-engagement' as const,
        engagement: engagement(String(i), `g${String(i)}`, i * 1000, 6000),
      })),
      'UTC',
    );
    const list = await listRecentActivities(db, { limit: 250 });
    expect(list).toHaveLength(250);
    expect(list[0]?.metadata.title).toBe('Title 299');
  });
});

describe('clearLocalHistory', () => {
  it('clears all local history: pages, engagements and queued deletes, and nothing comes back', async () => {
    await recordPage(db, page('a'), 1);
    await recordPage(db, page('b'), 2);
    const tracker = initialTrackerState(0);
    await commitTransition(
      db,
      tracker,
      [
        { type: 'engagement-ended', kept: true, engagement: engagement('a', 'g1', 0, 6000) },
        { type: 'save-engagement', engagement: engagement('b', 'g2', 10_000, 7000) },
      ],
      'UTC',
    );
    // A delete Graph has not seen yet, written as the store writes one (with its counter).
    const tx = db.transaction(['tombstones', 'kv'], 'readwrite');
    const tombstone = {
      key: 'activity:x',
      kind: 'activity',
      appActivityId: 'x',
      createdAt: 1,
    } as const;
    await tx.objectStore('tombstones').put(tombstone);
    await commitCounters(tx.objectStore('kv'), new CounterLedger().tombstone(undefined, tombstone));
    await tx.done;
    // Every store holds something, so each check below can fail.
    expect(await db.count('activities')).toBe(2);
    expect(await db.count('historyItems')).toBe(2);
    expect(await db.count('tombstones')).toBe(1);
    expect(await countBacklog(db)).toEqual({ pending: 3, parked: 0 });

    await clearLocalHistory(db);

    expect(await db.count('activities')).toBe(0);
    expect(await db.count('historyItems')).toBe(0);
    expect(await db.count('tombstones')).toBe(0);
    expect(await listRecentActivities(db)).toEqual([]);
    expect(await countBacklog(db)).toEqual({ pending: 0, parked: 0 });
    // The page still open goes on being read: that does not bring it back.
    await commitTransition(
      db,
      tracker,
      [{ type: 'save-engagement', engagement: engagement('b', 'g2', 10_000, 9000) }],
      'UTC',
    );
    expect(await db.count('activities')).toBe(0);
    expect(await db.count('historyItems')).toBe(0);
    // The tracker's own state (focus, tabs, idle) is not history and stays.
    expect(await loadTrackerState(db)).toEqual(tracker);
  });
});
