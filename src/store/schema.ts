import type { DBSchema } from 'idb';
import type { PageMetadata } from '../activity/page-metadata';
import type { TrackerState } from '../tracking/engagement-types';

export const DB_NAME = 'reading-timeline';
/** Bump with a new `case` in db.ts `upgrade()`; never edit a released case. */
export const DB_VERSION = 3;

/** One page the user opened: becomes one Graph userActivity once it has been read. */
export interface ActivityRecord {
  appActivityId: string;
  metadata: PageMetadata;
  firstSeenAt: number;
  /** Set once the page has a kept engagement; absent keeps it out of the `by-last-active` index. */
  lastActiveAt?: number;
  /**
   * Present while Graph may not have seen the latest state (absent when in sync keeps the index
   * small). A counter bumped on every change, so clearing it never hides a change made meanwhile.
   */
  syncPending?: number;
  sync?: ActivitySyncState;
  /**
   * The page's search terms (src/search/terms.ts `pageTerms`), indexed multiEntry by `by-term`:
   * search reads key ranges of that index and never scans records.
   */
  searchTerms?: string[];
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
}

/** A write Graph refused for good: kept, shown to the user, not retried until something changes. */
export interface ParkedWrite {
  code: string;
  message: string;
  at: number;
  /** The body hash that was refused; a different body is tried again. */
  bodyHash?: string;
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
}

export const TRACKER_STATE_KEY = 'tracker-state';

export interface KeyValueRecords {
  [TRACKER_STATE_KEY]: TrackerState;
}

export interface TimelineDb extends DBSchema {
  activities: {
    key: string;
    value: ActivityRecord;
    indexes: {
      'by-last-active': number;
      'by-sync-pending': number;
      /** multiEntry over `searchTerms`: one entry per term per page. */
      'by-term': string;
      /** `sync.parked.at`: counts refused writes without loading records. */
      'by-parked': number;
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
  /** Small singletons (tracker state); typed through KeyValueRecords. */
  kv: {
    key: string;
    value: unknown;
  };
}
