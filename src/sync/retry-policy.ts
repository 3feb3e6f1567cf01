import { GraphError, NetworkError } from '../graph/graph-error';
import { backoffDelay, type BackoffSchedule } from '../graph/retry-timing';

/**
 * How a failed Graph write is retried: the backoff schedule and which HTTP statuses are retried.
 */
export interface RetryPolicy extends BackoffSchedule {
  /** Statuses worth another try after a backoff. */
  retryableStatuses: readonly number[];
  /** Statuses whose Retry-After must be waited out before anything else is sent. */
  retryAfterStatuses: readonly number[];
}

/**
 * Retries timeouts, throttling and server errors with backoff from 2 s up to 5 min; 429 and 503
 * wait out their Retry-After (https://learn.microsoft.com/graph/throttling).
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retryableStatuses: [408, 429, 500, 502, 503, 504],
  retryAfterStatuses: [429, 503],
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
};

/** What to do about one failed (or successful) write. */
export type Outcome =
  | { kind: 'ok' }
  /** Stop sending until `delayMs` has passed, then retry this write. */
  | { kind: 'wait'; delayMs: number; reason: string }
  /** The token was refused: refresh it (once), else the user must sign in again. */
  | { kind: 'auth'; reason: string }
  /** The server lost the activity this write hangs off: re-create the activity. */
  | { kind: 'recreate' }
  /** Never going to succeed as it is: keep it, show the code, do not retry. */
  | { kind: 'park'; code: string; message: string }
  /** Graph refuses the account, not this write: stop sending anything, keep everything. */
  | { kind: 'account-refused'; code: string; message: string };

/**
 * Graph's code for a token it cannot accept (expired, wrong audience, bad signature): a new token
 * may help. Any other 401 after a fresh token is about the account (`refusesAccount`).
 * https://learn.microsoft.com/graph/errors
 */
export const TOKEN_PROBLEM_CODE = 'InvalidAuthenticationToken';

/**
 * Whether an error refuses the account as a whole rather than one write. What counts:
 * - 403 on any write: every write goes to the user's own `/me/activities`, created by this app
 *   under `UserActivity.ReadWrite.CreatedByApp`; no page's content can cause Forbidden, so it
 *   says the account (its type, its tenant's policy, a missing consent) may not write there. Graph
 *   documents no answer for personal accounts, whose Timeline upload ended in 2021: a 403 or
 *   the 401 below is what such a refusal would look like.
 * - 401 with a code other than `InvalidAuthenticationToken` on a token refreshed moments ago
 *   (`freshToken`): Graph read the token and still will not serve this account, so signing in
 *   again would only loop.
 * A 400 or 413 stays a refusal of the one page (parked, shown with Retry and Don't publish).
 */
export function refusesAccount(error: unknown, freshToken: boolean): boolean {
  if (!(error instanceof GraphError)) return false;
  if (error.status === 403) return true;
  return error.status === 401 && freshToken && error.code !== TOKEN_PROBLEM_CODE;
}

/**
 * Classifies an error from the Graph client. `attempt` counts consecutive failures (1 = first) for
 * the exponential backoff; `random` is injected so tests can pin the jitter.
 */
export function classifyFailure(
  error: unknown,
  context: { attempt: number; isHistoryItemWrite: boolean; isDelete: boolean },
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): Outcome {
  const backoff = (reason: string): Outcome => ({
    kind: 'wait',
    delayMs: backoffDelay(context.attempt, policy, random),
    reason,
  });
  if (error instanceof NetworkError) return backoff(error.timedOut ? 'timeout' : 'network');
  if (!(error instanceof GraphError)) {
    return { kind: 'park', code: 'clientError', message: String(error) };
  }
  const { status } = error;
  if (refusesAccount(error, false)) {
    return { kind: 'account-refused', code: error.code, message: error.message };
  }
  if (status === 401) return { kind: 'auth', reason: error.code };
  if (status === 404 && context.isDelete) return { kind: 'ok' };
  if (status === 404 && context.isHistoryItemWrite) return { kind: 'recreate' };
  if (policy.retryAfterStatuses.includes(status) && error.retryAfterMs !== undefined) {
    // The server's word wins and is not jittered.
    return { kind: 'wait', delayMs: error.retryAfterMs, reason: error.code };
  }
  if (policy.retryableStatuses.includes(status)) return backoff(error.code);
  // A success whose body is not Graph's (`invalidResponse`: a captive portal's HTML page, JSON cut
  // short) says nothing about the write: whatever answered may be gone on the next try, and a PUT
  // sent again is idempotent. Parking it would strand every pending page behind a Retry button.
  if (status >= 200 && status < 300) return backoff(error.code);
  return { kind: 'park', code: error.code, message: error.message };
}
