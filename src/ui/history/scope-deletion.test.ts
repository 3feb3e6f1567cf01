import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import type { DisplayRow } from './days';
import { rowsAround, siteActionText } from './scope-deletion';

vi.mock('../../messaging/client', () => ({ sendToWorker: vi.fn() }));

describe('rowsAround (where focus goes once a day or a site is deleted)', () => {
  const rows = ['a', 'b1', 'b2', 'c'].map((key) => ({ key }) as DisplayRow);
  const day = (keys: string[]) => (row: DisplayRow) => keys.includes(row.key);

  it.each<[string, string[], [string | undefined, string | undefined]]>([
    [
      'a day in the middle: the next day’s first row, else the day before’s last',
      ['b1', 'b2'],
      ['c', 'a'],
    ],
    ['the newest day: only an older row', ['a'], ['b1', undefined]],
    ['the oldest day loaded: only a newer row', ['c'], [undefined, 'b2']],
    ['everything: none', ['a', 'b1', 'b2', 'c'], [undefined, undefined]],
    ['nothing listed', ['x'], [undefined, undefined]],
  ])('%s', (_name, keys, expected) => {
    expect(rowsAround(rows, day(keys))).toEqual(expected);
  });

  it('from the row a menu asked from: the kept rows around it, not around the first covered', () => {
    const site = day(['a', 'b2']);
    expect(rowsAround(rows, site, 'b2')).toEqual(['c', 'b1']);
    expect(rowsAround(rows, site)).toEqual(['b1', undefined]);
    expect(rowsAround(rows, site, 'gone')).toEqual([undefined, undefined]);
  });
});

describe('siteActionText', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const from = new Date(2026, 11, 1).getTime();
  const to = new Date(2026, 11, 3).getTime();

  it.each<[string, 'en' | 'de', Parameters<typeof siteActionText>[0], string, string]>([
    [
      'no dates',
      'en',
      { site: 'news.test' },
      'Delete all from news.test…',
      'Delete all from news.test?',
    ],
    [
      'both dates',
      'en',
      { site: 'news.test', fromDay: from, toDay: to },
      'Delete from news.test between Dec 1, 2026 and Dec 3, 2026…',
      'Delete from news.test between Dec 1, 2026 and Dec 3, 2026?',
    ],
    [
      'From only',
      'en',
      { site: 'news.test', fromDay: from },
      'Delete from news.test since Dec 1, 2026…',
      'Delete from news.test since Dec 1, 2026?',
    ],
    [
      'To only',
      'en',
      { site: 'news.test', toDay: to },
      'Delete from news.test until Dec 3, 2026…',
      'Delete from news.test until Dec 3, 2026?',
    ],
    [
      'German, both dates',
      'de',
      { site: 'ZEIT ONLINE', fromDay: from, toDay: to },
      'Alles von ZEIT ONLINE zwischen 01.12.2026 und 03.12.2026 löschen…',
      'Alles von ZEIT ONLINE zwischen 01.12.2026 und 03.12.2026 löschen?',
    ],
  ])('%s', (_name, language, filter, button, heading) => {
    useCatalog(language);
    expect(siteActionText(filter, language === 'de' ? 'de' : 'en-US')).toEqual({ button, heading });
  });
});
