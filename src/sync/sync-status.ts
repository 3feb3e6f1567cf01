import type { SerializedError } from '../messaging/errors';
import type { SyncStatus } from '../store/schema';

export type { SyncStatus } from '../store/schema';

/** Before the first pass: nothing sent, nothing failed. */
export const INITIAL_SYNC_STATUS: SyncStatus = { state: 'idle', attempt: 0 };

/**
 * What happened in a pass that changes what the user sees. `syncNow` says whether the pass sends
 * what is still settling ("Sync now", or a "Sync now" an earlier pass could not finish).
 */
export type SyncOutcome =
  /** Retry-After (or backoff, unless forced) forbids sending now; remember a "Sync now" asked meanwhile. */
  | { kind: 'blocked'; syncNowAsked: boolean }
  /** Nobody is signed in: nothing is sent, nothing scheduled. */
  | { kind: 'signed-out' }
  /** The sign-in needs the user (the provider refused the refresh token). */
  | { kind: 'interaction-required' }
  /** A token in hand: the pass starts sending. */
  | { kind: 'started' }
  /** Graph answered a write. */
  | { kind: 'sent' }
  /** Graph refused a write for good; it is kept, and the pass goes on. */
  | { kind: 'parked'; error: SerializedError }
  /** Graph refused the account as a whole (retry-policy.ts `refusesAccount`): stop, keep all. */
  | { kind: 'account-refused'; error: SerializedError }
  /** Graph refused the token even after a refresh. */
  | { kind: 'token-refused'; error: SerializedError }
  /**
   * Nothing more may be sent for `delayMs`: Graph's Retry-After (`fromServer`, which even "Sync
   * now" waits out) or a backoff after a network, server or provider failure.
   */
  | { kind: 'wait'; error: SerializedError; delayMs: number; fromServer: boolean; syncNow: boolean }
  /** The write budget is spent until `nextSlotAt` (ms since the epoch), when a slot frees. */
  | { kind: 'budget-spent'; syncNow: boolean; nextSlotAt: number }
  /** Nothing left to send: Graph has everything that is due. */
  | { kind: 'in-sync' };

/**
 * The sync status machine: `(status, outcome, now) → status`, pure (now in ms since the epoch).
 * Returns the same object when nothing changed, so callers can skip a write.
 */
export function reduceSyncStatus(
  status: SyncStatus,
  outcome: SyncOutcome,
  now: number,
): SyncStatus {
  switch (outcome.kind) {
    case 'blocked':
      return outcome.syncNowAsked && !status.syncNowPending
        ? { ...status, syncNowPending: true }
        : status;
    case 'signed-out':
      return { ...status, state: 'signed-out' };
    case 'interaction-required':
      return {
        ...status,
        state: 'sign-in-required',
        lastError: {
          code: 'interactionRequired',
          message: 'Sign in again to keep syncing.',
          at: now,
        },
      };
    case 'started':
      return { ...withoutSlot(status), state: 'syncing' };
    case 'sent':
      return { ...status, attempt: 0, lastError: undefined };
    case 'parked':
      return { ...status, lastError: { ...outcome.error, at: now } };
    case 'account-refused':
      return {
        state: 'account-refused',
        attempt: 0,
        lastError: { ...outcome.error, at: now },
        ...(status.lastSuccessAt !== undefined ? { lastSuccessAt: status.lastSuccessAt } : {}),
      };
    case 'token-refused':
      return { ...status, state: 'sign-in-required', lastError: { ...outcome.error, at: now } };
    case 'wait': {
      const until = now + outcome.delayMs;
      return {
        ...withoutSlot(status),
        state: 'waiting',
        attempt: status.attempt + 1,
        lastError: { ...outcome.error, at: now },
        syncNowPending: outcome.syncNow,
        ...(outcome.fromServer ? { retryAfterUntil: until } : { backoffUntil: until }),
      };
    }
    case 'budget-spent':
      return {
        ...status,
        state: 'waiting',
        syncNowPending: outcome.syncNow,
        nextSlotAt: outcome.nextSlotAt,
      };
    case 'in-sync':
      return { state: 'idle', attempt: 0, lastSuccessAt: now };
  }
}

/** The status without a budget slot: a pass that sends, or waits for another reason, is past it. */
function withoutSlot(status: SyncStatus): SyncStatus {
  if (status.nextSlotAt === undefined) return status;
  const { nextSlotAt: _past, ...rest } = status;
  return rest;
}

/**
 * Until when a pass may not send (ms since the epoch; 0 when it may): the server's Retry-After
 * binds everyone, the backoff binds all but "Sync now".
 */
export function blockedUntil(status: SyncStatus, force: boolean): number {
  // A refused account waits for the user (or a new version): no time makes it go by itself.
  if (status.state === 'account-refused' && !force) return Number.POSITIVE_INFINITY;
  return Math.max(status.retryAfterUntil ?? 0, force ? 0 : (status.backoffUntil ?? 0));
}

/** Whether a pass sends engagements still settling: "Sync now", or one not yet finished. */
export function sendsUnsettled(status: SyncStatus, force: boolean): boolean {
  return force || status.syncNowPending === true;
}
