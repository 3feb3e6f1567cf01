// A deletion marker from another device applied while a tab here shows the page (F-devices-1).
import { describe, expect, it } from 'vitest';
import { isNeverRecordedUrl } from '../background/may-read';
import { recordPage } from '../store/activities-store';
import { commitCounters, readCounters, recountStore } from '../store/counter-store';
import { CounterLedger } from '../store/counters';
import type { Db } from '../store/db';
import { loadDeletedReadings } from '../store/deleted-readings';
import { applyDeletion } from '../store/deletion-store';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { engagement, page } from '../store/testing/records';
import { commitTransition } from '../store/tracker-store';
import { initialTrackerState } from '../tracking/engagement';
import type { TrackerState } from '../tracking/engagement-types';
import type { MergeRules } from './merge';
import { applyListingPage, INITIAL_PULL_STATE } from './pull-store';
import type { RemoteEntry } from './remote-activity';

let db: Db;
freshDbForEachTest('pull-store', (opened) => (db = opened));

const RULES: MergeRules = {
  ownNode: 'aaaaaaaaaaaa',
  keepSince: null,
  excluded: () => false,
  neverRecorded: () => false,
  keep: { description: true, image: true, authors: true },
};
const P = page('open');
const DELETED_AT = 100_000;

/** The tracker with a tab showing P, holding `held` engagements (not yet saved, or growing). */
function showingP(held: ReturnType<typeof engagement>[]): TrackerState {
  const tab = { windowId: 1, page: { appActivityId: P.appActivityId, url: P.url } };
  return {
    ...initialTrackerState(0),
    tabs: {
      '1': { ...tab, visible: true, audible: false, mediaPlaying: false, lastEvidenceAt: 0 },
    },
    engagements: Object.fromEntries(held.map((e) => [e.id, e])),
  };
}

const marker: RemoteEntry = {
  kind: 'deleted',
  appActivityIds: [P.appActivityId],
  deletedAt: DELETED_AT,
};

describe('a deletion marker for a page a tab here shows', () => {
  it('keeps it bare, so reading on is recorded, and deletes what the tracker holds from before', async () => {
    await recordPage(db, P, 1);
    const before = engagement('open', 'e1', 10_000, 30_000);
    const growing = engagement('open', 'e2', 50_000, 6_000);
    await commitTransition(
      db,
      showingP([growing]),
      [{ type: 'engagement-ended', kept: true, engagement: before }],
      'UTC',
    );
    await applyListingPage(db, [marker], RULES, INITIAL_PULL_STATE);
    expect(await db.count('historyItems')).toBe(0);
    // e2 (held, started before the marker) is deleted too: never written again.
    expect(await loadDeletedReadings(db)).toEqual([{ id: 'e2', askedAt: DELETED_AT + 1 }]);

    const after = engagement('open', 'e3', 200_000, 30_000);
    const grown = { ...growing, lastActiveAt: 210_000, activeMs: 20_000 };
    await commitTransition(
      db,
      showingP([grown, after]),
      [
        { type: 'save-engagement', engagement: grown },
        { type: 'save-engagement', engagement: after },
      ],
      'UTC',
    );
    expect(await db.getAllKeys('historyItems')).toEqual(['e3']);
  });

  it('deletes it whole when no tab shows it', async () => {
    await recordPage(db, P, 1);
    await commitTransition(
      db,
      initialTrackerState(0),
      [
        {
          type: 'engagement-ended',
          kept: true,
          engagement: engagement('open', 'e1', 10_000, 30_000),
        },
      ],
      'UTC',
    );
    await applyListingPage(db, [marker], RULES, INITIAL_PULL_STATE);
    expect(await db.count('activities')).toBe(0);
    expect(await loadDeletedReadings(db)).toEqual([]);
  });
});

