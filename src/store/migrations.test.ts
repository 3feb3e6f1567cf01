import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import { appActivityIdFor } from '../activity/activity-id';
import { pageTerms } from '../search/terms';
import { countBacklog } from '../sync/outbox-store';
import { initialTrackerState } from '../tracking/engagement';
import { listRecentActivities } from './activities-store';
import { withCurrentId } from './activity-id-migration';
import { readCounters, recountStore } from './counter-store';
import { openTimelineDb } from './db';
import { listEngagements } from './history-store';
import { DB_VERSION } from './schema';
import { searchPages } from './search-store';

// Upgrades from every released version, with a history as each version stored it: nothing may be
// lost, every index must answer for the old records, and no field may be half-migrated.

/** The schema of each released version, built as that version's upgrade built it (never edited). */
function createReleasedSchema(db: IDBPDatabase, version: number): void {
  const activities = db.createObjectStore('activities', { keyPath: 'appActivityId' });
  activities.createIndex('by-last-active', 'lastActiveAt');
  const items = db.createObjectStore('historyItems', { keyPath: 'id' });
  items.createIndex('by-activity', 'appActivityId');
  db.createObjectStore('kv');
  if (version >= 2) {
    if (version < 4) activities.createIndex('by-sync-pending', 'syncPending');
    db.createObjectStore('tombstones', { keyPath: 'key' });
  }
  if (version >= 3) {
    activities.createIndex('by-term', 'searchTerms', { multiEntry: true });
    activities.createIndex('by-parked', 'sync.parked.at');
    items.createIndex('by-started', 'startedAt');
  }
  if (version >= 4) activities.createIndex('by-unsynced-changes', 'unsyncedChanges');
  if (version >= 5) {
    db.createObjectStore('relayReads', { keyPath: 'id' }).createIndex('by-queued', 'queuedAt');
  }
  if (version >= 8) activities.createIndex('by-resume', 'reading.resumeAt');
}

function page(id: string, title: string): PageMetadata {
  return {
    url: `https://example.test/${id}`,
    appActivityId: `https://example.test/${id}`,
    title,
    siteName: 'Example',
    type: 'Article',
    authors: [{ kind: 'Person', name: 'Ada Writer' }],
    keywords: ['history'],
  };
}

const HOUR = 3_600_000;
const PAGES = {
  // Changed twice since Graph last saw it.
  pending: page('pending', 'Lighthouses of the northern coast'),
  // In sync with Graph.
  synced: page('synced', 'Bread baking at altitude'),
  // Graph refused it for good, then it changed again.
  parked: page('parked', 'Parked page about glaciers'),
};

/**
 * Activities as `version` stored them: the change counter was `syncPending` from version 2 on,
 * `unsyncedChanges` from version 4.
 */
function storedActivities(version: number): Record<string, unknown>[] {
  const counted = (n: number) =>
    version >= 4 ? { unsyncedChanges: n } : version >= 2 ? { syncPending: n } : {};
  const terms = (metadata: PageMetadata) =>
    version >= 3 ? { searchTerms: pageTerms(metadata) } : {};
  return [
    {
      appActivityId: PAGES.pending.appActivityId,
      metadata: PAGES.pending,
      firstSeenAt: 1 * HOUR,
      lastActiveAt: 2 * HOUR,
      ...counted(2),
      ...(version >= 2 ? { sync: { serverId: 'srv-pending', bodyHash: 'h1' } } : {}),
      ...terms(PAGES.pending),
    },
    {
      appActivityId: PAGES.synced.appActivityId,
      metadata: PAGES.synced,
      firstSeenAt: 3 * HOUR,
      lastActiveAt: 4 * HOUR,
      ...(version >= 2 ? { sync: { serverId: 'srv-synced', bodyHash: 'h2' } } : {}),
      ...terms(PAGES.synced),
    },
    {
      appActivityId: PAGES.parked.appActivityId,
      metadata: PAGES.parked,
      firstSeenAt: 5 * HOUR,
      lastActiveAt: 6 * HOUR,
      ...counted(1),
      ...(version >= 2
        ? { sync: { parked: { code: 'invalidRequest', message: 'no', at: 7 * HOUR } } }
        : {}),
      ...terms(PAGES.parked),
    },
  ];
}

const ITEMS = [
  { id: 'g1', appActivityId: PAGES.pending.appActivityId, startedAt: 1 * HOUR, activeMs: 60_000 },
  { id: 'g2', appActivityId: PAGES.pending.appActivityId, startedAt: 2 * HOUR, activeMs: 90_000 },
  { id: 'g3', appActivityId: PAGES.synced.appActivityId, startedAt: 4 * HOUR, activeMs: 30_000 },
  { id: 'g4', appActivityId: PAGES.parked.appActivityId, startedAt: 6 * HOUR, activeMs: 45_000 },
].map((item) => ({
  ...item,
  lastActiveAt: item.startedAt + item.activeMs,
  userTimezone: 'Europe/Paris',
  ended: true,
}));

