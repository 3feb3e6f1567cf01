import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type TimelineDb } from './schema';

export type Db = IDBPDatabase<TimelineDb>;

/**
 * Opens the database, running every migration from the stored version up. Each case falls through
 * to the next so a user several versions behind gets every step in order.
 */
export function openTimelineDb(name = DB_NAME): Promise<Db> {
  return openDB<TimelineDb>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each case falls through to the next: migrations run in sequence.
      switch (oldVersion) {
        case 0: {
          const activities = db.createObjectStore('activities', { keyPath: 'appActivityId' });
          activities.createIndex('by-last-active', 'lastActiveAt');
          const items = db.createObjectStore('historyItems', { keyPath: 'id' });
          items.createIndex('by-activity', 'appActivityId');
          db.createObjectStore('kv');
        }
      }
    },
    blocked() {
      // An older worker or page still holds the database open; it closes on its own when the
      // extension reloads. Nothing to do but wait.
    },
  });
}
