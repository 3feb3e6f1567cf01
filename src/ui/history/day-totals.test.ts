import { describe, expect, it } from 'vitest';
import { DayTotals, totalsWithout, type AskTotals } from './day-totals';
import { addDays, startOfDay } from './days';

const today = startOfDay(new Date(2026, 10, 29, 15).getTime());
const yesterday = addDays(today, -1);
const atHour = (day: number, hour: number) => day + hour * 3600_000;

/** A worker answering each range with the total `byDay` holds now; records what was asked. */
function worker(byDay: Map<number, number>) {
  const asked: number[][] = [];
  const ask: AskTotals = (ranges) => {
    asked.push(ranges.map(([start]) => start));
    return Promise.resolve(ranges.map(([start]) => ({ activeMs: byDay.get(start) ?? 0 })));
  };
  return { ask, asked };
}

describe('DayTotals', () => {
  const always = () => true;

  it('asks each day once, whole days, for the rows shown', async () => {
    const { ask, asked } = worker(
      new Map([
        [today, 34_000],
        [yesterday, 60_000],
      ]),
    );
    const totals = new DayTotals(ask);
    await totals.load([{ at: atHour(today, 9) }, { at: atHour(today, 8) }], always);
    await totals.load([{ at: atHour(today, 8) }, { at: atHour(yesterday, 20) }], always);
    expect(asked).toEqual([[today], [yesterday]]);
    expect([...totals.shown([])]).toEqual([
      [today, 34_000],
      [yesterday, 60_000],
    ]);
  });

  it('brings a day up once the page being read has said its input, never down', async () => {
    const byDay = new Map([[today, 34_000]]);
    const totals = new DayTotals(worker(byDay).ask);
    await totals.load([{ at: atHour(today, 9) }], always);
    byDay.set(today, 38_000);
    await totals.load([], always, [today]);
    expect(totals.shown([]).get(today)).toBe(38_000);
    // An answer asked before that input was banked, arriving last.
    byDay.set(today, 34_000);
    await totals.load([], always, [today]);
    expect(totals.shown([]).get(today)).toBe(38_000);
  });

  it('keeps a deletion off the day when the day is asked again during the undo window', async () => {
    const byDay = new Map([[today, 34_000]]);
    const totals = new DayTotals(worker(byDay).ask);
    await totals.load([{ at: atHour(today, 9) }], always);
    totals.remove([{ at: atHour(today, 9), activeMs: 8_000 }]);
    expect(totals.shown([]).get(today)).toBe(26_000);
    // The page being read said its input (+2 s): the day is asked again, and the worker leaves
    // the deletion waiting out its undo window out of its answer.
    byDay.set(today, 28_000);
    await totals.load([], always, [today]);
    expect(totals.shown([]).get(today)).toBe(28_000);
    // Undone: the list starts again, the deleted time is back.
    byDay.set(today, 36_000);
    totals.clear();
    await totals.load([{ at: atHour(today, 9) }], always);
    expect(totals.shown([]).get(today)).toBe(36_000);
  });

  it('drops an answer once the list started again', async () => {
    const totals = new DayTotals(worker(new Map([[today, 34_000]])).ask);
    await totals.load([{ at: atHour(today, 9) }], () => false);
    expect(totals.shown([]).has(today)).toBe(false);
  });

  it('with a site filter, sums the site’s rows', () => {
    const totals = new DayTotals(worker(new Map()).ask);
    const rows = [
      { at: atHour(today, 9), activeMs: 5_000 },
      { at: atHour(today, 8), activeMs: 7_000 },
      { at: atHour(yesterday, 8), activeMs: 1_000 },
    ];
    expect([...totals.shown(rows, 'tea.test')]).toEqual([
      [today, 12_000],
      [yesterday, 1_000],
    ]);
  });

  it('with a site filter, sums the rows as they show: two of "7 sec" make 14 sec, not 13', () => {
    const totals = new DayTotals(worker(new Map()).ask);
    const rows = [
      { at: atHour(today, 9), activeMs: 6_600 },
      { at: atHour(today, 8), activeMs: 6_600 },
    ];
    expect(totals.shown(rows, 'coastal.test').get(today)).toBe(14_000);
  });

  it('takes a deleted row off its day as it showed: 7.6 s, shown as "8 sec", takes 8 sec', async () => {
    const totals = new DayTotals(worker(new Map([[today, 57_000]])).ask);
    await totals.load([{ at: atHour(today, 9) }], always);
    totals.remove([{ at: atHour(today, 9), activeMs: 7_600 }]);
    expect(totals.shown([]).get(today)).toBe(49_000);
  });

  it('takes a deleted row off its day at once', async () => {
    const totals = new DayTotals(worker(new Map([[today, 34_000]])).ask);
    await totals.load([{ at: atHour(today, 9) }], always);
    totals.remove([{ at: atHour(today, 9), activeMs: 8_000 }]);
    expect(totals.shown([]).get(today)).toBe(26_000);
  });
});

describe('totalsWithout', () => {
  const day = today;
  const at = new Date(2026, 10, 29, 15, 47).getTime();

  it.each([
    ['subtracts a deleted row from its day', [{ at, activeMs: 8_000 }], 26_000],
    [
      'subtracts every deleted row',
      [
        { at, activeMs: 8_000 },
        { at, activeMs: 6_000 },
      ],
      20_000,
    ],
    ['never goes below zero', [{ at, activeMs: 60_000 }], 0],
    ['leaves the day when nothing of it is deleted', [], 34_000],
  ])('%s', (_, removed, total) => {
    const totals = new Map([
      [day, 34_000],
      [yesterday, 60_000],
    ]);
    const result = totalsWithout(totals, removed);
    expect(result.get(day)).toBe(total);
    expect(result.get(yesterday)).toBe(60_000);
  });

  it('does not invent a total for a day it had none for', () => {
    expect(totalsWithout(new Map(), [{ at, activeMs: 8_000 }]).has(day)).toBe(false);
  });
});
