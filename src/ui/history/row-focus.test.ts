import { describe, expect, it } from 'vitest';
import type { DisplayRow, ListItem } from './days';
import { RowFocus } from './row-focus';

const row = (key: string): ListItem => ({ kind: 'row', row: { key } as DisplayRow });
const day: ListItem = { kind: 'day', dayStart: 0, activeMs: null };
// Items: a heading, 12 rows across two days, a heading in between.
const ITEMS: ListItem[] = [
  day,
  ...'abcde'.split('').map(row),
  day,
  ...'fghijkl'.split('').map(row),
];

const focusAt = (index: number): RowFocus => {
  const focus = new RowFocus({
    length: ITEMS.length,
    item: (i) => ITEMS[i],
    reveal: () => undefined,
    element: () => undefined,
  });
  focus.index = index;
  return focus;
};

describe('RowFocus.headingOf', () => {
  it.each([
    ['a day’s first row', 1, 0],
    ['a day’s last row', 5, 0],
    ['a heading itself', 6, 6],
    ['the second day’s row', 9, 6],
  ])('%s', (_name, index, heading) => {
    expect(focusAt(index).headingOf(index)).toBe(heading);
  });

  it('has none before any row had focus', () => {
    expect(focusAt(-1).headingOf(-1)).toBeUndefined();
  });
});

describe('RowFocus.target', () => {
  it.each([
    ['ArrowDown moves to the next row', 'ArrowDown', 1, 2],
    ['ArrowDown skips a day heading', 'ArrowDown', 5, 7],
    ['ArrowDown stays on the last row', 'ArrowDown', 13, 13],
    ['ArrowUp skips a day heading', 'ArrowUp', 7, 5],
    ['ArrowUp stays on the first row (the heading above is no row)', 'ArrowUp', 1, 1],
    ['Home goes to the first row', 'Home', 9, 1],
    ['End goes to the last row', 'End', 2, 13],
    ['PageDown moves ten items', 'PageDown', 1, 11],
    ['PageUp stops at the first row', 'PageUp', 4, 1],
    ['another key is no move', 'Enter', 3, null],
  ])('%s', (_, key, from, expected) => {
    expect(focusAt(from).target(key)).toBe(expected);
  });
});

describe('RowFocus.indexOf', () => {
  it('finds the item showing a row, past the day headings', () => {
    const item = ITEMS[8];
    expect(focusAt(-1).indexOf(item?.kind === 'row' ? item.row : undefined)).toBe(8);
    expect(focusAt(-1).indexOf({ key: 'gone' } as DisplayRow)).toBeUndefined();
  });
});
