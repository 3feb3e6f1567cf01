import type { DBSchema } from 'idb';
import type { PageMetadata } from '../activity/page-metadata';
import type { ReadingPosition } from '../activity/text-fragment';
import type { DeletionScope } from '../deletion/deletion-scope';
import type { ClosedTab, DeletedEngagement, TrackerState } from '../tracking/engagement-types';
import type { DeviceIdentity, PullState } from './device-records';
import type { RelayReadRecord, RelaySites, RelayStatus } from './relay-records';
import type { ActivitySyncState, SyncStatus, TombstoneRecord } from './sync-records';

// The records of sync, the organisation relay and other devices live beside this file, one file
// per concern; they are exported from here too, so callers keep one place to import store shapes.
export type { DeviceIdentity, PullState } from './device-records';
export type { RelayReadRecord, RelaySiteRule, RelaySites, RelayStatus } from './relay-records';
export type { ActivitySyncState, ParkedWrite, SyncStatus, TombstoneRecord } from './sync-records';

/** The extension's IndexedDB database (the sign-in has its own: auth/token-store.ts). */
export const DB_NAME = 'reading-timeline';
/** Bump with a new `case` in db.ts `upgrade()`; never edit a released case. */
export const DB_VERSION = 12;

/** One page the user opened: becomes one Graph userActivity once it has been read. */
export interface ActivityRecord {
  appActivityId: string;
  metadata: PageMetadata;
  firstSeenAt: number;
  /** Set once the page has a kept engagement; absent keeps it out of the `by-last-active` index. */
  lastActiveAt?: number;
  /**
   * How many changes Graph may not have seen: bumped on every change (`countChange`), removed once
   * a sync pass finds the activity in sync, and only if it is still the count that pass read, so
   * clearing it never hides a change made meanwhile. Absent when in sync, which keeps the
   * `by-unsynced-changes` index to the backlog. Stored as `syncPending` before version 4.
   */
  unsyncedChanges?: number;
  sync?: ActivitySyncState;
  /** The page's search terms (src/search/terms.ts `pageTerms`), in field-weight order. */
  searchTerms?: string[];
  /**
   * `[term, lastActiveAt]` for each search term of a read page (store/search-keys.ts), indexed
   * multiEntry by `by-term-time` (version 9): a word's pages newest first, so a search reads only
   * the pages it shows. Absent while the page has no kept engagement.
   */
  searchKeys?: SearchKey[];
  /** Where the reader stopped (src/content/reading-position/); absent until they scrolled. */
  reading?: ReadingRecord;
  /**
   * The site label the history page lists and filters the page under (`siteLabelOf` of its
   * metadata), indexed by `by-site-label` (version 11), set by every write (search-keys.ts
   * `withIndexKeys`): a site's pages without reading every page. Absent only on a record written
   * before version 11 whose upgrade has not run.
   */
  siteLabel?: string;
  /**
   * The page's host, labels reversed (host-key.ts `hostKeyOf`: `com.example.news.`), indexed by
   * `by-host-key` (version 12), set by every write (`withIndexKeys`): a deletion by host alone reads
   * the pages of a host and its subdomains from one key range. Absent only on a record written
   * before version 12 whose back-fill has not reached it (site-labels.ts).
   */
  hostKey?: string;
}

/** One entry of the `by-term-time` index: a search term and the page's `lastActiveAt` (ms). */
export type SearchKey = [term: string, lastActiveAt: number];

/** The last reading position of a page, and whether it has been read to its end. */
export interface ReadingRecord extends ReadingPosition {
  /** When the position was last noted (epoch ms). */
  at: number;
  /** When the page was first read to its end with real time spent (reading-store.ts). */
  finishedAt?: number;
  /**
   * `at` while the page is unfinished and was read past its start; absent otherwise, which keeps
   * it out of the `by-resume` index ("Continue reading").
   */
  resumeAt?: number;
}

