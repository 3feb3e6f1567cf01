import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { pageTerms } from '../search/terms';
import { DB_NAME, DB_VERSION, type TimelineDb } from './schema';

export type Db = IDBPDatabase<TimelineDb>;

/**
 * Opens the database, running every migration from the stored version up.
 */
export function openTimelineDb(name = DB_NAME): Promise<Db> {
  return openDB<TimelineDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // One block per version, in order: a user several versions behind runs every step.
      if (oldVersion < 1) {
        const activities = db.createObjectStore('activities', { keyPath: 'appActivityId' });
        activities.createIndex('by-last-active', 'lastActiveAt');
        const items = db.createObjectStore('historyItems', { keyPath: 'id' });
        items.createIndex('by-activity', 'appActivityId');
        db.createObjectStore('kv');
      }
      if (oldVersion < 2) {
        // Sync to Graph. Existing records simply have no sync state yet (never sent).
        transaction.objectStore('activities').createIndex('by-sync-pending', 'syncPending');
        db.createObjectStore('tombstones', { keyPath: 'key' });
      }
      if (oldVersion < 3) {
        // History page and search: engagements by start time, pages by search term, and refused
        // writes counted from an index. Existing pages get their terms here, once.
        const activities = transaction.objectStore('activities');
        activities.createIndex('by-term', 'searchTerms', { multiEntry: true });
        activities.createIndex('by-parked', 'sync.parked.at');
        transaction.objectStore('historyItems').createIndex('by-started', 'startedAt');
        void backfillSearchTerms(transaction);
      }
    },
    blocked() {
      // An older worker or page still holds the database open; it closes on its own when the
      // extension reloads. Nothing to do but wait.
    },
  });
}

type UpgradeTransaction = IDBPTransaction<TimelineDb, StoreNames<TimelineDb>[], 'versionchange'>;

/** Version 3: index every page recorded before search existed. Runs inside the upgrade. */
async function backfillSearchTerms(transaction: UpgradeTransaction): Promise<void> {
  let cursor = await transaction.objectStore('activities').openCursor();
  while (cursor) {
    await cursor.update({ ...cursor.value, searchTerms: pageTerms(cursor.value.metadata) });
    cursor = await cursor.continue();
  }
}
