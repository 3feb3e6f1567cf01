// What the sandbox's user-activities store keeps for each activity and history item (store.ts).
import type { Instant } from './datetime';
import type { ActivityInput } from './validate';

/** An activity's or history item's status, as Graph reports it. */
export type ActivityStatus = 'active' | 'updated' | 'deleted' | 'ignored';

/** A history item as the store keeps it: instants, status, and how many writes touched it. */
export interface StoredHistoryItem {
  id: string;
  startedDateTime: Instant;
  lastActiveDateTime: Instant | null;
  activeDurationSeconds: number | null;
  expirationDateTime: Instant;
  userTimezone?: string;
  createdDateTime: Instant;
  lastModifiedDateTime: Instant;
  status: ActivityStatus;
  /** How many accepted writes touched this item (for "nothing written twice" checks). */
  writeCount: number;
}

/** An activity as the store keeps it (owner, app, fields, status, times). */
export interface StoredActivity {
  id: string;
  ownerOid: string;
  appId: string;
  /** Monotonic write sequence: ties in lastModifiedDateTime still sort deterministically. */
  seq: number;
  fields: Omit<ActivityInput, 'historyItems'>;
  createdDateTime: Instant;
  lastModifiedDateTime: Instant;
  expirationDateTime: Instant;
  status: ActivityStatus;
  historyItems: Map<string, StoredHistoryItem>;
  writeCount: number;
}
