// When to try an HTTP write again, shared by the extension's sync (src/sync/retry-policy.ts) and
// the relay (relay/delivery/): pure, no browser or Node API, time and randomness injected.

/** How long backoff waits: `baseDelayMs` after the first failure, doubling up to `maxDelayMs`. */
export interface BackoffSchedule {
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * The longest Retry-After honoured as given (1 hour): Graph's own are seconds to minutes, and a
 * broken or hostile header (`999999`, a date in 2100) must not stop sync, "Sync now" included, for
 * days. Longer ones are cut to this; the relay keeps the same ceiling (relay/delivery/).
 */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * Parses a `Retry-After` header into ms from `now`: delay-seconds (RFC 9110 §10.2.3; fractional
 * seconds accepted, as Graph sends "2.128") or an HTTP-date (a past date is 0). Undefined for a
 * missing or malformed header, so the caller falls back to backoff. `maxMs` caps what a broken
 * header can make anyone wait.
 */
export function parseRetryAfter(
  header: string | null,
  now: number,
  maxMs = Number.POSITIVE_INFINITY,
): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(value)) ms = Math.round(Number(value) * 1000);
  else {
    const at = Date.parse(value);
    if (Number.isNaN(at) || !/[a-z]/i.test(value)) return undefined;
    ms = Math.max(0, at - now);
  }
  return Math.min(ms, maxMs);
}

/**
 * Exponential backoff with jitter for failure number `attempt` (1 = first), in ms: uniformly
 * between half and all of the attempt's ceiling (`baseDelayMs · 2^(attempt-1)`, capped at
 * `maxDelayMs`). The jitter keeps clients that failed together from retrying together; the half
 * keeps every wait growing with the failures ("equal jitter"). `random` is in [0, 1).
 */
export function backoffDelay(
  attempt: number,
  schedule: BackoffSchedule,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(
    schedule.maxDelayMs,
    schedule.baseDelayMs * 2 ** Math.max(0, attempt - 1),
  );
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
