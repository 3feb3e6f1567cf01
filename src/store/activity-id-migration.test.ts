import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { appActivityIdFor, isCurrentActivityId } from '../activity/activity-id';
import type { PageMetadata } from '../activity/page-metadata';
import { planSync } from '../sync/sync-planner';
import { initialTrackerState } from '../tracking/engagement';
import type { TrackerState } from '../tracking/engagement-types';
import { moveActivity, moveTrackerState, withCurrentId } from './activity-id-migration';
import { openTimelineDb } from './db';
import type { ActivityRecord, PendingDeletion, TombstoneRecord } from './schema';

const HOUR = 3_600_000;
const STORY = 'https://news.example/story?id=7';

function legacy(url: string, extra: Partial<ActivityRecord> = {}): ActivityRecord {
  const metadata: PageMetadata = {
    url,
    appActivityId: url,
    title: 'A story',
    type: 'NewsArticle',
    authors: [],
    keywords: [],
  };
  return { appActivityId: url, metadata, firstSeenAt: HOUR, lastActiveAt: 2 * HOUR, ...extra };
}

describe('moveActivity', () => {
  it.each([
    ['published (server id known)', { serverId: 'srv-1', bodyHash: 'h' }, { serverId: 'srv-1' }],
    ['sent without an answer', { sentAt: 5 }, { metadata: legacy(STORY).metadata }],
    ['never sent', undefined, undefined],
  ])('%s: new id, to publish, old copy queued for deletion', (_name, sync, tombstone) => {
    const moved = moveActivity(legacy(STORY, sync ? { sync } : {}), 99);
    if (moved.record === null) throw new Error('a clean URL is moved');
    expect(moved.record.appActivityId).toBe(appActivityIdFor(STORY));
    expect(moved.record.metadata.appActivityId).toBe(appActivityIdFor(STORY));
    expect(moved.record.sync).toBeUndefined();
    expect(moved.record.unsyncedChanges).toBe(1);
    expect(moved.tombstone).toEqual(
      tombstone && {
        key: `activity:${STORY}`,
        kind: 'activity',
        appActivityId: STORY,
        createdAt: 99,
        ...tombstone,
      },
    );
  });

  it('applies the current URL rules, so the id is the one the body builder sends', () => {
    const moved = moveActivity(legacy(`${STORY}&token=SECRET123`), 0);
    expect(moved.record?.metadata.url).toBe(STORY);
    expect(moved.record?.appActivityId).toBe(withCurrentId(legacy(STORY).metadata)?.appActivityId);
  });

  it('a page without engagements is moved but not queued for publishing', () => {
    const { lastActiveAt: _none, ...unread } = legacy(STORY);
    expect(moveActivity(unread, 0).record?.unsyncedChanges).toBeUndefined();
  });

  // A record the cleaning rejects is never kept, or sent again, with its raw URL.
  it.each([
    ['not http(s)', 'javascript:alert(1)//secret-token-7f3c9a1e'],
    ['over-long', `${STORY}&q=${'x'.repeat(5000)}`],
  ])('a URL that cannot be cleaned (%s) is dropped', (_name, url) => {
    expect(withCurrentId(legacy(url).metadata)).toBeNull();
    expect(moveActivity(legacy(url), 0)).toEqual({ record: null });
    // Graph's copy is deleted by its server id, never PUT again with the raw URL.
    expect(moveActivity(legacy(url, { sync: { sentAt: 5 } }), 0)).toEqual({ record: null });
    expect(moveActivity(legacy(url, { sync: { serverId: 'srv-9' } }), 7).tombstone).toEqual({
      key: `activity:${url}`,
      kind: 'activity',
      appActivityId: url,
      createdAt: 7,
      serverId: 'srv-9',
    });
  });

  it('a title the gate no longer takes becomes the host; the cleaned URL stays', () => {
    const old = legacy(`${STORY}&token=SECRET123`);
    const moved = moveActivity({ ...old, metadata: { ...old.metadata, title: ' \u0000 ' } }, 0);
    expect(moved.record?.metadata.url).toBe(STORY);
    expect(moved.record?.metadata.title).toBe('news.example');
  });
});

