/**
 * When to try a delivery again: retry policy as data plus pure functions (time injected).
 */

/** Retry settings. Defaults in {@link DEFAULT_RETRY_POLICY}. */
export interface RetryPolicy {
  /** First backoff in ms; doubles per attempt up to `maxDelayMs`, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
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
  maxRetryAfterMs: 60 * 60_000,
};

/**
 * Parses a `Retry-After` header (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) into ms from
 * `now`. Returns undefined for a missing or malformed header, so the caller falls back to backoff.
 */
export function parseRetryAfter(
  header: string | null,
  now: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    const at = Date.parse(value);
    if (Number.isNaN(at) || !/[a-z]/i.test(value)) return undefined;
    ms = Math.max(0, at - now);
  }
  return Math.min(ms, policy.maxRetryAfterMs);
}

/** Exponential backoff with jitter for attempt `attempt` (1 = first failure); `random` in [0, 1). */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