const TOMBSTONE = {
  key: 'activity:https://example.test/deleted',
  kind: 'activity',
  appActivityId: 'https://example.test/deleted',
  serverId: 'srv-deleted',
  createdAt: 8 * HOUR,
};

/** kv singletons as `version` held them. */
function storedKv(version: number): [string, unknown][] {
  return [
    ['tracker-state', initialTrackerState(0)],
    ...(version >= 2
      ? ([
          ['sync-status', { state: 'idle', attempt: 0, lastSuccessAt: 9 * HOUR }],
          ['sync-write-log', [8 * HOUR, 9 * HOUR]],
          ['sync-account', 'https://login.example/tenant|alice'],
        ] as [string, unknown][])
      : []),
    ...(version >= 3
      ? ([
          [
            'pending-deletions',
            [
              {
                id: 'd1',
                scope: { from: 0, to: 9 * HOUR },
                alsoTimeline: false,
                createdAt: 9 * HOUR,
                notBefore: 9 * HOUR + 10_000,
              },
            ],
          ],
        ] as [string, unknown][])
      : []),
  ];
}

async function createReleasedDb(name: string, version: number): Promise<void> {
  const old = await openDB(name, version, {
    upgrade: (db) => {
      createReleasedSchema(db, version);
    },
  });
  for (const record of storedActivities(version)) await old.put('activities', record);
  for (const item of ITEMS) await old.put('historyItems', item);
  if (version >= 2) await old.put('tombstones', TOMBSTONE);
  for (const [key, value] of storedKv(version)) await old.put('kv', value, key);
  old.close();
}

describe.each([1, 2, 3, 4, 5])('upgrading a version %i database', (version) => {
  const name = `migrate-from-v${String(version)}`;

  it('keeps every record under its current id, renames the change counter, indexes every page for search and queues deletes of Graph copies under old ids', async () => {
    await createReleasedDb(name, version);
    const db = await openTimelineDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('activities').store.indexNames].sort()).toEqual([
      'by-last-active',
      'by-parked',
      'by-resume',
      'by-term-time',
      'by-unsynced-changes',
    ]);

    // Activities: the same records under their current id, with one more change to publish (under
    // that id Graph has nothing yet), the counter under its new name and search terms added.
    const newId = (url: string) => appActivityIdFor(url);
    const expected = storedActivities(version).map((stored) => {
      const {
        syncPending,
        sync: _sync,
        unsyncedChanges,
        ...rest
      } = stored as {
        syncPending?: number;
        unsyncedChanges?: number;
        sync?: unknown;
        metadata: PageMetadata;
        lastActiveAt: number;
      };
      const metadata = withCurrentId(rest.metadata);
      if (metadata === null) throw new Error('every page of this history has a clean URL');
      return {
        ...rest,
        appActivityId: metadata.appActivityId,
        metadata,
        unsyncedChanges: (syncPending ?? unsyncedChanges ?? 0) + 1,
        searchTerms: pageTerms(rest.metadata),
        searchKeys: pageTerms(rest.metadata).map((term) => [term, rest.lastActiveAt]),
      };
    });
    const sortById = (a: { appActivityId: string }, b: { appActivityId: string }) =>
      a.appActivityId.localeCompare(b.appActivityId);
    expect((await db.getAll('activities')).sort(sortById)).toEqual(
      (expected as unknown as { appActivityId: string }[]).sort(sortById),
    );
    // Engagements follow their page; Graph's copies under the old ids (known by server id) are
    // queued for deletion beside the delete that was already waiting.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await db.getAll('historyItems')).sort(byId)).toEqual(
      ITEMS.map((item) => {
        const url = Object.values(PAGES).find((p) => p.appActivityId === item.appActivityId)?.url;
        return { ...item, appActivityId: newId(url ?? '') };
      }),
    );
    const moved = (page: PageMetadata, serverId: string) => ({
      key: `activity:${page.appActivityId}`,
      kind: 'activity',
      appActivityId: page.appActivityId,
      serverId,
      createdAt: expect.any(Number) as number,
    });
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect((await db.getAll('tombstones')).sort(byKey)).toEqual(
      version >= 2
        ? [TOMBSTONE, moved(PAGES.pending, 'srv-pending'), moved(PAGES.synced, 'srv-synced')].sort(
            byKey,
          )
        : [],
    );
    for (const [key, value] of storedKv(version)) {
      expect(await db.get('kv', key as never)).toEqual(value);
    }
    // Version 5: the organisation relay's outbox, empty and indexed by queue time.
    expect([...db.transaction('relayReads').store.indexNames]).toEqual(['by-queued']);
    expect(await db.count('relayReads')).toBe(0);
    // Plus the counters (version 7), derived from the records as migrated.
    expect(await db.count('kv')).toBe(storedKv(version).length + 1);
    expect(await readCounters(db)).toEqual(await recountStore(db));
    expect((await readCounters(db)).readPages).toBe(3);

    // The indexes answer for the old records.
    expect((await db.getAllKeysFromIndex('activities', 'by-unsynced-changes')).sort()).toEqual(
      Object.values(PAGES)
        .map((p) => newId(p.url))
        .sort(),
    );
    expect(await countBacklog(db)).toEqual({ pending: version >= 2 ? 6 : 3, parked: 0 });
    const found = await searchPages(db, 'lighthouses', { limit: 5 });
    expect(found.rows.map((row) => row.title)).toEqual([PAGES.pending.title]);
    expect((await listEngagements(db, { limit: 10 })).rows.map((row) => row.id)).toEqual([
      'g4',
      'g3',
      'g2',
      'g1',
    ]);
    expect((await listRecentActivities(db)).map((a) => [a.metadata.title, a.activeMs])).toEqual([
      [PAGES.parked.title, 45_000],
      [PAGES.synced.title, 30_000],
      [PAGES.pending.title, 150_000],
    ]);
    db.close();

    // Opening again runs no step twice.
    const again = await openTimelineDb(name);
    expect(await again.count('activities')).toBe(3);
    again.close();
  });
});

