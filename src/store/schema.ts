import type { DBSchema } from 'idb';
import type { PageMetadata } from '../activity/page-metadata';
import type { ReadingPosition } from '../activity/text-fragment';
import type { DeletionScope } from '../deletion/deletion-scope';
import type { ClosedTab, TrackerState } from '../tracking/engagement-types';

export const DB_NAME = 'reading-timeline';
/** Bump with a new `case` in db.ts `upgrade()`; never edit a released case. */
export const DB_VERSION = 9;

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

/** What Graph has acknowledged for an activity. */
export interface ActivitySyncState {
  /** Graph's id, for history-item and delete paths. */
  serverId?: string;
  /** Hash of the activity body Graph last accepted. */
  bodyHash?: string;
  /** A write was sent and not acknowledged: Graph may hold it without us knowing its id. */
  sentAt?: number;
  parked?: ParkedWrite;
  /** How many times in a row Graph refused this page's writes (reset when Graph accepts one). */
  refusals?: number;
  /** The user chose "Don't publish" (sync/parked-writes.ts): kept here only, never sent again. */
  localOnly?: boolean;
}

/** A write Graph refused for good: kept, shown to the user, not retried until something changes. */
export interface ParkedWrite {
  code: string;
  message: string;
  at: number;
  /** The body hash that was refused; a different body is tried again. */
  bodyHash?: string;
  /** HTTP status of the refusal, when Graph answered with one. */
  status?: number;
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
   * Read on another device and pulled from Graph (src/devices/): that device's node, or
   * `unknown` for an engagement whose GUID names none. Absent for this device's own engagements.
   * A pulled engagement is never sent (`synced` equals what Graph holds).
   */
  device?: string;
}

/** A delete Graph has not yet seen: keeps a pending or later write from resurrecting the data. */
export interface TombstoneRecord {
  /** `activity:<appActivityId>` or `item:<history item id>`. */
  key: string;
  kind: 'activity' | 'history-item';
  appActivityId: string;
  serverId?: string;
  historyItemId?: string;
  createdAt: number;
  /** For an activity sent without an acknowledged id: what to PUT again to learn that id. */
  metadata?: PageMetadata;
  parked?: ParkedWrite;
  /** How many times in a row Graph refused this delete. */
  refusals?: number;
}

/** What the user can see about sync, persisted so a restarted worker knows it too. */
export interface SyncStatus {
  /**
   * `account-refused`: Graph refused the account as a whole (sync/retry-policy.ts): nothing is
   * sent until the user tries again, signs in again or a new version is installed.
   */
  state:
    | 'idle'
    | 'syncing'
    | 'waiting'
    | 'signed-out'
    | 'sign-in-required'
    | 'account-refused'
    | 'error';
  /** When a pass last found Graph up to date (ms since the epoch). */
  lastSuccessAt?: number;
  lastError?: { code: string; message: string; at: number };
  /** Consecutive failures, for the backoff. */
  attempt: number;
  /** Backoff after network or server errors: "Sync now" may skip it. */
  backoffUntil?: number;
  /** The server's Retry-After: nothing is sent before it, whoever asks. */
  retryAfterUntil?: number;
  /**
   * "Sync now" was interrupted (throttled, offline): the passes that follow still send what is
   * not yet settled, until one completes. Never overrides Retry-After or backoff.
   */
  syncNowPending?: boolean;
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
}

/**
 * A read of an organisation page waiting for the organisation's relay (src/organisation/). Only
 * reads whose URL matched the relay's published rules are ever stored here; removed once the relay
 * has acknowledged them (accepted, duplicate or refused for good).
 */
export interface RelayReadRecord {
  /** The engagement's id: one read per engagement, however often it is saved. */
  id: string;
  url: string;
  /** When the engagement started (ms since the epoch): the activity's `startDateTime`. */
  startedAt: number;
  /** When it was queued (ms since the epoch): delivery is oldest first. */
  queuedAt: number;
}

/** One rule the relay publishes at `GET /v1/sites` (relay/README.md): which pages it wants. */
export interface RelaySiteRule {
  connectionId: string;
  priority: number;
  baseUrls: string[];
  urlPattern: string;
}

/** The relay's rules as last fetched, for the relay they came from. */
export interface RelaySites {
  relayUrl: string;
  rules: RelaySiteRule[];
  /** ms since the epoch. */
  fetchedAt: number;
}

/** Delivery to the relay, persisted so a restarted worker keeps its backoff and Retry-After. */
export interface RelayStatus {
  /** Consecutive failed deliveries, for the backoff. */
  attempt: number;
  /** Nothing is sent before this (ms since the epoch): the relay's Retry-After or our backoff. */
  notBefore?: number;
  lastError?: { code: string; at: number };
  lastDeliveredAt?: number;
  /** Reads the relay acknowledged in all (accepted + duplicates + refused). */
  delivered: number;
}

/**
 * The `kv` store's keys and what each holds. Every singleton is declared here and read through
 * `getKv`/`putKv` (kv.ts), so no caller casts what it reads.
 */
export interface KeyValueRecords {
  /** The engagement tracker's state, committed with every transition (tracking/). */
  'tracker-state': TrackerState;
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
}

/** This install as other devices know it. */
export interface DeviceIdentity {
  /** 12 hex digits, in the GUID of every engagement recorded here. */
  node: string;
  label: string;
  /** The label Graph last accepted in this device's marker; absent: not yet published. */
  publishedLabel?: string;
}

/** Reading back from Graph, kept across worker restarts. */
export interface PullState {
  /** ISO lower bound of the next listing's `lastModifiedDateTime ge` filter; absent: everything. */
  cursor?: string;
  /** The next page of a listing under way (a Graph URL under the configured root). */
  nextLink?: string;
  /** Latest `lastModifiedDateTime` seen in the listing under way (ms): the next cursor. */
  listingMax?: number;
  /** When each read of the last 5 minutes was sent (ms), for the read budget. */
  readLog: number[];
  /** When the last listing completed (ms). */
  lastPullAt?: number;
  /** No read before this (Retry-After or a backoff, ms). */
  notBefore?: number;
  attempt: number;
  lastError?: { code: string; at: number };
  /**
   * Graph has shown reading or a name from another device: only then does this device publish its
   * name and its deletion markers (a single browser never writes either).
   */
  othersSeen?: boolean;
}

/** A write-log segment's `kv` key: the prefix, then its sequence number (sync/write-log-store.ts). */
export type WriteLogSegmentKey = `sync-write-log/${string}`;

export type KvKey = keyof KeyValueRecords;

export const TRACKER_STATE_KEY = 'tracker-state' satisfies KvKey;

/** Notes one more change Graph has not seen (see `ActivityRecord.unsyncedChanges`). */
export function countChange<T extends { unsyncedChanges?: number }>(record: T): T {
  return { ...record, unsyncedChanges: (record.unsyncedChanges ?? 0) + 1 };
}

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
