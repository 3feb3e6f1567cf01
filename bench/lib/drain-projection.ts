// bench:control's projection of a drain it does not run for real: when an outbox of writes is
// empty if passes run whenever the product's write budget (`budgetState`) allows. Pure.
import { budgetState, type WriteBudget } from '../../src/sync/write-budget';

/** The runner never sets its alarm sooner than this after now (sync-runner.ts). */
export const ALARM_FLOOR_MS = 1_000;

/** The drain of the whole outbox as the alarm would pace it under `budget`, projected. */
export interface Projection {
  budget: WriteBudget;
  passes: number;
  /** From the first write of the phase to the last, hours. */
  hours: number;
}

/**
 * When the outbox of `remaining` writes is empty if passes run whenever the product's budget
 * (`budgetState`, the function the engine asks) allows, each sending all it may; `log` is the
 * write log so far, `at` when the next pass runs. Pure; the clock is the write log's.
 */
export function projectDrain(
  remaining: number,
  log: readonly number[],
  at: number,
  firstWriteAt: number,
  budget: WriteBudget,
): Projection {
  const sent = [...log];
  let now = at;
  let left = remaining;
  let passes = 0;
  let last = firstWriteAt;
  while (left > 0) {
    const state = budgetState(sent, now, budget);
    if (state.available === 0) {
      now = Math.max(state.nextSlotAt ?? now, now + ALARM_FLOOR_MS);
      continue;
    }
    const n = Math.min(state.available, left);
    for (let i = 0; i < n; i++) sent.push(now);
    left -= n;
    passes++;
    last = now;
  }
  return { budget, passes, hours: Number(((last - firstWriteAt) / 3600_000).toFixed(1)) };
}
