import { openDB, unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { isCurrentActivityId } from '../activity/activity-id';
import { pageTerms } from '../search/terms';
import {
  mergeActivities,
  moveActivity,
  moveHistoryItem,
  movePendingDeletions,
  moveTrackerState,
} from './activity-id-migration';
import { getKv, putKv } from './kv';
import { countRecords } from './counters';
import { withIndexKeys, withSearchKeys } from './search-keys';
import { DB_NAME, DB_VERSION, type ActivityRecord, type TimelineDb } from './schema';

/** An open connection to the extension's database (openDb). */
export type Db = IDBPDatabase<TimelineDb>;

/** The version 2 index of `syncPending`, which version 4 replaces (kept out of TimelineDb). */
const LEGACY_COUNTER_INDEX = 'by-sync-pending';
/** The version 3 search index (terms alone), which version 9 replaces. */
const LEGACY_TERM_INDEX = 'by-term';

/** An activity as any earlier version may have stored it: `syncPending` before version 4. */
type StoredActivity = ActivityRecord & { syncPending?: number };

type UpgradeTransaction = IDBPTransaction<TimelineDb, StoreNames<TimelineDb>[], 'versionchange'>;

/**
 * Opens the database, running every migration from the stored version up, in the one upgrade
 * transaction (a failed step aborts the upgrade and leaves the old version intact).
 */
export function openTimelineDb(name = DB_NAME): Promise<Db> {
  return openDB<TimelineDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // One block per version, in order: a user several versions behind runs every step. Steps
      // that rewrite records only add to `rewrites`: one cursor walk applies them all at the end,
      // because two walks updating the same records in one transaction would overwrite each other.
      const rewrites: ((record: StoredActivity) => StoredActivity)[] = [];
      if (oldVersion < 1) {
        const activities = db.createObjectStore('activities', { keyPath: 'appActivityId' });
        activities.createIndex('by-last-active', 'lastActiveAt');
        const items = db.createObjectStore('historyItems', { keyPath: 'id' });
        items.createIndex('by-activity', 'appActivityId');
        db.createObjectStore('kv');
      }
      if (oldVersion < 2) {
        // Sync to Graph. Existing records simply have no sync state yet (never sent). The change
        // counter's index of this version is replaced in version 4; created here as released.
        unwrap(transaction.objectStore('activities')).createIndex(
          LEGACY_COUNTER_INDEX,
          'syncPending',
        );
        db.createObjectStore('tombstones', { keyPath: 'key' });
      }
      if (oldVersion < 3) {
        // History page and search: engagements by start time, pages by search term, and refused
        // writes counted from an index. Existing pages get their terms here, once.
        const activities = transaction.objectStore('activities');
        // Replaced by `by-term-time` in version 9; created here as released (not in TimelineDb).
        unwrap(activities).createIndex(LEGACY_TERM_INDEX, 'searchTerms', { multiEntry: true });
        activities.createIndex('by-parked', 'sync.parked.at');
        transaction.objectStore('historyItems').createIndex('by-started', 'startedAt');
        rewrites.push((record) => ({ ...record, searchTerms: pageTerms(record.metadata) }));
      }
      if (oldVersion < 4) {
        // `syncPending` was a change counter named like a flag: move it to `unsyncedChanges`,
        // keeping every record and its count, and index the new name.
        const activities = transaction.objectStore('activities');
        // The legacy name is not in TimelineDb: reach it on the plain IDBObjectStore.
        const plain = unwrap(activities);
        if (plain.indexNames.contains(LEGACY_COUNTER_INDEX))
          plain.deleteIndex(LEGACY_COUNTER_INDEX);
        activities.createIndex('by-unsynced-changes', 'unsyncedChanges');
        rewrites.push(renameCounter);
      }
      if (oldVersion < 5) {
        // The organisation relay's outbox: starts empty, nothing to migrate.
        db.createObjectStore('relayReads', { keyPath: 'id' }).createIndex('by-queued', 'queuedAt');
      }
      if (oldVersion < 8) {
        // Reading position: unfinished pages to continue. No page has a position yet.
        transaction.objectStore('activities').createIndex('by-resume', 'reading.resumeAt');
      }
      if (oldVersion < 9) {
        // Search reads each word's pages newest first: `[term, lastActiveAt]` entries replace the
        // terms alone, so a common word no longer means reading all its pages (search-store.ts).
        const plain = unwrap(transaction.objectStore('activities'));
        if (plain.indexNames.contains(LEGACY_TERM_INDEX)) plain.deleteIndex(LEGACY_TERM_INDEX);
        transaction
          .objectStore('activities')
          .createIndex('by-term-time', 'searchKeys', { multiEntry: true });
        rewrites.push(withSearchKeys);
      }
      if (oldVersion >= 3 && oldVersion < 10) {
        // Search finds German words spelled out ("Muenchen" finds "München"): every page gets its
        // terms again (the spelled-out forms added, terms.ts indexWords) and their index entries.
        rewrites.push((record) =>
          withSearchKeys({ ...record, searchTerms: pageTerms(record.metadata) }),
        );
      }
      if (oldVersion < 11) {
        // The history list's size under a Site filter counts a site's pages from an index
        // (engagement-count.ts). Existing pages get their label after the open, a batch at a
        // time (site-labels.ts): here it took 638 s at 50,000 pages (load 14), which a first
        // screen would wait for. Until then counts read as before.
        transaction.objectStore('activities').createIndex('by-site-label', 'siteLabel');
        if (oldVersion >= 1) void putKv(transaction.objectStore('kv'), 'site-label-fill', {});
      }
      if (oldVersion < 12) {
        // A deletion by host alone reads a host's pages from an index (deletion-store.ts), filled
        // after the open by the same back-fill (site-labels.ts); until then it reads every page.
        transaction.objectStore('activities').createIndex('by-host-key', 'hostKey');
      }
      // Version 6: appActivityIds made only of unreserved characters (a SHA-256 of the canonical
      // URL, src/activity/activity-id.ts); pages move to theirs, Graph's copies under the old id
      // become tombstones (src/store/activity-id-migration.ts).
      const moveIds = oldVersion >= 1 && oldVersion < 6;
      void (async () => {
        if (rewrites.length > 0) await rewriteActivities(transaction, rewrites);
        if (moveIds) await moveToCurrentIds(transaction, Date.now());
        // Version 7: the popup's counts become counters kept beside the records (counters.ts),
        // derived once from every record as the earlier steps leave them.
        if (oldVersion < 7) await storeCounters(transaction);
        if (oldVersion === 11) await startHostKeyFill(transaction);
      })();
    },
    blocked() {
      // An older worker or page still holds the database open; it closes on its own when the
      // extension reloads. Nothing to do but wait.
    },
  });
}

