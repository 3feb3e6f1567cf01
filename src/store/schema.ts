import type { DBSchema } from 'idb';
import type { PageMetadata } from '../activity/page-metadata';
import type { TrackerState } from '../tracking/engagement-types';

export const DB_NAME = 'reading-timeline';
/** Bump with a new `case` in db.ts `upgrade()`; never edit a released case. */
export const DB_VERSION = 1;

/** One page the user opened: becomes one Graph userActivity once it has been read. */
export interface ActivityRecord {
  appActivityId: string;
  metadata: PageMetadata;
  firstSeenAt: number;
  /** Set once the page has a kept engagement; absent keeps it out of the `by-last-active` index. */
  lastActiveAt?: number;
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
}

export const TRACKER_STATE_KEY = 'tracker-state';

export interface KeyValueRecords {
  [TRACKER_STATE_KEY]: TrackerState;
}

export interface TimelineDb extends DBSchema {
  activities: {
    key: string;
    value: ActivityRecord;
    indexes: { 'by-last-active': number };
  };
  historyItems: {
    key: string;
    value: HistoryItemRecord;
    indexes: { 'by-activity': string };
  };
  /** Small singletons (tracker state); typed through KeyValueRecords. */
  kv: {
    key: string;
    value: unknown;
  };
}
