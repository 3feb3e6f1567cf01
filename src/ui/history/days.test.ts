import { describe, expect, it } from 'vitest';
import {
  addDays,
  firstChartDay,
  groupByDay,
  lastDays,
  startOfDay,
  startOfWeek,
  weeklyTotals,
  type DisplayRow,
} from './days';

const at = (y: number, m: number, d: number, h = 0, min = 0): number =>
  new Date(y, m - 1, d, h, min).getTime();

const row = (key: string, when: number): DisplayRow => ({
  key,
  appActivityId: key,
  title: key,
  url: `https://example.test/${key}`,
  at: when,
  activeMs: 60_000,
});

describe('days', () => {
  it.each([
    ['late evening', at(2026, 11, 29, 23, 59), at(2026, 11, 29)],
    ['just after midnight', at(2026, 11, 30, 0, 1), at(2026, 11, 30)],
  ])('starts the day of %s at local midnight', (_, when, expected) => {
    expect(startOfDay(when)).toBe(expected);
  });

  it('steps whole calendar days and weeks from Monday', () => {
    expect(addDays(at(2026, 3, 28), 2)).toBe(at(2026, 3, 30));
    expect(startOfWeek(at(2026, 11, 29, 12))).toBe(at(2026, 11, 23)); // a Sunday → its Monday
    expect(lastDays(at(2026, 11, 29, 9), 3)).toEqual([
      at(2026, 11, 27),
      at(2026, 11, 28),
      at(2026, 11, 29),
    ]);
  });

  it('sums days into Monday weeks', () => {
    const days = [at(2026, 11, 22), at(2026, 11, 23), at(2026, 11, 24)];
    expect(weeklyTotals(days, [1, 2, 3])).toEqual({
      weekStarts: [at(2026, 11, 16), at(2026, 11, 23)],
      totals: [1, 5],
    });
  });

  it('puts one heading with its total before each day, newest first', () => {
    const items = groupByDay(
      [
        row('a', at(2026, 11, 29, 9)),
        row('b', at(2026, 11, 29, 8)),
        row('c', at(2026, 11, 27, 22)),
      ],
      new Map([[at(2026, 11, 29), 120_000]]),
    );
    expect(items.map((i) => (i.kind === 'day' ? `day ${String(i.activeMs)}` : i.row.key))).toEqual([
      'day 120000',
      'a',
      'b',
      'day null',
      'c',
    ]);
  });

  it('names its day on the first row of each day, for screen readers', () => {
    const items = groupByDay(
      [row('a', at(2026, 11, 29, 9)), row('b', at(2026, 11, 29, 8))],
      new Map([[at(2026, 11, 29), 120_000]]),
    );
    expect(items.map((i) => (i.kind === 'row' ? (i.day?.activeMs ?? 'none') : 'day'))).toEqual([
      'day',
      120_000,
      'none',
    ]);
  });

  it('starts the charts at the first day with reading, at least 14 days back', () => {
    const ninety = Array.from({ length: 90 }, (_, i) => (i >= 80 ? 60_000 : 0));
    expect(firstChartDay(ninety, 14)).toBe(76);
    const thirty = Array.from({ length: 90 }, (_, i) => (i === 60 ? 60_000 : 0));
    expect(firstChartDay(thirty, 14)).toBe(60);
    expect(
      firstChartDay(
        Array.from({ length: 90 }, () => 0),
        14,
      ),
    ).toBe(76);
    expect(firstChartDay([5, 0, 0], 14)).toBe(0);
  });
});
