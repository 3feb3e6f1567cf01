import { describe, expect, it } from 'vitest';
import {
  firstSpan,
  intersectWords,
  MIN_SPAN_MS,
  walkNewestFirst,
  type TermTimeReader,
} from './newest-walk';

const HOUR = 3_600_000;

/** An in-memory `[term, time]` index: page `p<i>` read at hour i, under the given terms. */
function index(pages: readonly (readonly string[])[]): TermTimeReader & { read: string[] } {
  const read: string[] = [];
  return {
    read,
    keysIn(term, from, to) {
      read.push(`${term}@${String(from / HOUR)}-${String(to / HOUR)}`);
      return Promise.resolve(
        pages.flatMap((terms, i) =>
          terms.includes(term) && i * HOUR >= from && i * HOUR < to ? [`p${String(i)}`] : [],
        ),
      );
    },
  };
}

/** 100 hours of pages: every page says "river", every 10th "garden", page 37 "otter". */
const HISTORY = Array.from({ length: 100 }, (_, i) => [
  'river',
  ...(i % 10 === 0 ? ['garden'] : []),
  ...(i === 37 ? ['otter'] : []),
]);
const plan = (words: string[][], wanted: number, span = 10 * HOUR) => ({
  words,
  wanted,
  oldest: 0,
  newest: 100 * HOUR - 1,
  firstSpan: span,
});

describe('walkNewestFirst', () => {
  it.each([
    // [what, words, wanted, first span (h), keys found, complete, index reads]
    ['a common word fills a page from the newest window alone', [['river']], 5, 10, 10, false, 1],
    [
      'two words: only pages holding both, windows doubling until enough',
      [['garden'], ['river']],
      3,
      10,
      3,
      false,
      4,
    ],
    ['a word on one old page: walks to it, then on to the end', [['otter']], 5, 10, 1, true, 4],
    [
      'no page holds both: the whole history, and no more',
      [['otter'], ['garden']],
      5,
      100,
      0,
      true,
      2,
    ],
    [
      'a prefix standing for two terms: their pages together',
      [['garden', 'otter']],
      20,
      100,
      11,
      true,
      2,
    ],
  ] as const)('%s', async (_, words, wanted, spanHours, found, complete, reads) => {
    const reader = index(HISTORY);
    const result = await walkNewestFirst(
      reader,
      plan(
        words.map((w) => [...w]),
        wanted,
        spanHours * HOUR,
      ),
    );
    expect(result.keys).toHaveLength(found);
    expect(result.complete).toBe(complete);
    expect(result.reads).toBe(reads);
  });

  it('finds the newest matches first', async () => {
    const result = await walkNewestFirst(index(HISTORY), plan([['garden'], ['river']], 3));
    expect(result.keys.sort()).toEqual(['p70', 'p80', 'p90']);
  });

  it('stops reading the other words of a window where the rarest has no page', async () => {
    const reader = index(HISTORY);
    await walkNewestFirst(reader, plan([['otter'], ['river']], 1, 100 * HOUR));
    await walkNewestFirst(reader, plan([['otter'], ['river']], 1, 50 * HOUR));
    expect(reader.read).toEqual([
      'otter@0-100',
      'river@0-100',
      // Second walk: 50–100 has no otter, so river is not read there.
      'otter@50-100',
      'otter@0-50',
      'river@0-50',
    ]);
  });

  it('answers nothing, without reading, for a word that stands for no term', async () => {
    const reader = index(HISTORY);
    expect(await walkNewestFirst(reader, plan([['river'], []], 5))).toEqual({
      keys: [],
      complete: true,
      reads: 0,
    });
  });
});

describe('firstSpan', () => {
  const whole = 100 * HOUR;
  it.each([
    ['a short history: all of it in one window', 30, 50, whole],
    ['a long one: where 1.5 pages of results would be, spread evenly', 10_000, 100, whole * 0.015],
    ['never below the shortest window', 1_000_000, 10, MIN_SPAN_MS],
  ])('%s', (_, pages, wanted, expected) => {
    expect(firstSpan({ oldest: 0, newest: whole - 1, wanted, pages })).toBe(expected);
  });
});

describe('intersectWords', () => {
  it.each([
    [
      'keys in every list',
      [
        ['a', 'b', 'c'],
        ['c', 'b'],
        ['b', 'c', 'd'],
      ],
      ['b', 'c'],
    ],
    ['repeats count once', [['a', 'a'], ['a']], ['a']],
    ['no words: nothing', [], []],
  ])('%s', (_, words, expected) => {
    expect(intersectWords(words).sort()).toEqual(expected);
  });
});
