import { describe, expect, it } from 'vitest';
import { roundShown, sumShown } from './shown-rounding';

describe('shown-rounding', () => {
  it.each([
    [0, 0],
    [-5, 0],
    [499, 0],
    [4_400, 4_000],
    [7_400, 7_000],
    [7_500, 8_000],
    [59_499, 59_000],
    // 59.5 s rounds to 60 s: shown as "1 min".
    [59_500, 60_000],
    [89_499, 60_000],
    [89_500, 120_000],
    [90_000, 120_000],
    [29.6 * 60_000, 30 * 60_000],
    [3_870_000, 3_900_000],
  ])('shows %d ms as %d ms', (ms, shown) => {
    expect(roundShown(ms)).toBe(shown);
  });

  it("adds up the review's rows: eight rows of 8 and 7 × 7 sec make 57 sec, not the exact 54", () => {
    // 7.6 s shown as "8 sec", 6.6 s as "7 sec": their exact sum, 53.8 s, read "54 sec".
    const rows = [7_600, ...Array.from({ length: 7 }, () => 6_600)];
    expect(rows.reduce((a, b) => a + b, 0)).toBe(53_800);
    expect(sumShown(rows)).toBe(57_000);
  });

  it('adds up rows of 1.5 min, each shown as "2 min", to 4 min, not 3', () => {
    expect(sumShown([90_000, 90_000])).toBe(240_000);
  });

  it('adds up a site of two 6.6 s rows to 14 sec (was "13 sec")', () => {
    expect(sumShown([6_600, 6_600])).toBe(14_000);
  });

  it('is 0 for no parts', () => {
    expect(sumShown([])).toBe(0);
  });
});