describe('upgrading a version 5 database with a page whose URL cannot be cleaned', () => {
  it('drops its engagements and its reads queued for the relay, keeping the others', async () => {
    const name = 'migrate-v5-unsafe';
    const unsafe = 'javascript:alert(1)//secret-token-7f3c9a1e';
    const clean = page('kept', 'Harbour walls');
    const old = await openDB(name, 5, {
      upgrade: (db) => {
        createReleasedSchema(db, 5);
      },
    });
    for (const metadata of [
      clean,
      { ...page('x', 'Sign-in'), url: unsafe, appActivityId: unsafe },
    ]) {
      await old.put('activities', {
        appActivityId: metadata.appActivityId,
        metadata,
        firstSeenAt: HOUR,
        lastActiveAt: 2 * HOUR,
      });
    }
    for (const [id, appActivityId] of [
      ['g-kept', clean.appActivityId],
      ['g-unsafe', unsafe],
    ] as const) {
      await old.put('historyItems', { ...ITEMS[0], id, appActivityId });
      await old.put('relayReads', { id, url: appActivityId, startedAt: HOUR, queuedAt: 2 * HOUR });
    }
    old.close();

    const db = await openTimelineDb(name);
    expect((await db.getAll('historyItems')).map((item) => item.id)).toEqual(['g-kept']);
    expect(await db.getAll('relayReads')).toEqual([
      { id: 'g-kept', url: clean.url, startedAt: HOUR, queuedAt: 2 * HOUR },
    ]);
    db.close();
  });
});

describe('upgrading a version 8 database', () => {
  const name = 'migrate-from-v8';
  const current = (metadata: PageMetadata): PageMetadata => {
    const moved = withCurrentId(metadata);
    if (moved === null) throw new Error('every page of this history has a clean URL');
    return moved;
  };
  // Pages as version 8 stored them: current ids, terms but no `searchKeys`, counters kept.
  const pages = [
    { ...current(page('tides', 'Tide tables of the north')), lastActiveAt: 2 * HOUR },
    { ...current(page('rivers', 'River deltas and tides')), lastActiveAt: 5 * HOUR },
    // Opened, never read: stays out of search.
    { ...current(page('unread', 'Tide clocks')), lastActiveAt: undefined },
  ];
  const stored = pages.map(({ lastActiveAt, ...metadata }) => ({
    appActivityId: metadata.appActivityId,
    metadata,
    firstSeenAt: HOUR,
    ...(lastActiveAt === undefined ? {} : { lastActiveAt, unsyncedChanges: 1 }),
    searchTerms: pageTerms(metadata),
  }));

  it('indexes every read page by term and time in one pass, keeping the records and counters', async () => {
    const old = await openDB(name, 8, {
      upgrade: (db) => {
        createReleasedSchema(db, 8);
      },
    });
    for (const record of stored) await old.put('activities', record);
    const counters = {
      readPages: 2,
      unsynced: 2,
      unsyncedParked: 0,
      tombstones: 0,
      parkedTombstones: 0,
    };
    await old.put('kv', counters, 'counters');
    old.close();

    const db = await openTimelineDb(name);
    const indexes = [...db.transaction('activities').store.indexNames];
    expect(indexes).toContain('by-term-time');
    expect(indexes).not.toContain('by-term');
    const byId = (a: { appActivityId: string }, b: { appActivityId: string }) =>
      a.appActivityId.localeCompare(b.appActivityId);
    expect((await db.getAll('activities')).sort(byId)).toEqual(
      stored
        .map((record) =>
          record.lastActiveAt === undefined
            ? record
            : { ...record, searchKeys: record.searchTerms.map((t) => [t, record.lastActiveAt]) },
        )
        .sort(byId),
    );
    expect(await readCounters(db)).toEqual(counters);
    // The new index answers: newest first for a word, by prefix, never an unread page.
    const titles = async (query: string) =>
      (await searchPages(db, query, { limit: 5 })).rows.map((row) => row.title);
    expect(await titles('tide')).toEqual(['Tide tables of the north', 'River deltas and tides']);
    expect(await titles('delt')).toEqual(['River deltas and tides']);
    expect(await titles('clocks')).toEqual([]);
    db.close();
  });
});
