/**
 * When to try a delivery again: retry policy as data plus pure functions (time injected). The
 * timing itself (Retry-After, backoff with jitter) is the extension's, from src/graph/retry-timing.ts.
 */
import {
  MAX_RETRY_AFTER_MS,
  parseRetryAfter as parseHeader,
  type BackoffSchedule,
} from '../../src/graph/retry-timing';

/** Retry settings. Defaults in {@link DEFAULT_RETRY_POLICY}. */
export interface RetryPolicy extends BackoffSchedule {
  /** Attempts after which a retryable failure is recorded as permanent (`retriesExhausted`). */
  maxAttempts: number;
  /** Longest Retry-After honoured as given; longer ones are capped (a broken header must not park the queue for days). */
  maxRetryAfterMs: number;
}

/** Defaults: 1 s doubling to 5 min, 12 attempts (about half an hour of trying). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  maxAttempts: 12,
  maxRetryAfterMs: MAX_RETRY_AFTER_MS,
};

/** `Retry-After` in ms from `now`, capped at `maxRetryAfterMs` (src/graph/retry-timing.ts). */
export function parseRetryAfter(
  header: string | null,
  now: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number | undefined {
  return parseHeader(header, now, policy.maxRetryAfterMs);
}