describe("another device's engagements deleted here only (F-devices-4)", () => {
  const item = (n: number, startedAt: number) => ({
    id: `5000000${String(n)}-0000-8000-8000-bbbbbbbbbbbb`,
    startedAt,
    lastActiveAt: startedAt + 60_000,
    activeMs: 60_000,
    userTimezone: 'UTC',
  });
  const listed = (...items: ReturnType<typeof item>[]): RemoteEntry => ({
    kind: 'page',
    serverId: 'srv-p',
    appActivityId: P.appActivityId,
    metadata: P,
    items,
  });

  it('do not come back when the other device reads the page again', async () => {
    await applyListingPage(db, [listed(item(1, 10_000))], RULES, INITIAL_PULL_STATE);
    expect(await db.getAllKeys('historyItems')).toEqual([item(1, 0).id]);
    await applyDeletion(db, { from: 0, to: 100_000 }, { alsoTimeline: false, now: 100_000 });
    expect(await db.count('historyItems')).toBe(0);
    // The other device reads it again: Graph lists the page with both engagements.
    const again = item(2, 200_000);
    await applyListingPage(db, [listed(item(1, 10_000), again)], RULES, INITIAL_PULL_STATE);
    expect(await db.getAllKeys('historyItems')).toEqual([again.id]);
  });
});

describe('a deletion marker removing a page whole (F-devices-2)', () => {
  it("drops its dropped engagements' tombstones, which would PUT the page again", async () => {
    await recordPage(db, P, 1);
    // An engagement dropped before the page's first PUT was answered: its delete needs Graph's id.
    const tombstone = {
      key: 'item:e0',
      kind: 'history-item',
      appActivityId: P.appActivityId,
      historyItemId: 'e0',
      metadata: P,
      createdAt: 5,
    } as const;
    const tx = db.transaction(['tombstones', 'kv'], 'readwrite');
    await tx.objectStore('tombstones').put(tombstone);
    await commitCounters(tx.objectStore('kv'), new CounterLedger().tombstone(undefined, tombstone));
    await tx.done;
    await applyListingPage(db, [marker], RULES, INITIAL_PULL_STATE);
    expect(await db.count('activities')).toBe(0);
    expect(await db.count('tombstones')).toBe(0);
    expect(await readCounters(db)).toEqual(await recountStore(db));
  });
});

describe('a pulled page the never-record rules refuse (another device on an older version)', () => {
  const rules: MergeRules = {
    ...RULES,
    neverRecorded: (url) => isNeverRecordedUrl(url, { clientId: 'c', tenant: 'common' }),
  };
  const reset = page(`reset-password/${'9f3a'.repeat(16)}`);
  const news = page('news');
  const listed = (m: typeof reset, serverId: string): RemoteEntry => ({
    kind: 'page',
    serverId,
    appActivityId: m.appActivityId,
    metadata: m,
    items: [
      {
        id: `5000000${serverId.length}-0000-8000-8000-bbbbbbbbbbbb`,
        startedAt: 10_000,
        lastActiveAt: 70_000,
        activeMs: 60_000,
        userTimezone: 'UTC',
      },
    ],
  });

  it('is not kept, and Graph is asked to delete it by the id it listed, once', async () => {
    const entries = [listed(reset, 'srv-reset'), listed(news, 'srv-news')];
    const applied = await applyListingPage(db, entries, rules, INITIAL_PULL_STATE);
    expect(applied).toMatchObject({ pulledActivities: 1, refusedPages: 1 });
    expect(await db.getAllKeys('activities')).toEqual([news.appActivityId]);
    const tombstones = await db.getAll('tombstones');
    expect(tombstones).toMatchObject([
      { key: `activity:${reset.appActivityId}`, kind: 'activity', serverId: 'srv-reset' },
    ]);
    // Listed again before the delete went: nothing changes, the counters stay true.
    await applyListingPage(db, entries, rules, INITIAL_PULL_STATE);
    expect(await db.getAll('tombstones')).toEqual(tombstones);
    expect(await readCounters(db)).toMatchObject({ readPages: 1, unsynced: 0, tombstones: 1 });
    expect(await readCounters(db)).toEqual(await recountStore(db));
  });
});
