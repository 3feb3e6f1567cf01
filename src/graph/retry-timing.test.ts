import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './retry-timing';

const NOW = Date.parse('Mon, 23 Nov 2026 10:00:00 GMT');

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    ['2.128', 2128],
    ['1.5', 1500],
    ['0', 0],
    ['120', 120_000],
    [' 7 ', 7000],
    ['Mon, 23 Nov 2026 10:00:30 GMT', 30_000],
    ['Mon, 23 Nov 2026 09:59:00 GMT', 0],
    ['-3', undefined],
    ['soon', undefined],
    ['1e3', undefined],
    ['2026', 2_026_000],
    ['', undefined],
    [null, undefined],
  ])('%j → %j ms', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });

  it('caps what a broken header can make anyone wait', () => {
    expect(parseRetryAfter('999999', NOW, 3_600_000)).toBe(3_600_000);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', NOW, 60_000)).toBe(60_000);
  });
});

describe('backoffDelay', () => {
  const schedule = { baseDelayMs: 2_000, maxDelayMs: 5 * 60_000 };

  it.each([
    // attempt, random, ms: the ceiling doubles from the base up to the cap; the floor is its half.
    [1, 0.999_999, 2000],
    [2, 0.999_999, 4000],
    [4, 0.999_999, 16_000],
    [30, 0.999_999, 300_000],
    [1, 0, 1000],
    [5, 0, 16_000],
    [30, 0, 150_000],
    [3, 0.5, 6000],
  ])('attempt %i, random %d → %i ms', (attempt, random, ms) => {
    expect(backoffDelay(attempt, schedule, () => random)).toBe(ms);
  });

  it('spreads clients that failed together', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(6, schedule, random)));
    expect(delays.size).toBeGreaterThan(40);
  });
});
