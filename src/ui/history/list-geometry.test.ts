import { describe, expect, it } from 'vitest';
import type { DisplayRow, ListItem } from './days';
import {
  DAY_HEIGHT,
  itemTops,
  ROW_HEIGHT,
  scrollDelta,
  viewWindow,
  visibleRange,
} from './list-geometry';

const day = (dayStart: number): ListItem => ({ kind: 'day', dayStart, activeMs: null });
const row = (key: string): ListItem => ({ kind: 'row', row: { key } as DisplayRow });
/** Two days: a heading and two rows, a heading and one row. */
const ITEMS = [day(2), row('a'), row('b'), day(1), row('c')];

describe('the history list’s geometry', () => {
  it('places each item under the one before, days 40 px and rows 52 px high', () => {
    expect(itemTops(ITEMS)).toEqual([0, 40, 92, 144, 184, 236]);
    expect(DAY_HEIGHT + 3 * ROW_HEIGHT + DAY_HEIGHT).toBe(236);
  });

  it.each<[string, number, number, [number, number]]>([
    ['the top of the list', 0, 100, [0, 3]],
    ['a view starting inside the second row', 100, 60, [2, 4]],
    ['the last row alone', 190, 40, [4, 5]],
    ['a view above the list (its top still below the window)', -200, 100, [0, 0]],
  ])('finds the items in %s', (_case, offset, height, range) => {
    expect(visibleRange(itemTops(ITEMS), offset, height)).toEqual(range);
  });

  it.each<[string, number, number, number, { offset: number; height: number }]>([
    // The scroller is the view: its box 200-700 px, the list scrolled 300 px up inside it.
    ['a list in its own scroll box', -100, 200, 700, { offset: 300, height: 500 }],
    // The page scrolls: the window is the view, the list's top still 150 px down it.
    ['a page at its top, the list below the header', 150, 0, 360, { offset: -150, height: 360 }],
    ['a page scrolled 2,000 px into the list', -2000, 0, 360, { offset: 2000, height: 360 }],
    ['a hidden list', 0, 0, 0, { offset: 0, height: 0 }],
  ])('measures the view of %s', (_case, canvasTop, clipTop, clipBottom, view) => {
    expect(viewWindow(canvasTop, clipTop, clipBottom)).toEqual(view);
  });

  it.each<[string, [number, number], number]>([
    ['an item in view', [100, 152], 0],
    ['an item above the view', [-30, 22], -74],
    ['an item under what floats over the top (view from 44 px)', [20, 72], -24],
    ['an item below the view', [340, 392], 32],
    ['an item taller than the view: its top', [10, 500], -34],
    ['an item a fraction above, by a whole px more', [43.78, 95.78], -1],
    ['an item a fraction below, by a whole px more', [308.2, 360.2], 1],
  ])('scrolls %s into view by the least', (_case, [top, bottom], delta) => {
    expect(scrollDelta(top, bottom, 44, 360)).toBe(delta);
  });
});
