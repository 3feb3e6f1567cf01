import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, type DisplayRow, type ListItem } from './days';
import { listSetSize, RowCount, type AskCount } from './row-count';

// Local days, so the list's day headings fall where the page files them (days.ts).
const DAY1 = new Date(2026, 10, 30).getTime();
const at = (day: number, hour: number): number => addDays(DAY1, day) + hour * 3_600_000;
const day = (offset: number): ListItem => ({
  kind: 'day',
  dayStart: addDays(DAY1, offset),
  activeMs: null,
});
const row = (when: number): ListItem => ({ kind: 'row', row: { at: when } as DisplayRow });

describe('the history list’s size (aria-setsize), its rows and day headings', () => {
  // Loaded: day 0 with two rows, day -1 with one row (at 20:00); the next batch starts before it.
  const loaded = [day(0), row(at(0, 12)), row(at(0, 9)), day(-1), row(at(-1, 20))];
  const before = at(-1, 20);

  it('is the items loaded when no more are to come (the whole day list, a search)', () => {
    expect(listSetSize(loaded, false, null)).toBe(5);
    expect(listSetSize([], false, null)).toBe(0);
  });

  it('is unknown (-1) while more are to come and nothing was counted', () => {
    expect(listSetSize(loaded, true, null)).toBe(-1);
  });

  it('adds the rows still to come and their days, the day already headed not twice', () => {
    // 10 engagements before the last loaded one: 2 more on day -1, 8 on days -2 … -5.
    const counted = { before, engagements: 10, days: 4 };
    expect(listSetSize(loaded, true, counted)).toBe(5 + 10 + 4);
    // The next batch: day -1's two others and day -2 with three rows.
    const more = [
      ...loaded,
      row(at(-1, 10)),
      row(at(-1, 8)),
      day(-2),
      row(at(-2, 15)),
      row(at(-2, 11)),
      row(at(-2, 7)),
    ];
    expect(listSetSize(more, true, counted)).toBe(19);
    // The page being read added a row at the top (not counted, loaded): one more.
    expect(listSetSize([day(0), row(at(0, 13)), ...more.slice(1)], true, counted)).toBe(20);
  });

  it('never counts fewer to come than none', () => {
    expect(listSetSize(loaded, true, { before, engagements: 0, days: 0 })).toBe(5);
  });
});

describe('RowCount', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const answering = (...answers: ({ engagements: number; days: number } | null)[]) => {
    const ask = vi.fn<AskCount>();
    for (const answer of answers) ask.mockResolvedValueOnce(answer);
    return ask;
  };

  it('asks for what comes before the next batch, within the filters’ start', async () => {
    const ask = answering({ engagements: 7, days: 2 });
    const count = new RowCount(ask);
    expect(await count.load(50, { from: 10 }, () => true)).toBe('counted');
    expect(ask).toHaveBeenCalledWith({ from: 10, before: 50 });
    expect(count.size([row(60), row(55)], true)).toBe(11);
    count.clear();
    expect(count.size([row(60)], true)).toBe(-1);
  });

  it('asks nothing with a site filter (the store cannot count a site’s engagements)', async () => {
    const ask = answering();
    const count = new RowCount(ask);
    expect(await count.load(50, { site: 'tea.test' }, () => true)).toBe('never');
    expect(ask).not.toHaveBeenCalled();
  });

  it('keeps what it had while the worker cannot tell, and drops an answer to an older load', async () => {
    const count = new RowCount(
      answering({ engagements: 7, days: 0 }, null, { engagements: 1, days: 0 }),
    );
    await count.load(50, {}, () => true);
    expect(await count.load(50, {}, () => true)).toBe('later');
    expect(count.size([row(60)], true)).toBe(8);
    expect(await count.load(50, {}, () => false)).toBe('stale');
    expect(count.size([row(60)], true)).toBe(8);
  });

  it('asks again while a deletion waits out its undo window, then draws', async () => {
    vi.useFakeTimers();
    const ask = answering(null, null, { engagements: 3, days: 1 });
    const count = new RowCount(ask);
    const drawn = vi.fn();
    count.follow({ next: () => 50, filters: () => ({}) }, () => true, drawn);
    await vi.advanceTimersByTimeAsync(4_100);
    expect(ask).toHaveBeenCalledTimes(3);
    expect(drawn).toHaveBeenCalledTimes(1);
    expect(count.size([row(60)], true)).toBe(5);
  });

  it('asks nothing once everything is loaded', () => {
    const ask = answering();
    new RowCount(ask).follow({ next: () => null, filters: () => ({}) }, () => true, vi.fn());
    expect(ask).not.toHaveBeenCalled();
  });
});
