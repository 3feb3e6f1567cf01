import { describe, expect, it } from 'vitest';
import { budgetState, pruneWriteLog } from './write-budget';

const budget = { per5Min: 3, perDay: 5 };

describe('write budget', () => {
  it('allows what is left of the five-minute window', () => {
    expect(budgetState([], 0, budget)).toEqual({ available: 3, nextSlotAt: null });
    expect(budgetState([1000], 2000, budget)).toEqual({ available: 2, nextSlotAt: null });
  });

  it('says when the next slot frees once the window is full', () => {
    const state = budgetState([1000, 2000, 3000], 4000, budget);
    expect(state).toEqual({ available: 0, nextSlotAt: 1000 + 300_000 });
    expect(budgetState([1000, 2000, 3000], 301_001, budget).available).toBe(1);
  });

  it('enforces the daily limit across windows', () => {
    const log = [0, 400_000, 800_000, 1_200_000, 1_600_000];
    const state = budgetState(log, 2_000_000, budget);
    expect(state).toEqual({ available: 0, nextSlotAt: 24 * 3600_000 });
  });

  it('ignores entries from the future (clock moved back) and prunes old ones', () => {
    expect(budgetState([10_000, 20_000, 30_000], 5_000, budget).available).toBe(3);
    expect(pruneWriteLog([0, 100, 90_000_000], 90_000_000)).toEqual([90_000_000]);
  });
});
