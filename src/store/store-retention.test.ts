import { describe, expect, it } from 'vitest';
import { initialTrackerState } from '../tracking/engagement';
import { clearLocalHistory, pruneHistory, recordPage } from './activities-store';
import { commitCounters } from './counter-store';
import { CounterLedger } from './counters';
import type { Db } from './db';
import { freshDbForEachTest } from './testing/fresh-db';
import { listRecentActivities } from './testing/read-pages';
import { type RelayReadRecord } from './schema';
import { countBacklog } from '../sync/outbox-store';
import { engagement, page } from './testing/records';
import { commitTransition, loadTrackerState } from './tracker-store';

// What leaves the store: pruning by age (with the relay reads of pruned pages) and clearing the
// whole local history. Recording, listing, searching and deleting pages are in store.test.ts.
let db: Db;
freshDbForEachTest('test', (opened) => (db = opened));

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

describe('pruneHistory', () => {
  it('prunes pages read before the retention limit and pages never read, keeping what waits for sync', async () => {
    await recordPage(db, page('old'), 1);
    await recordPage(db, page('recent'), 1);
    await recordPage(db, page('unread-old'), 1);
    await recordPage(db, page('unread-new'), 900_000);
    await readOldAndRecent();
    // 'old' still waits for Graph: retention must not lose it before it is sent.
    expect(
      await pruneHistory(db, {
        read: { readBefore: 500_000, canSend: true },
        unreadSeenBefore: 500_000,
      }),
    ).toBe(1);
    const old = await db.get('activities', page('old').appActivityId);
    if (old) {
      const { unsyncedChanges: _sent, ...synced } = old;
      await db.put('activities', synced);
    }
    expect(
      await pruneHistory(db, {
        read: { readBefore: 500_000, canSend: true },
        unreadSeenBefore: 500_000,
      }),
    ).toBe(1);
    expect((await listRecentActivities(db)).map((a) => a.metadata.title)).toEqual(['Title recent']);
    expect(await db.count('activities')).toBe(2);
    expect(await db.count('historyItems')).toBe(1);
    expect(await pruneHistory(db, { read: null, unreadSeenBefore: 0 })).toBe(0);
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
    expect(
      await pruneHistory(db, { read: { readBefore: 500_000, canSend: true }, unreadSeenBefore: 0 }),
    ).toBe(1);
    // The pruned page's read is never reported to the relay; the kept page's still waits.
    expect(await db.getAllKeys('relayReads')).toEqual(['g2']);
  });
  it('keeps a bare record of a page a tab still shows, so reading it later is recorded (F-track-3)', async () => {
    for (const id of ['glanced', 'unread-old', 'old', 'recent']) await recordPage(db, page(id), 1);
    await readOldAndRecent();
    const old = await db.get('activities', page('old').appActivityId);
    if (!old) throw new Error('no old');
    const { unsyncedChanges: _sent, ...synced } = old;
    await db.put('activities', synced);
    // Tabs still show 'glanced' (opened 8 days ago, never read) and 'old' (read long ago).
    const shows = (tabId: string, id: string) => ({
      [tabId]: {
        windowId: 1,
        page: { appActivityId: page(id).appActivityId, url: page(id).url },
        visible: true,
        audible: false,
        mediaPlaying: false,
        lastEvidenceAt: 0,
      },
    });
    const tracker = {
      ...initialTrackerState(0),
      tabs: { ...shows('1', 'glanced'), ...shows('2', 'old') },
    };
    await commitTransition(db, tracker, [], 'UTC');

    // 'unread-old' goes (no tab shows it); 'old' leaves the history with its engagement, bare.
    expect(
      await pruneHistory(db, {
        read: { readBefore: 500_000, canSend: true },
        unreadSeenBefore: 500_000,
      }),
    ).toBe(2);
    expect((await listRecentActivities(db)).map((a) => a.metadata.title)).toEqual(['Title recent']);
    expect(await db.getAllKeys('historyItems')).toEqual(['g2']);
    await commitTransition(
      db,
      tracker,
      [
        { type: 'save-engagement', engagement: engagement('glanced', 'g3', 900_000, 60_000) },
        { type: 'save-engagement', engagement: engagement('old', 'g4', 900_000, 60_000) },
      ],
      'UTC',
    );
    expect((await db.getAllKeys('historyItems')).sort()).toEqual(['g2', 'g3', 'g4']);
  });
});

describe('clearLocalHistory', () => {
  it('clears all local history (pages, engagements), keeps the deletes queued for Graph, and nothing comes back', async () => {
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

    await clearLocalHistory(db, Date.now());

    expect(await db.count('activities')).toBe(0);
    expect(await db.count('historyItems')).toBe(0);
    // The user's delete is not history: it still goes to Graph at the next sign-in (F-delete-1).
    expect(await db.getAllKeys('tombstones')).toEqual(['activity:x']);
    expect(await listRecentActivities(db)).toEqual([]);
    expect(await countBacklog(db)).toEqual({ pending: 1, parked: 0 });
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
