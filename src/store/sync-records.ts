// Where the sync state of a page and of its deletes is kept: what Graph has acknowledged, what
// it refused, and what the user sees about sync (re-exported by schema.ts).
import type { PageMetadata } from '../activity/page-metadata';

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
  /**
   * The user deleted it (docs/your-data.md, Delete), not the tracker's drop under the minimum:
   * never taken back when the tracker saves that engagement again (tracker-store.ts). Absent: a
   * drop's.
   */
  byUser?: boolean;
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
   * The write budget is spent (sync/write-budget.ts): when its next slot frees and the next batch
   * goes (ms since the epoch). Set only while that is why sync waits; "Sync now" cannot hasten it.
   */
  nextSlotAt?: number;
  /**
   * "Sync now" was interrupted (throttled, offline): the passes that follow still send what is
   * not yet settled, until one completes. Never overrides Retry-After or backoff.
   */
  syncNowPending?: boolean;
}
