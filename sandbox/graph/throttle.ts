// Per-user request budgets as Graph documents them for user activities ("100 writes per 5 minutes and
// 8,000 per day; 400 reads per 5 minutes and 12,000 per day", per user across all apps). Sliding
// windows: a request is admitted when fewer than `limit` admitted requests fall inside each window
// ending now; otherwise Retry-After is the exact time until the oldest blocking one leaves its window.

/**
 * A per-user request budget: requests per 5 minutes and per day.
 * @see https://learn.microsoft.com/graph/throttling
 */
export interface Budget {
  per5Min: number;
  perDay: number;
}

/**
 * Graph's documented user-activity write budget: 100 per 5 min, 8,000 per day.
 * @see https://learn.microsoft.com/graph/throttling
 */
export const DEFAULT_WRITE_BUDGET: Budget = { per5Min: 100, perDay: 8_000 };
/**
 * Graph's documented user-activity read budget: 400 per 5 min, 12,000 per day.
 * @see https://learn.microsoft.com/graph/throttling
 */
export const DEFAULT_READ_BUDGET: Budget = { per5Min: 400, perDay: 12_000 };

const FIVE_MINUTES = 5 * 60_000;
const DAY = 24 * 60 * 60_000;

/** Whether a request is admitted; if not, how long until it would be (ms). */
export type Admission = { ok: true } | { ok: false; retryAfterMs: number };

/** Reads a Budget from admin JSON (non-negative integers); throws TypeError otherwise. */
export function validateBudget(budget: unknown): Budget {
  const b = budget as Partial<Budget> | null;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (typeof b !== 'object' || b === null || !ok(b.per5Min) || !ok(b.perDay)) {
    throw new TypeError('a budget is { per5Min: integer >= 0, perDay: integer >= 0 }');
  }
  return { per5Min: b.per5Min, perDay: b.perDay };
}

/** Admits requests per user under a Budget over sliding 5-minute and 1-day windows. */
export class SlidingWindowBudget {
  /** Admission times per user, ascending, trimmed to the last day. */
  #log = new Map<string, number[]>();

  constructor(private budget: Budget) {}

  /** The budget in force (a copy). */
  get limits(): Budget {
    return { ...this.budget };
  }

  /** Replaces the budget; throws TypeError for one that is not valid. */
  setLimits(budget: Budget): void {
    this.budget = validateBudget(budget);
  }

  /** Admits and records one request for `key` at `now`, or says how long to wait. */
  admit(key: string, now: number): Admission {
    const times = this.#trimmed(key, now);
    let waitMs = 0;
    for (const [windowMs, limit] of [
      [FIVE_MINUTES, this.budget.per5Min],
      [DAY, this.budget.perDay],
    ] as const) {
      if (limit <= 0) {
        waitMs = Math.max(waitMs, windowMs);
        continue;
      }
      const first = firstAfter(times, now - windowMs);
      const count = times.length - first;
      if (count >= limit) {
        // Once this admission leaves the window, `limit - 1` remain: room for one more.
        const blocking = times[first + count - limit] ?? now;
        waitMs = Math.max(waitMs, blocking + windowMs - now);
      }
    }
    if (waitMs > 0) return { ok: false, retryAfterMs: waitMs };
    times.push(now);
    return { ok: true };
  }

  /** Admissions recorded for `key` in the 5-minute and 1-day windows ending at `now`. */
  usage(key: string, now: number): Budget {
    const times = this.#trimmed(key, now);
    return {
      per5Min: times.length - firstAfter(times, now - FIVE_MINUTES),
      perDay: times.length,
    };
  }

  /** Forgets every admission (all budgets full again). */
  reset(): void {
    this.#log.clear();
  }

  #trimmed(key: string, now: number): number[] {
    let times = this.#log.get(key);
    if (!times) {
      times = [];
      this.#log.set(key, times);
    }
    const drop = firstAfter(times, now - DAY);
    if (drop > 0) times.splice(0, drop);
    return times;
  }
}

/** Index of the first time strictly after `t` (binary search over an ascending array). */
function firstAfter(times: number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? Infinity) > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Retry-After as Graph sends it: seconds, fractional, never zero. */
export function formatRetryAfter(ms: number): string {
  return (Math.max(1, Math.ceil(ms)) / 1000).toFixed(3);
}
