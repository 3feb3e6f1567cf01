import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import { appActivityIdFor } from '../activity/activity-id';
import { pageTerms } from '../search/terms';
import { countBacklog } from '../sync/outbox-store';
import { listRecentActivities } from './testing/read-pages';
import { withCurrentId } from './activity-id-migration';
import { readCounters, recountStore } from './counter-store';
import { openTimelineDb } from './db';
import { listEngagements } from './history-store';
import { DB_VERSION } from './schema';
import { searchPages } from './search-store';
import {
  createReleasedDb,
  createReleasedSchema,
  HOUR,
  ITEMS,
  page,
  PAGES,
  storedActivities,
  storedKv,
  TOMBSTONE,
} from './testing/released-db';

// Upgrades from every released version, with a history as each version stored it: nothing may be
// lost, every index must answer for the old records, and no field may be half-migrated.
describe.each([1, 2, 3, 4, 5])('upgrading a version %i database', (version) => {
  const name = `migrate-from-v${String(version)}`;

  it('keeps every record under its current id, renames the change counter, indexes every page for search and queues deletes of Graph copies under old ids', async () => {
    await createReleasedDb(name, version);
    const db = await openTimelineDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('activities').store.indexNames].sort()).toEqual([
      'by-host-key',
      'by-last-active',
      'by-parked',
      'by-resume',
      'by-site-label',
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
        // Moved to its current id (version 6), it is written as today's writes write a page,
        // with the site label the history page lists it under (its declared name).
        siteLabel: 'Example',
        hostKey: 'test.example.',
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
    // Plus the counters (version 7), derived from the records as migrated, and the site labels'
    // and host keys' back-fill to do (versions 11 and 12, site-labels.ts).
    expect(await db.count('kv')).toBe(storedKv(version).length + 2);
    expect(await db.get('kv', 'site-label-fill')).toEqual({});
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
