// A history as each released version of the database stored it, in that version's own schema, for
// the upgrade tests (migrations.test.ts).
import { openDB, type IDBPDatabase } from 'idb';
import type { PageMetadata } from '../../activity/page-metadata';
import { pageTerms } from '../../search/terms';
import { initialTrackerState } from '../../tracking/engagement';

/** The schema of each released version, built as that version's upgrade built it (never edited). */
export function createReleasedSchema(db: IDBPDatabase, version: number): void {
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
  if (version >= 9) {
    activities.deleteIndex('by-term');
    activities.createIndex('by-term-time', 'searchKeys', { multiEntry: true });
  }
  if (version >= 11) activities.createIndex('by-site-label', 'siteLabel');
}

export function page(id: string, title: string): PageMetadata {
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

export const HOUR = 3_600_000;
export const PAGES = {
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
export function storedActivities(version: number): Record<string, unknown>[] {
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

export const ITEMS = [
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

export const TOMBSTONE = {
  key: 'activity:https://example.test/deleted',
  kind: 'activity',
  appActivityId: 'https://example.test/deleted',
  serverId: 'srv-deleted',
  createdAt: 8 * HOUR,
};

/** kv singletons as `version` held them. */
export function storedKv(version: number): [string, unknown][] {
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

export async function createReleasedDb(name: string, version: number): Promise<void> {
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
