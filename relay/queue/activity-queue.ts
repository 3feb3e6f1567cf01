/**
 * The relay's durable queue of activities to deliver, behind an interface so a deployment can put
 * it on a shared database or a managed queue (see relay/README.md, "Past one machine").
 *
 * Identity: one activity per (connection, item, user, type, startDateTime). Enqueuing the same one
 * again is a duplicate, not a second activity. Delivery is lease-based: a leased entry is invisible
 * to other workers until its lease ends, so a relay killed mid-delivery loses nothing (the lease
 * expires and the entry is delivered again) and a finished entry is never leased again.
 */

/** Graph `externalActivity.type` values (https://learn.microsoft.com/graph/api/resources/externalconnectors-externalactivity). */
export type ExternalActivityType = 'viewed' | 'modified' | 'created' | 'commented';

/** One activity to record, as the HTTP API accepted it. */
export interface ActivityReport {
  connectionId: string;
  itemId: string;
  /** Entra object id of the reader (from the verified token, never from a request body). */
  userId: string;
  type: ExternalActivityType;
  /** ISO 8601 UTC instant the engagement started, normalised with `toISOString()`. */
  startDateTime: string;
}

/** A stored activity. */
export interface QueuedActivity extends ActivityReport {
  id: number;
  /** Delivery attempts that ended without an outcome stored (1 after the first lease, …). */
  attempts: number;
}

/** Why delivery of an entry ended for good. */
export interface PermanentFailure {
  code: string;
  message: string;
}

/** The outcomes of one addActivities call, per entry. */
export interface DeliveryOutcome {
  delivered: number[];
  failed: { id: number; failure: PermanentFailure }[];
  retry: { id: number; notBefore: number; reason: string }[];
}

/** Counters for the metrics endpoint. */
export interface QueueCounts {
  pending: number;
  delivered: number;
  failed: number;
}

/** What a worker may do with the queue. Every method is atomic; times are epoch milliseconds. */
export interface ActivityQueue {
  /**
   * Stores `reports` (all or none) and returns how many were new. Resolves only once they are
   * durable: the HTTP API acknowledges a report after this returns.
   */
  enqueue(reports: readonly ActivityReport[], now: number): { added: number; duplicates: number };
  /**
   * Leases up to `limit` due entries (ready and not leased), oldest first, for `leaseMs`, and
   * counts the attempt. `connectionIds` restricts to those connections (e.g. the unthrottled ones).
   */
  lease(
    now: number,
    leaseMs: number,
    limit: number,
    connectionIds?: readonly string[],
  ): QueuedActivity[];
  /** Gives leased entries back untouched (not sent): due again at once, the attempt uncounted. */
  release(ids: readonly number[]): void;
  /** Graph recorded these: never deliver them again. */
  markDelivered(ids: readonly number[], now: number): void;
  /** Try again at `notBefore` (a server's Retry-After or a backoff); ends the lease. */
  retryLater(ids: readonly number[], notBefore: number, reason: string): void;
  /** Never going to succeed (item not indexed, bad time, unknown user): kept for the record. */
  markFailed(ids: readonly number[], failure: PermanentFailure, now: number): void;
  /** Stores every outcome of one call at once (one transaction). */
  settle(outcome: DeliveryOutcome, now: number): void;
  counts(): QueueCounts;
  /**
   * Forgets delivered and failed entries finished before `finishedBefore`; returns how many. The
   * caller picks a time past which no read can come back (older than the HTTP API accepts), so
   * the unique key no longer has anything to refuse and the rows only grew the store.
   */
  prune(finishedBefore: number): number;
  close(): void;
}