/** One period of engagement: becomes one Graph activityHistoryItem. */
export interface HistoryItemRecord {
  /** Client GUID, also the Graph history item id. */
  id: string;
  appActivityId: string;
  startedAt: number;
  lastActiveAt: number;
  activeMs: number;
  /** IANA zone where the reading happened. */
  userTimezone: string;
  /** True once the continuation gap has passed: the item will not grow any more. */
  ended: boolean;
  /** What Graph has acknowledged of this item; absent when never sent. */
  synced?: { lastActiveAt: number; activeMs: number };
  /**
   * When a version of it was first sent to Graph (ms; sync/outbox-store.ts `recordSend`), kept
   * when it is saved again: Graph may hold it even if no answer came, so dropping it
   * (store/tracker-store.ts) leaves a tombstone. Absent when never sent.
   */
  sentAt?: number;
  /**
   * Read on another device and pulled from Graph (src/devices/): that device's node, or
   * `unknown` for an engagement whose GUID names none. Absent for this device's own engagements.
   * A pulled engagement is never sent (`synced` equals what Graph holds).
   */
  device?: string;
}

/**
 * A deletion the user asked for that has not been applied yet: its rows are hidden at once, nothing
 * is deleted or sent before `notBefore`, and "Undo" simply removes the record. Kept in IndexedDB so
 * a worker stopped during the undo window neither forgets it nor applies it early.
 */
export interface PendingDeletion {
  id: string;
  scope: DeletionScope;
  /** Also delete in Graph (tombstones); false keeps Graph's copy. */
  alsoTimeline: boolean;
  createdAt: number;
  /** ms since the epoch; applied at the first alarm at or after it. */
  notBefore: number;
  /**
   * Read pages it removes whole, counted when it was asked for: the history's page count leaves
   * them out during the window without a walk of the history. Absent in records from before.
   */
  hiddenPages?: number;
}

/**
 * Counts the popup shows on every open, kept beside the records they count (store/counters.ts):
 * changed in the same transaction as those records, so they are exact after any crash.
 */
export interface StoreCounters {
  /** Activities with a kept engagement (`lastActiveAt` set): the pages in the history. */
  readPages: number;
  /** Activities Graph may not have seen (`unsyncedChanges` set). */
  unsynced: number;
  /** Of `unsynced`, those whose last write Graph refused for good (`sync.parked`). */
  unsyncedParked: number;
  /** Deletes Graph has not acknowledged. */
  tombstones: number;
  /** Of `tombstones`, those Graph refused for good. */
  parkedTombstones: number;
  /**
   * Engagements stored, each a key of the `by-started` index: the history list's size without a
   * count of the index (engagement-count.ts). Absent in a record from before it was kept (a
   * database from before version 12): counted once from the index when first needed, and kept
   * from then on.
   */
  engagements?: number;
}

/**
 * The `kv` store's keys and what each holds. Every singleton is declared here and read through
 * `getKv`/`putKv` (kv.ts), so no caller casts what it reads.
 */
