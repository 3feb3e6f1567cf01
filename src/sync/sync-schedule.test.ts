import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { passDueAfterChange, syncScheduleFrom } from './sync-schedule';
import { DEFAULT_WRITE_BUDGET } from './write-budget';

describe('syncScheduleFrom', () => {
  it.each([
    // gap s, budget/5 min → settle ms, per day
    [300, 60, 360_000, 4_800],
    [30, 1, 90_000, 80],
    [3600, 100, 3_660_000, 8_000],
  ])(
    'continuation gap %i s, %i writes per 5 min → settles after %i ms, %i writes a day',
    (continuationGapSec, writeBudgetPer5Min, settleMs, perDay) => {
      const schedule = syncScheduleFrom({ continuationGapSec, writeBudgetPer5Min });
      expect(schedule.settleMs).toBe(settleMs);
      expect(schedule.budget).toEqual({ per5Min: writeBudgetPer5Min, perDay });
    },
  );

  it('gives the default settings the default budget', () => {
    expect(syncScheduleFrom(DEFAULT_SETTINGS).budget).toEqual(DEFAULT_WRITE_BUDGET);
  });
});

describe('passDueAfterChange', () => {
  const schedule = syncScheduleFrom(DEFAULT_SETTINGS);
  it.each([
    ['an engagement ended', true, 1_000 + 5_000],
    ['an engagement grew', false, 1_000 + 360_000 + 1_000],
  ])('%s', (_name, ended, expected) => {
    expect(passDueAfterChange(1_000, ended, schedule)).toBe(expected);
  });
});
