/**
 * The client's own write budget. Graph allows 100 writes per 5 minutes and 8,000 per day per user
 * across all apps; the extension keeps well inside that so the user's other apps keep working and a
 * burst of reading never causes a storm of 429s.
 */
export interface WriteBudget {
  per5Min: number;
  perDay: number;
}

/** Graph writes allowed: 60 per 5 minutes (the writeBudgetPer5Min setting) and 4,800 per day. */
export const DEFAULT_WRITE_BUDGET: WriteBudget = { per5Min: 60, perDay: 4800 };

const FIVE_MINUTES = 5 * 60_000;
const DAY = 24 * 3600_000;

/** How many writes the budget allows now, and when the next may go (epoch ms). */
export interface BudgetState {
  /** Writes that may be sent now. */
  available: number;
  /** When the next write may go out if none may now; null when some may. */
  nextSlotAt: number | null;
}

/** `log` holds the send times of past writes (any order). */
export function budgetState(log: readonly number[], now: number, budget: WriteBudget): BudgetState {
  const recent = log.filter((t) => t > now - FIVE_MINUTES && t <= now).sort((a, b) => a - b);
  const today = log.filter((t) => t > now - DAY && t <= now).sort((a, b) => a - b);
  const available = Math.max(
    0,
    Math.min(budget.per5Min - recent.length, budget.perDay - today.length),
  );
  if (available > 0) return { available, nextSlotAt: null };
  // A slot frees when the oldest write that keeps the window full leaves it.
  const fiveMinFree =
    recent.length >= budget.per5Min
      ? (recent[recent.length - budget.per5Min] ?? now) + FIVE_MINUTES
      : now;
  const dayFree =
    today.length >= budget.perDay ? (today[today.length - budget.perDay] ?? now) + DAY : now;
  return { available: 0, nextSlotAt: Math.max(fiveMinFree, dayFree) };
}

/** Drops entries no window can see any more. */
export function pruneWriteLog(log: readonly number[], now: number): number[] {
  return log.filter((t) => t > now - DAY);
}