/** Version 4: the record's `syncPending` becomes `unsyncedChanges`, with the same count. */
function renameCounter({ syncPending, ...record }: StoredActivity): StoredActivity {
  return syncPending === undefined ? record : { ...record, unsyncedChanges: syncPending };
}

/**
 * Applies every record step of this upgrade to each activity, in one walk inside the upgrade.
 */
async function rewriteActivities(
  transaction: UpgradeTransaction,
  steps: ((record: StoredActivity) => StoredActivity)[],
): Promise<void> {
  let cursor = await transaction.objectStore('activities').openCursor();
  while (cursor) {
    const before: StoredActivity = cursor.value;
    await cursor.update(steps.reduce((record, step) => step(record), before));
    cursor = await cursor.continue();
  }
}

/**
 * Version 7: derives the counters (counters.ts) from every activity, tombstone and engagement,
 * once (`engagements` since version 12; a database already past 7 counts it when first needed).
 */
async function storeCounters(transaction: UpgradeTransaction): Promise<void> {
  const [activities, tombstones, items] = await Promise.all([
    transaction.objectStore('activities').getAll(),
    transaction.objectStore('tombstones').getAll(),
    transaction.objectStore('historyItems').getAll(),
  ]);
  const counters = countRecords(activities, tombstones, items);
  await transaction.objectStore('kv').put(counters, 'counters');
}

/**
 * Version 12 over version 11: every page waits for its `hostKey` (site-labels.ts, from the first
 * key). Its site label too if version 11's back-fill had not finished; if it had, `labelled` says
 * `by-site-label` may still be read meanwhile.
 */
async function startHostKeyFill(transaction: UpgradeTransaction): Promise<void> {
  const kv = transaction.objectStore('kv');
  const labelling = await getKv(kv, 'site-label-fill');
  await putKv(kv, 'site-label-fill', labelling === undefined ? { labelled: true } : {});
}

/**
 * Version 6: every activity under a legacy id moves to its current id, with its engagements, the
 * tracker's open engagement and the deletions in their undo window; what Graph holds under an old
 * id gets a tombstone (deleted by the outbox, after which the page is published under its new id).
 */
async function moveToCurrentIds(transaction: UpgradeTransaction, now: number): Promise<void> {
  const activities = transaction.objectStore('activities');
  const tombstones = transaction.objectStore('tombstones');
  const moved = new Map<string, string>();
  // Pages whose URL cannot be cleaned: dropped with their engagements, never kept raw.
  const dropped = new Set<string>();
  let cursor = await activities.openCursor();
  while (cursor) {
    const old = cursor.value;
    if (!isCurrentActivityId(old.appActivityId)) {
      const { record, tombstone } = moveActivity(old, now);
      await cursor.delete();
      if (record === null) dropped.add(old.appActivityId);
      else {
        moved.set(old.appActivityId, record.appActivityId);
        const existing = await activities.get(record.appActivityId);
        await activities.put(withIndexKeys(existing ? mergeActivities(existing, record) : record));
      }
      if (tombstone && !(await tombstones.get(tombstone.key))) await tombstones.put(tombstone);
    }
    cursor = await cursor.continue();
  }
  if (moved.size === 0 && dropped.size === 0) return;
  const map = (id: string): string => moved.get(id) ?? id;
  const relayReads = transaction.objectStore('relayReads');
  let item = await transaction.objectStore('historyItems').openCursor();
  while (item) {
    const id = moved.get(item.value.appActivityId);
    if (dropped.has(item.value.appActivityId)) {
      // Its read queued for the relay (keyed by the engagement's id) carries the raw URL too.
      await Promise.all([item.delete(), relayReads.delete(item.value.id)]);
    } else if (id !== undefined) await item.update(moveHistoryItem(item.value, id));
    item = await item.continue();
  }
  const kv = transaction.objectStore('kv');
  const tracker = await getKv(kv, 'tracker-state');
  if (tracker) await putKv(kv, 'tracker-state', moveTrackerState(tracker, map));
  const deletions = await getKv(kv, 'pending-deletions');
  if (deletions) await putKv(kv, 'pending-deletions', movePendingDeletions(deletions, map));
}
