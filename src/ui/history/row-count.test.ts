import { describe, expect, it, vi } from 'vitest';
import { listSetSize, RowCount, type AskCount } from './row-count';

const at = (...times: number[]) => times.map((time) => ({ at: time }));

describe('the history list’s size (aria-setsize)', () => {
  it('is the rows loaded when no more are to come (the whole day list, a search)', () => {
    expect(listSetSize(at(5, 4, 3), false, null)).toBe(3);
    expect(listSetSize([], false, null)).toBe(0);
  });

  it('is unknown (-1) while more are to come and nothing was counted', () => {
    expect(listSetSize(at(5, 4, 3), true, null)).toBe(-1);
  });

  it('adds the rows still to come: counted before the next batch, less those loaded since', () => {
    const counted = { before: 3, count: 400, deleted: 0 };
    // 40 rows loaded, then the count of the 400 older than the 40th.
    expect(listSetSize(at(...Array.from({ length: 40 }, (_, i) => 100 - i)), true, counted)).toBe(
      440,
    );
    // The next batch of 200 came: still 440.
    const rows = at(
      ...Array.from({ length: 40 }, (_, i) => 100 - i),
      ...Array.from({ length: 200 }, (_, i) => 2 - i),
    );
    expect(listSetSize(rows, true, counted)).toBe(440);
    // The page being read added a row at the top: 441.
    expect(listSetSize([{ at: 101 }, ...rows], true, counted)).toBe(441);
  });

  it('never counts fewer to come than none', () => {
    expect(listSetSize(at(5, 2, 1), true, { before: 3, count: 1, deleted: 0 })).toBe(3);
  });
});

describe('RowCount', () => {
  const ask = (count: number | null) => vi.fn<AskCount>(() => Promise.resolve({ count }));

  it('asks for the engagements before the next batch, within the filters’ start', async () => {
    const asked = ask(7);
    const count = new RowCount(asked);
    expect(await count.load(50, { from: 10 }, () => true)).toBe(true);
    expect(asked).toHaveBeenCalledWith({ from: 10, before: 50 });
    expect(count.size(at(60, 55), true)).toBe(9);
    count.clear();
    expect(count.size(at(60, 55), true)).toBe(-1);
  });

  it('asks nothing with a site filter (the store cannot count a site’s engagements)', async () => {
    const asked = ask(7);
    const count = new RowCount(asked);
    expect(await count.load(50, { site: 'tea.test' }, () => true)).toBe(false);
    expect(asked).not.toHaveBeenCalled();
    expect(count.size(at(60), true)).toBe(-1);
  });

  it('drops a count the worker could not give, or that answers an older load', async () => {
    const none = new RowCount(ask(null));
    expect(await none.load(50, {}, () => true)).toBe(false);
    expect(none.size(at(60), true)).toBe(-1);
    const stale = new RowCount(ask(7));
    expect(await stale.load(50, {}, () => false)).toBe(false);
    expect(stale.size(at(60), true)).toBe(-1);
  });

  it('takes deleted rows off: a row deleted from the counted ones is no longer to come', async () => {
    const count = new RowCount(ask(10));
    await count.load(50, {}, () => true);
    const loaded = at(60, 40, 30);
    expect(count.size(loaded, true)).toBe(11);
    // The row at 40 (counted) and the one at 60 (loaded first) are deleted.
    count.remove(at(40, 60));
    expect(count.size(at(30), true)).toBe(9);
  });
});
