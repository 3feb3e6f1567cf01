import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../store/page-rows';
import { rowsToAppend, withFresherTimes } from './more-rows';

function rows(...names: string[]): PageRow[] {
  return names.map((name) => ({
    appActivityId: `https://site.test/${name}`,
    url: `https://site.test/${name}`,
    title: name,
    lastActiveAt: 0,
    activeMs: 0,
  }));
}

const titles = (list: readonly PageRow[]): string[] => list.map((row) => row.title);

describe('rowsToAppend', () => {
  it.each([
    [
      'recent pages: only the rows after the last drawn',
      '',
      ['a', 'b'],
      ['n', 'a', 'b', 'c'],
      ['c'],
    ],
    ['recent pages: a page deleted meanwhile is skipped', '', ['a', 'b'], ['a', 'c'], ['c']],
    [
      'search: a better older match ranked first is kept',
      'tea',
      ['a', 'b'],
      ['x', 'a', 'b', 'c'],
      ['x', 'c'],
    ],
    ['search: rows between drawn ones are kept', 'tea', ['a', 'b'], ['a', 'y', 'b'], ['y']],
    ['search: nothing new', 'tea', ['a', 'b'], ['b', 'a'], []],
  ])('%s', (_case, query, drawn, answer, expected) => {
    expect(titles(rowsToAppend(rows(...drawn), rows(...answer), query))).toEqual(expected);
  });
});

describe('withFresherTimes', () => {
  const timed = (entries: [string, number][]): PageRow[] =>
    entries.map(([name, activeMs]) => ({ ...(rows(name)[0] as PageRow), activeMs }));

  it.each([
    [
      'the live page said more: its time moves up',
      [
        ['a', 5_000],
        ['b', 9_000],
      ],
      [['a', 12_000]],
      [12_000, 9_000],
    ],
    ['a lower time is never drawn', [['a', 5_000]], [['a', 4_000]], [5_000]],
    ['a page missing from the answer keeps its time', [['a', 5_000]], [['z', 60_000]], [5_000]],
  ] as [string, [string, number][], [string, number][], number[]][])(
    '%s',
    (_case, drawn, answer, expected) => {
      expect(withFresherTimes(timed(drawn), timed(answer)).map((row) => row.activeMs)).toEqual(
        expected,
      );
    },
  );

  it('returns the drawn rows themselves when nothing moved (nothing to redraw)', () => {
    const drawn = timed([['a', 5_000]]);
    expect(withFresherTimes(drawn, timed([['a', 5_000]]))).toBe(drawn);
  });
});