export interface KeyValueRecords {
  /** The engagement tracker's state, committed with every transition (tracking/). */
  'tracker-state': TrackerState;
  /** Engagements the user deleted that the tracker still holds: never written again. */
  'deleted-readings': DeletedEngagement[];
  /** When the worker last heard the tab being read close (tracking/engagement-types.ts). */
  'tracker-closed-tab': ClosedTab;
  /** What the user sees about sync (sync/sync-status.ts). */
  'sync-status': SyncStatus;
  /** Send times (ms since the epoch) of the writes of the last day, for the write budget. */
  'sync-write-log': number[];
  /** The same log in segments, oldest first, since a write rewrites only the newest one
   *  (sync/write-log-store.ts); the unsegmented key above is moved into them on the next write. */
  [segment: WriteLogSegmentKey]: number[];
  /** `<authority>|<homeAccountId>` of the account whose Graph the sync state describes. */
  'sync-account': string;
  /** Deletions in their undo window, oldest first (store/deletion-store.ts). */
  'pending-deletions': PendingDeletion[];
  /** The organisation relay's published rules (src/organisation/). */
  'relay-sites': RelaySites;
  /** Delivery state of the organisation relay outbox (src/organisation/). */
  'relay-status': RelayStatus;
  /** Pages read and writes waiting, kept in the transactions that change them (counters.ts). */
  counters: StoreCounters;
  /** This install's device node and name (src/devices/device-id.ts). */
  'device-identity': DeviceIdentity;
  /** Where reading back from Graph stands (src/devices/pull-pass.ts). */
  'devices-pull': PullState;
  /** Deletion markers seen: appActivityId → deleted at (ms), so a later pull never revives it. */
  'device-deletions': Record<string, number>;
  /** Names of the other devices, by node (their `device.<node>` markers). */
  'device-names': Record<string, string>;
  /** Pages deleted here (with Graph's copy) whose deletion marker is not yet in Graph. */
  'device-marker-outbox': { appActivityId: string; deletedAt: number }[];
  /** GUIDs of other devices' engagements deleted here, never pulled again (dropped-pulled.ts). */
  'dropped-pulled': string[];
  /**
   * Present while pages written before version 12 still wait for their `hostKey`, or before
   * version 11 for their `siteLabel` too (site-labels.ts): the back-fill goes on after the last
   * page it labelled (`after`, a key). `labelled`: every page already has its `siteLabel` (an
   * upgrade from version 11 whose labels were done), so `by-site-label` may be read meanwhile.
   */
  'site-label-fill': { after?: string; labelled?: true };
}

/** A write-log segment's `kv` key: the prefix, then its sequence number (sync/write-log-store.ts). */
export type WriteLogSegmentKey = `sync-write-log/${string}`;

/** A key of the `kv` store, where single records live (sync status, tracker state, …). */
export type KvKey = keyof KeyValueRecords;

/** The `kv` key of the tracker's state, written with every transition. */
export const TRACKER_STATE_KEY = 'tracker-state' satisfies KvKey;

/** Notes one more change Graph has not seen (see `ActivityRecord.unsyncedChanges`). */
export function countChange<T extends { unsyncedChanges?: number }>(record: T): T {
  return { ...record, unsyncedChanges: (record.unsyncedChanges ?? 0) + 1 };
}

/** The database's stores, keys and indexes (idb's DBSchema), as of DB_VERSION. */
export interface TimelineDb extends DBSchema {
  activities: {
    key: string;
    value: ActivityRecord;
    indexes: {
      'by-last-active': number;
      'by-unsynced-changes': number;
      /** multiEntry over `searchKeys`: one `[term, lastActiveAt]` entry per term per read page. */
      'by-term-time': SearchKey;
      /** `sync.parked.at`: counts refused writes without loading records. */
      'by-parked': number;
      /** `reading.resumeAt`: unfinished pages, most recently read last ("Continue reading"). */
      'by-resume': number;
      /** `siteLabel`: a site's pages, as the history page's Site filter lists them (version 11). */
      'by-site-label': string;
      /** `hostKey`: the pages of a host and its subdomains, as a deletion by host covers them. */
      'by-host-key': string;
    };
  };
  tombstones: {
    key: string;
    value: TombstoneRecord;
  };
  historyItems: {
    key: string;
    value: HistoryItemRecord;
    indexes: { 'by-activity': string; 'by-started': number };
  };
  /** Reads of organisation pages waiting for the relay (version 5). */
  relayReads: {
    key: string;
    value: RelayReadRecord;
    indexes: { 'by-queued': number };
  };
  /** Small singletons, one per `KvKey`; typed per key through `KeyValueRecords` (kv.ts). */
  kv: {
    key: KvKey;
    value: KeyValueRecords[KvKey];
  };
}
