import { describe, expect, it, vi } from 'vitest';
import { addDays, type DisplayRow, type ListItem } from './days';
import { listSetSize, RowCount, withoutDropped, type AskCount } from './row-count';

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

describe('the count while a deletion waits out its undo window', () => {
  const before = at(-1, 20);
  const counted = { before, engagements: 10, days: 4 };

  it('loses at once the rows taken off that it counted (loaded after it was asked), no others', () => {
    // Two rows loaded with the first batch (after `before`), one of the next (before it).
    expect(withoutDropped(counted, [{ at: at(0, 12) }, { at: at(0, 9) }])).toEqual(counted);
    expect(withoutDropped(counted, [{ at: at(-1, 10) }, { at: at(0, 9) }])).toEqual({
      ...counted,
      engagements: 9,
    });
    expect(withoutDropped({ ...counted, engagements: 0 }, [{ at: at(-1, 10) }]).engagements).toBe(
      0,
    );
  });

  it('says the list’s size less the rows deleted, right after the deletion; Undo brings them back', async () => {
    // Loaded: day 0's two rows and day -1's 20:00 and 10:00 (the last loaded after the count).
    const items = [
      day(0),
      row(at(0, 12)),
      row(at(0, 9)),
      day(-1),
      row(at(-1, 20)),
      row(at(-1, 10)),
    ];
    const ask = vi.fn<AskCount>().mockResolvedValue({ engagements: 10, days: 4 });
    const count = new RowCount(ask);
    await count.load(before, {}, () => true);
    expect(count.size(items, true)).toBe(6 + (10 - 1) + 4);
    // Delete 12:00 (first batch) and 10:00 (counted): both leave the items, 10:00 the count too.
    const kept = [items[0], items[2], items[3], items[4]].filter((item) => item !== undefined);
    count.drop([{ at: at(0, 12) }, { at: at(-1, 10) }]);
    expect(count.size(kept, true)).toBe(4 + 9 + 4);
    // Undo: the list loads again, its count with it; unknown until the worker answers.
    count.clear();
    expect(count.size(items.slice(0, 4), true)).toBe(-1);
    await count.load(at(0, 9), {}, () => true);
    expect(count.size(items.slice(0, 3), true)).toBe(3 + 10 + 4);
  });
});

describe('RowCount', () => {
  const answering = (...answers: { engagements: number; days: number }[]) => {
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

  it('asks for the Site filter’s site: its size is known from the first batch', async () => {
    const ask = answering({ engagements: 4, days: 1 });
    const count = new RowCount(ask);
    expect(await count.load(50, { site: 'tea.test', from: 10 }, () => true)).toBe('counted');
    expect(ask).toHaveBeenCalledWith({ from: 10, before: 50, site: 'tea.test' });
    expect(count.size([row(60)], true)).toBe(6);
  });

  it('drops an answer to an older load, or to an ask made before the latest', async () => {
    let answer: (count: { engagements: number; days: number }) => void = () => undefined;
    const slow = new Promise<{ engagements: number; days: number }>(
      (resolve) => (answer = resolve),
    );
    const ask = vi
      .fn<AskCount>()
      .mockResolvedValueOnce({ engagements: 7, days: 0 })
      .mockResolvedValueOnce({ engagements: 5, days: 0 })
      .mockReturnValueOnce(slow)
      .mockResolvedValueOnce({ engagements: 2, days: 0 });
    const count = new RowCount(ask);
    await count.load(50, {}, () => true);
    expect(await count.load(50, {}, () => false)).toBe('stale');
    expect(count.size([row(60)], true)).toBe(8);
    // Asked before a deletion, answered after the count asked since: not kept.
    const early = count.load(50, {}, () => true);
    expect(await count.load(50, {}, () => true)).toBe('counted');
    answer({ engagements: 9, days: 0 });
    expect(await early).toBe('stale');
    expect(count.size([row(60)], true)).toBe(3);
  });

  it('draws once a count arrives, and asks nothing once everything is loaded', async () => {
    const ask = answering({ engagements: 3, days: 1 });
    const drawn = vi.fn();
    const count = new RowCount(ask);
    count.follow({ next: () => 50, filters: () => ({}) }, () => true, drawn);
    await vi.waitFor(() => {
      expect(drawn).toHaveBeenCalledTimes(1);
    });
    expect(count.size([row(60)], true)).toBe(5);
    count.follow({ next: () => null, filters: () => ({}) }, () => true, drawn);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
