import { describe, expect, it } from 'vitest';
import type { DisplayRow, ListItem } from './days';
import {
  anchorItem,
  BASE_HEIGHTS,
  fitHeights,
  itemTops,
  keptOffset,
  scrollDelta,
  viewWindow,
  visibleRange,
} from './list-geometry';

const day = (dayStart: number): ListItem => ({ kind: 'day', dayStart, activeMs: null });
const row = (key: string): ListItem => ({ kind: 'row', row: { key } as DisplayRow });
/** Two days: a heading and two rows, a heading and one row. */
const ITEMS = [day(2), row('a'), row('b'), day(1), row('c')];

describe('the history list’s geometry', () => {
  it('places each item under the one before, days 40 px and rows 52 px high by default', () => {
    expect(itemTops(ITEMS)).toEqual([0, 40, 92, 144, 184, 236]);
    expect(2 * BASE_HEIGHTS.day + 3 * BASE_HEIGHTS.row).toBe(236);
  });

  it('places items of the heights it is given (measured at a larger text size)', () => {
    expect(itemTops(ITEMS, { day: 50, row: 75 })).toEqual([0, 50, 125, 200, 250, 325]);
    expect(itemTops([], { day: 50, row: 75 })).toEqual([0]);
  });

  it.each<[string, { day: number; row: number }, number, { day: number; row: number }]>([
    // Measured in Chromium: a row's title and info line, a heading's "Delete day".
    ['16 px, the base heights', { day: 25.78125, row: 42 }, 16, { day: 40, row: 52 }],
    ['20 px ("Large")', { day: 31.5, row: 52.5 }, 20, { day: 47, row: 63 }],
    ['24 px ("Very large")', { day: 37.1875, row: 63 }, 24, { day: 56, row: 75 }],
    ['nothing measured yet (0)', { day: 0, row: 0 }, 24, { day: 40, row: 52 }],
    ['a smaller text (12 px): never under the base', { day: 19.4, row: 31.5 }, 12, BASE_HEIGHTS],
  ])('fits the heights to the text at %s', (_case, content, rem, heights) => {
    expect(fitHeights(content, rem)).toEqual(heights);
  });

  it.each<[string, number | undefined, number, number]>([
    ['the focused row, whole in view', 2, 100, 2],
    ['the first item in view when the focused row is out of view', 4, 100, 1],
    ['the first item in view when nothing is focused', undefined, 100, 1],
    ['the first item in view when the focused row is cut at the bottom', 2, 50, 1],
  ])('keeps the reader’s place by %s', (_case, focused, height, anchor) => {
    // View from 50 px: the first row (40-92) is cut at the top, the second (92-144) whole.
    expect(anchorItem(itemTops(ITEMS), 50, height, focused)).toBe(anchor);
  });

  it('scrolls so the anchor stays as far from the view’s top as it was', () => {
    const before = itemTops(ITEMS);
    const after = itemTops(ITEMS, { day: 56, row: 75 });
    // The second row was 42 px below the view's top (92 - 50); at 24 px it starts at 131.
    expect(keptOffset(before, after, 2, 50)).toBe(89);
    expect((after[2] ?? 0) - keptOffset(before, after, 2, 50)).toBe(42);
    // The first item, at the list's top, keeps the view at the top.
    expect(keptOffset(before, after, 0, 0)).toBe(0);
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
