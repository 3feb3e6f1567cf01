import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../store/page-rows';
import { placeNewRows } from './more-rows';

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

describe('placeNewRows', () => {
  it.each([
    [
      'recent pages: the page being read, not yet stored, above; the rest after the last drawn',
      '',
      ['a', 'b'],
      ['n', 'a', 'b', 'c'],
      [['n'], ['c']],
    ],
    [
      'recent pages: only the rows after the last drawn',
      '',
      ['a', 'b'],
      ['a', 'b', 'c'],
      [[], ['c']],
    ],
    ['recent pages: a page deleted meanwhile is skipped', '', ['a', 'b'], ['a', 'c'], [[], ['c']]],
    ['recent pages: none drawn (the popup was empty)', '', [], ['n'], [[], ['n']]],
    ['recent pages: nothing new', '', ['a', 'b'], ['a', 'b'], [[], []]],
    [
      'search: a better older match ranked first is kept',
      'tea',
      ['a', 'b'],
      ['x', 'a', 'b', 'c'],
      [[], ['x', 'c']],
    ],
    ['search: rows between drawn ones are kept', 'tea', ['a', 'b'], ['a', 'y', 'b'], [[], ['y']]],
    ['search: nothing new', 'tea', ['a', 'b'], ['b', 'a'], [[], []]],
  ])('%s', (_case, query, drawn, answer, [above, below]) => {
    const placed = placeNewRows(rows(...drawn), rows(...answer), query);
    expect([titles(placed.above), titles(placed.below)]).toEqual([above, below]);
  });
});
