import { describe, expect, it } from 'vitest';
import { groupByDay, type DisplayRow } from './days';
import { indexOfPlace, placeOf, reachesPlace } from './list-place';

const HOUR = 3_600_000;
const NOW = new Date(2026, 11, 3, 20).getTime();

/** Row `n`: read n hours before NOW (newest first as n grows). */
const row = (n: number): DisplayRow => ({
  key: `g${String(n)}`,
  appActivityId: `p${String(n)}`,
  title: `Read ${String(n)}`,
  url: `https://a.test/${String(n)}`,
  at: NOW - n * HOUR,
  activeMs: 60_000,
});
const rows = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => row(from + i));

describe('the reader’s place across a reload', () => {
  it('comes back to the same row, at the same distance from the view’s top', () => {
    const before = groupByDay(rows(0, 100), new Map());
    const index = before.findIndex((item) => item.kind === 'row' && item.row.key === 'g60');
    const place = placeOf(before, index, 12, 3_000);
    expect(place).toMatchObject({ within: 12, at: NOW - 60 * HOUR });
    // Reloaded with a newer reading on top (a deletion undone elsewhere brought it back).
    const after = groupByDay([row(-1), ...rows(0, 100)], new Map());
    const found = indexOfPlace(after, place ?? { keys: [], within: 0, at: 0 });
    expect(found !== undefined && after[found]).toMatchObject({ kind: 'row', row: { key: 'g60' } });
  });

  it('takes the next row still listed when the reader’s row was deleted', () => {
    const before = groupByDay(rows(0, 100), new Map());
    const index = before.findIndex((item) => item.kind === 'row' && item.row.key === 'g60');
    const place = placeOf(before, index, 0, 3_000);
    const after = groupByDay(
      rows(0, 100).filter((r) => r.key !== 'g60' && r.key !== 'g61'),
      new Map(),
    );
    const found = indexOfPlace(after, place ?? { keys: [], within: 0, at: 0 });
    expect(found !== undefined && after[found]).toMatchObject({ kind: 'row', row: { key: 'g62' } });
  });

  it('keeps the top a top: no place when the list is not scrolled', () => {
    const items = groupByDay(rows(0, 10), new Map());
    expect(placeOf(items, 0, 0, 0)).toBeUndefined();
  });

  it('loads batches until the place, or a row older than it, is loaded', () => {
    const items = groupByDay(rows(0, 300), new Map());
    const index = items.findIndex((item) => item.kind === 'row' && item.row.key === 'g250');
    const place = placeOf(items, index, 0, 9_000);
    if (!place) throw new Error('no place');
    expect(reachesPlace(rows(0, 40), place, true)).toBe(false);
    expect(reachesPlace(rows(0, 240), place, true)).toBe(false);
    expect(reachesPlace(rows(0, 440), place, true)).toBe(true);
    // Deleted, with all after it: an older row says the place is passed.
    expect(reachesPlace([...rows(0, 240), row(320)], place, true)).toBe(true);
    expect(reachesPlace(rows(0, 40), place, false)).toBe(true);
  });
});
