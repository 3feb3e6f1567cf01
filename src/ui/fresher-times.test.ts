import { describe, expect, it } from 'vitest';
import { withFresherTimes, type TimedRow } from './fresher-times';

describe('withFresherTimes', () => {
  // Only what the merge reads: the page's id and its time (any row shape carries more).
  const timed = (entries: [string, number][]): TimedRow[] =>
    entries.map(([name, activeMs]) => ({ appActivityId: `https://site.test/${name}`, activeMs }));

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
