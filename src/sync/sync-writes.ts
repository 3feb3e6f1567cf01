// What a sync pass sends to Graph and what it parks instead: the plan sync-planner.ts decides,
// which the engine sends (sync-engine.ts, graph-writes.ts) and the outbox acknowledges
// (outbox-store.ts).
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';

/** An activity the store flagged as possibly out of sync, with all its history items. */
export interface PendingActivity {
  record: ActivityRecord;
  items: HistoryItemRecord[];
}

/**
 * The version of a history item a write carries; the ack records exactly this. `startedAt` (epoch
 * ms) lets the ack tell whether a deletion marker covers what the write carried.
 */
export interface ItemVersion {
  id: string;
  startedAt: number;
  lastActiveAt: number;
  activeMs: number;
}

/**
 * One Graph write a pass sends: an activity PUT (with the engagements it carries), a history item
 * PUT, or a DELETE; `bodyHash` lets a pass skip a body Graph already has.
 */
export type SyncWrite =
  | {
      op: 'put-activity';
      appActivityId: string;
      body: Record<string, unknown>;
      bodyHash: string;
      items: ItemVersion[];
      /** Set when this PUT only serves to learn the id of an activity deleted locally. */
      tombstoneKey?: string;
    }
  | {
      op: 'put-history-item';
      appActivityId: string;
      serverId: string;
      item: ItemVersion;
      body: Record<string, unknown>;
    }
  | { op: 'delete-activity'; tombstoneKey: string; serverId: string }
  | { op: 'delete-history-item'; tombstoneKey: string; serverId: string; historyItemId: string };

/**
 * What a parked write is about: a tombstone, or an activity. Every `SyncWrite` is one; so is a
 * record the planner refuses to send (`SyncPlan.unsafe`).
 */
export type ParkTarget =
  | { tombstoneKey: string }
  | { op: 'put-activity' | 'put-history-item'; appActivityId: string; tombstoneKey?: string };

/** What one pass sends, in order, and what it parks instead of sending. */
export interface SyncPlan {
  writes: SyncWrite[];
  /**
   * Pages and tombstones whose stored metadata fails `sanitizePageMetadata` (a URL that cannot be
   * cleaned, no title): never sent, because the body would carry what the gate rejects. The
   * engine parks them with `UNSAFE_METADATA`, so they stay on this device and stop counting as
   * pending.
   */
  unsafe: ParkTarget[];
  /** Flagged activities with nothing to send: the flag can be cleared. */
  clean: string[];
  /** When an item still settling becomes due (null: none). */
  nextDueAt: number | null;
}