describe('planning the move', () => {
  it('deletes the old copy by server id, and the learning PUT keeps the old id in body and path', () => {
    const tombstones: TombstoneRecord[] = [
      { key: 'activity:a', kind: 'activity', appActivityId: STORY, serverId: 's', createdAt: 1 },
      {
        key: 'activity:b',
        kind: 'activity',
        appActivityId: `${STORY}&x=1`,
        metadata: legacy(`${STORY}&x=1`).metadata,
        createdAt: 2,
      },
    ];
    const plan = planSync([], tombstones, {
      now: 0,
      settleMs: 0,
      force: true,
      buildBody: (m) => ({ appActivityId: appActivityIdFor(m.url) }),
      hash: (t) => t,
    });
    expect(plan.writes).toEqual([
      { op: 'delete-activity', tombstoneKey: 'activity:a', serverId: 's' },
      expect.objectContaining({
        op: 'put-activity',
        appActivityId: `${STORY}&x=1`,
        body: { appActivityId: `${STORY}&x=1` },
      }),
    ]);
  });
});

describe('moveTrackerState', () => {
  it('an engagement open across the upgrade keeps accruing on the moved page', () => {
    const state: TrackerState = {
      ...initialTrackerState(0),
      tabs: {
        '3': {
          windowId: 1,
          page: { appActivityId: STORY, url: STORY },
          visible: true,
          audible: false,
          mediaPlaying: false,
          lastEvidenceAt: 0,
        },
      },
      interval: { tabId: 3, engagementId: 'e1', appActivityId: STORY, since: 0 },
      engagements: {
        [STORY]: {
          id: 'e1',
          appActivityId: STORY,
          url: STORY,
          startedAt: 0,
          lastActiveAt: 0,
          activeMs: 0,
        },
      },
    };
    const id = appActivityIdFor(STORY);
    const moved = moveTrackerState(state, (old) => (old === STORY ? id : old));
    expect(Object.keys(moved.engagements)).toEqual([id]);
    expect(moved.engagements[id]?.appActivityId).toBe(id);
    expect(moved.interval?.appActivityId).toBe(id);
    expect(moved.tabs['3']?.page?.appActivityId).toBe(id);
  });
});

describe('upgrading to current ids', () => {
  it('merges pages that now share an id, and moves engagements, tracker and pending deletions', async () => {
    const name = 'move-ids';
    const old = await openDB(name, 3, {
      upgrade(db) {
        const activities = db.createObjectStore('activities', { keyPath: 'appActivityId' });
        activities.createIndex('by-last-active', 'lastActiveAt');
        activities.createIndex('by-sync-pending', 'syncPending');
        activities.createIndex('by-term', 'searchTerms', { multiEntry: true });
        activities.createIndex('by-parked', 'sync.parked.at');
        const items = db.createObjectStore('historyItems', { keyPath: 'id' });
        items.createIndex('by-activity', 'appActivityId');
        items.createIndex('by-started', 'startedAt');
        db.createObjectStore('kv');
        db.createObjectStore('tombstones', { keyPath: 'key' });
      },
    });
    const withToken = `${STORY}&token=SECRET123`;
    await old.put('activities', legacy(STORY, { firstSeenAt: 2 * HOUR, lastActiveAt: 3 * HOUR }));
    await old.put('activities', legacy(withToken, { firstSeenAt: HOUR, lastActiveAt: 2 * HOUR }));
    for (const [id, page] of [
      ['g1', STORY],
      ['g2', withToken],
    ] as const) {
      await old.put('historyItems', {
        id,
        appActivityId: page,
        startedAt: HOUR,
        lastActiveAt: 2 * HOUR,
        activeMs: 60_000,
        userTimezone: 'UTC',
        ended: true,
        synced: { lastActiveAt: 2 * HOUR, activeMs: 60_000 },
      });
    }
    const deletion: PendingDeletion = {
      id: 'd1',
      scope: { from: 0, to: 5 * HOUR, appActivityIds: [withToken] },
      alsoTimeline: true,
      createdAt: 0,
      notBefore: 1,
    };
    await old.put('kv', [deletion], 'pending-deletions');
    await old.put('kv', initialTrackerState(0), 'tracker-state');
    old.close();

    const db = await openTimelineDb(name);
    const id = appActivityIdFor(STORY);
    const pages = await db.getAll('activities');
    expect(pages.map((p) => p.appActivityId)).toEqual([id]);
    expect(pages[0]).toMatchObject({ firstSeenAt: HOUR, lastActiveAt: 3 * HOUR });
    const items = await db.getAll('historyItems');
    expect(items.map((i) => [i.id, i.appActivityId, i.synced])).toEqual([
      ['g1', id, undefined],
      ['g2', id, undefined],
    ]);
    expect(await db.get('kv', 'pending-deletions')).toEqual([
      { ...deletion, scope: { ...deletion.scope, appActivityIds: [id] } },
    ]);
    expect((await db.getAllKeys('activities')).every((k) => isCurrentActivityId(k))).toBe(true);
    db.close();
  });
});
