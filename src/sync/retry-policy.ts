import { GraphError, NetworkError } from '../graph/graph-error';
import { backoffDelay, type BackoffSchedule } from '../graph/retry-timing';

export interface RetryPolicy extends BackoffSchedule {
  /** Statuses worth another try after a backoff. */
  retryableStatuses: readonly number[];
  /** Statuses whose Retry-After must be waited out before anything else is sent. */
  retryAfterStatuses: readonly number[];
}

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
  | { kind: 'park'; code: string; message: string };

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
  if (status === 401) return { kind: 'auth', reason: error.code };
  if (status === 404 && context.isDelete) return { kind: 'ok' };
  if (status === 404 && context.isHistoryItemWrite) return { kind: 'recreate' };
  if (policy.retryAfterStatuses.includes(status) && error.retryAfterMs !== undefined) {
    // The server's word wins and is not jittered.
    return { kind: 'wait', delayMs: error.retryAfterMs, reason: error.code };
  }
  if (policy.retryableStatuses.includes(status)) return backoff(error.code);
  return { kind: 'park', code: error.code, message: error.message };
}
