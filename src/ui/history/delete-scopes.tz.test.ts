// Runs in Europe/Berlin (vitest.config.ts, project time-zone): its days are 23 h on 29 March 2026
// and 25 h on 25 October 2026.
import { describe, expect, it } from 'vitest';
import type { DeletionScope } from '../../deletion/scope-match';
import { coversRow, dayScope, siteScope } from './delete-scopes';

const HOUR = 3_600_000;
/** Local time in the test's zone. */
const at = (m: number, d: number, h = 0, min = 0): number =>
  new Date(2026, m - 1, d, h, min).getTime();
const row = (when: number, url = 'https://news.test/a', siteName?: string) => ({
  appActivityId: url,
  at: when,
  url,
  ...(siteName === undefined ? {} : { siteName }),
});
const NOW = at(12, 3, 15, 30);

describe('delete scopes', () => {
  it('runs where daylight saving time changes the day’s length', () => {
    expect(at(3, 30) - at(3, 29)).toBe(23 * HOUR);
    expect(at(10, 26) - at(10, 25)).toBe(25 * HOUR);
  });

  it.each<[string, number, number]>([
    ['an ordinary day: 24 h', at(12, 1), at(12, 2) - 1],
    ['the day clocks go forward: 23 h', at(3, 29), at(3, 29) + 23 * HOUR - 1],
    ['the day clocks go back: 25 h', at(10, 25), at(10, 25) + 25 * HOUR - 1],
    ['today: up to now, never later', at(12, 3), NOW],
  ])('a day, %s', (_name, dayStart, to) => {
    expect(dayScope(dayStart, NOW)).toEqual({ from: dayStart, to, match: 'started' });
  });

  it('has no day that starts after now (a clock ahead on another device)', () => {
    expect(dayScope(at(12, 4), NOW)).toBeNull();
  });

  it.each<[string, DeletionScope, number, boolean]>([
    ['the day’s first minute', dayScope(at(10, 25), NOW) as DeletionScope, at(10, 25), true],
    [
      'the 25 h day’s last hour',
      dayScope(at(10, 25), NOW) as DeletionScope,
      at(10, 25, 23, 30),
      true,
    ],
    ['the next day’s midnight', dayScope(at(10, 25), NOW) as DeletionScope, at(10, 26), false],
    [
      'a row of the day before, read on past midnight: listed and kept there',
      dayScope(at(12, 2), NOW) as DeletionScope,
      at(12, 1, 23, 55),
      false,
    ],
  ])('a day covers %s', (_name, scope, when, covered) => {
    expect(coversRow(scope, row(when))).toBe(covered);
  });

  it.each<[string, Parameters<typeof siteScope>[0], Omit<DeletionScope, 'match'> | null]>([
    [
      'no dates: from the first reading until now',
      { site: 'news.test' },
      {
        from: 0,
        to: NOW,
        siteLabel: 'news.test',
      },
    ],
    [
      'From and To: the From day’s start to the To day’s end (a 25 h day)',
      { site: ' ZEIT ONLINE ', fromDay: at(10, 20), toDay: at(10, 25) },
      { from: at(10, 20), to: at(10, 26) - 1, siteLabel: 'ZEIT ONLINE' },
    ],
    [
      'From only: until now',
      { site: 'news.test', fromDay: at(11, 1) },
      { from: at(11, 1), to: NOW, siteLabel: 'news.test' },
    ],
    [
      'To today: until now, never later',
      { site: 'news.test', toDay: at(12, 3) },
      { from: 0, to: NOW, siteLabel: 'news.test' },
    ],
    ['To before From: nothing', { site: 'news.test', fromDay: at(12, 2), toDay: at(12, 1) }, null],
    ['From after today: nothing', { site: 'news.test', fromDay: at(12, 4) }, null],
    ['no site: nothing', { site: '  ' }, null],
  ])('a site, %s', (_name, filter, expected) => {
    expect(siteScope(filter, NOW)).toEqual(expected && { ...expected, match: 'started' });
  });

  it('a site covers the rows listed under its label, within its dates, and no other', () => {
    const scope = siteScope(
      { site: 'ZEIT ONLINE', fromDay: at(12, 1), toDay: at(12, 2) },
      NOW,
    ) as DeletionScope;
    const zeit = (when: number) => row(when, 'https://www.zeit.de/x', 'ZEIT ONLINE');
    expect(coversRow(scope, zeit(at(12, 2, 23, 59)))).toBe(true);
    expect(coversRow(scope, zeit(at(12, 3, 0, 1)))).toBe(false);
    expect(coversRow(scope, zeit(at(11, 30, 23, 59)))).toBe(false);
    // The same host, listed under its host name: another row of the Site filter.
    expect(coversRow(scope, row(at(12, 2, 9), 'https://www.zeit.de/y'))).toBe(false);
    expect(coversRow(scope, row(at(12, 2, 9), 'https://other.test/'))).toBe(false);
  });

  it('a selection covers its pages’ rows only', () => {
    const scope = { from: 0, to: NOW, appActivityIds: ['https://news.test/a'] };
    expect(coversRow(scope, row(at(12, 1)))).toBe(true);
    expect(coversRow(scope, row(at(12, 1), 'https://news.test/b'))).toBe(false);
  });
});
