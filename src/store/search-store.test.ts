import { beforeEach, describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import { recordPage } from './activities-store';
import type { Db } from './db';
import { freshDbForEachTest } from './testing/fresh-db';
import { countEngagements } from './engagement-count';
import { historyStats, listEngagements } from './history-store';
import { searchPages } from './search-store';
import { page } from './testing/records';
import { countBacklog } from '../sync/outbox-store';
import { readOnce } from './testing/read-once';

const DAY = 24 * 3600 * 1000;
let db: Db;
freshDbForEachTest('search', (opened) => (db = opened));

/** Records a page read once for `activeMs` starting at `startedAt`, through the product's code. */
const read = (metadata: PageMetadata, startedAt: number, activeMs = 60_000): Promise<void> =>
  readOnce(db, metadata, startedAt, activeMs);

async function seed(): Promise<void> {
  await read(
    page('tides', { title: 'How tides work', description: 'The moon pulls the sea' }),
    DAY,
  );
  await read(
    page('bread', {
      title: 'Sourdough bread at home',
      authors: [{ name: 'Ada Müller', kind: 'Person' }],
      keywords: ['baking'],
    }),
    2 * DAY,
  );
  await read(page('moon', { title: 'Moon landing archive', siteName: 'Space Weekly' }), 3 * DAY);
  await read(page('reading', { title: 'Reading slowly' }), 4 * DAY);
}

const titles = async (query: string): Promise<string[]> =>
  (await searchPages(db, query, { limit: 10 })).rows.map((row) => row.title);

describe('searchPages', () => {
  beforeEach(seed);

  it.each([
    ['an author, without her umlaut', 'muller', ['Sourdough bread at home']],
    ['a word of the description', 'pulls', ['How tides work']],
    ['a keyword', 'baking', ['Sourdough bread at home']],
    ['the site', 'space weekly', ['Moon landing archive']],
    ['a word of the URL', 'tides', ['How tides work']],
    ['a prefix', 'sourd', ['Sourdough bread at home']],
    ['two words, both required', 'moon archive', ['Moon landing archive']],
    ['a typo', 'sourdogh', ['Sourdough bread at home']],
    ['nothing', 'zebra', []],
  ])('finds pages by %s', async (_, query, expected) => {
    expect(await titles(query)).toEqual(expected);
  });

  it('ranks a title match above a description match, then the most recent first', async () => {
    // "moon" is in the landing page's title and only in the tides page's description.
    expect(await titles('moon')).toEqual(['Moon landing archive', 'How tides work']);
  });

  it('lists the most recent pages, slim, with their reading time, for an empty query', async () => {
    const { rows } = await searchPages(db, '  ', { limit: 2 });
    expect(rows).toEqual([
      {
        appActivityId: 'https://example.test/reading',
        title: 'Reading slowly',
        url: 'https://example.test/reading',
        lastActiveAt: 4 * DAY + 60_000,
        activeMs: 60_000,
      },
      expect.objectContaining({ title: 'Moon landing archive', siteName: 'Space Weekly' }),
    ]);
  });

  it('forgets a deleted page and finds a renamed one by its new title', async () => {
    await recordPage(db, page('tides', { title: 'Ocean currents' }), 6 * DAY);
    expect(await titles('tides work')).toEqual([]);
    expect(await titles('ocean')).toEqual(['Ocean currents']);
  });
});

describe('history reads', () => {
  beforeEach(seed);

  it('pages engagements newest first, in batches that meet', async () => {
    const first = await listEngagements(db, { limit: 3 });
    expect(first.rows.map((r) => r.title)).toEqual([
      'Reading slowly',
      'Moon landing archive',
      'Sourdough bread at home',
    ]);
    const second = await listEngagements(db, { limit: 3, before: first.next ?? 0 });
    expect(second).toEqual({
      rows: [expect.objectContaining({ title: 'How tides work' })],
      next: null,
    });
  });

  it.each([1, 2, 3, 5, 50])(
    'walks a history with ties and years-long gaps in batches of %i: each engagement once, in order',
    async (limit) => {
      // Two engagements at the same instant, one a minute later, one years earlier, one at 0.
      const YEAR = 365 * DAY;
      await read(page('tie-a'), 5 * YEAR);
      await read(page('tie-b'), 5 * YEAR);
      await read(page('minute'), 5 * YEAR + 60_000);
      await read(page('ancient'), 0);
      // Exactly where the first read-back window (6 h before the newest) begins.
      const edge = 5 * YEAR + 60_000 - 6 * 3600_000;
      await read(page('window-edge'), edge);
      const seen: number[] = [];
      let before: number | undefined;
      for (let batch = 0; batch < 20; batch++) {
        const result = await listEngagements(
          db,
          before === undefined ? { limit } : { limit, before },
        );
        seen.push(...result.rows.map((row) => row.startedAt));
        if (result.next === null) break;
        before = result.next;
      }
      expect(seen).toEqual([
        5 * YEAR + 60_000,
        5 * YEAR,
        5 * YEAR,
        edge,
        4 * DAY,
        3 * DAY,
        2 * DAY,
        DAY,
        0,
      ]);
    },
  );

  it('totals each site and day as its rows show: two rows of "7 sec" make 14 sec', async () => {
    const coastal = { siteName: 'Coastal Notes' };
    await read(
      page('harbour', { title: 'A long year on the harbour', ...coastal }),
      20 * DAY,
      6_600,
    );
    await read(
      page('tides-2', { title: 'How tides really work', ...coastal }),
      20 * DAY + 1,
      6_600,
    );
    const stats = await historyStats(db, { from: 20 * DAY, to: 21 * DAY, binStarts: [20 * DAY] });
    expect(stats.bins).toEqual([14_000]);
    expect(stats.sites).toEqual([{ site: 'Coastal Notes', activeMs: 14_000, pages: 2 }]);
  });

  it('filters by site and totals each range', async () => {
    const bySite = await listEngagements(db, { limit: 10, site: 'Space Weekly' });
    expect(bySite.rows.map((r) => r.title)).toEqual(['Moon landing archive']);
    const stats = await historyStats(db, { from: 0, to: 9 * DAY, binStarts: [0, 2 * DAY] });
    expect(stats.bins).toEqual([60_000, 180_000]);
    expect(stats.sites[0]).toEqual({ site: 'example.test', activeMs: 180_000, pages: 3 });
  });

  it('counts the engagements before a time, from a start or the first, and their local days', async () => {
    // One reading a day (days 1-4, each at its UTC midnight, which is a different local day each).
    expect((await countEngagements(db, { before: 3 * DAY })).engagements).toBe(2);
    expect((await countEngagements(db, { from: 2 * DAY, before: 9 * DAY })).engagements).toBe(3);
    expect(await countEngagements(db, { before: DAY })).toEqual({ engagements: 0, days: 0 });
    // Days: the readings on days 1-3 before day 4's, the local day 4's falls in left out.
    expect((await countEngagements(db, { before: 4 * DAY + 1 })).days).toBe(3);
  });

  it('counts pending writes from the index', async () => {
    expect(await countBacklog(db)).toEqual({ pending: 4, parked: 0 });
  });
});

describe('searchPages with words on many pages', () => {
  const NOW = 1000 * DAY;
  // 520 pages about rivers, one a minute, and 480 of them about gardens; the ten oldest also name
  // a less common word, and the oldest a rare one.
  beforeEach(async () => {
    for (let i = 0; i < 520; i++) {
      const garden = i % 13 === 0 ? '' : ' garden';
      const rare = i === 519 ? ' quartzite' : '';
      const delta = i >= 510 ? ' delta' : '';
      await read(
        page(`r${String(i)}`, { title: `River${garden}${rare}${delta} ${String(i)}` }),
        NOW - i * 60_000,
      );
    }
    await read(page('other', { title: 'Mountains' }), NOW);
  }, 60_000);

  it.each([
    // [what, query, first titles, pages found, whether older pages may match too]
    [
      'a rare word, on the oldest page',
      'river quartzite',
      ['River garden quartzite delta 519'],
      1,
      false,
    ],
    [
      'two common words and a rarer one',
      'garden river delta',
      ['River garden delta 510', 'River garden delta 511'],
      10,
      false,
    ],
    [
      'two common words: the newest pages holding both',
      'garden river',
      ['River garden 1', 'River garden 2'],
      55,
      true,
    ],
    ['one common word: the newest matches', 'river', ['River 0', 'River garden 1'], 60, true],
  ] as const)('%s', async (_name, query, firstTitles, total, more) => {
    const found = await searchPages(db, query, { limit: 2 });
    expect(found.rows.map((row) => row.title)).toEqual(firstTitles);
    // Common words: only the newest hour of pages is read (one window), not all 520.
    expect(found.total).toBe(total);
    expect(found.more).toBe(more);
  });
});

describe('searchPages with a prefix of many words', () => {
  // 30 pages, one an hour, each titled with its own word starting "re" (more than EXPANSION_CAP).
  const letter = (n: number): string => String.fromCharCode(97 + n);
  const words = Array.from({ length: 30 }, (_, i) => `re${letter(i % 26)}${letter(i / 26)}`);
  beforeEach(async () => {
    for (const [i, word] of words.entries()) {
      await read(page(word, { title: `${word} notes` }), i * 3_600_000);
    }
  });

  it.each([
    // [what, query, titles, pages found, whether older pages may match too]
    ['too broad to walk: the newest pages, checked', 're', ['redb notes', 'recb notes'], 30, false],
    ['narrower: walked through the index', 'rea', ['reab notes', 'reaa notes'], 2, false],
  ] as const)('%s', async (_name, query, titles, total, more) => {
    const found = await searchPages(db, query, { limit: 2 });
    expect(found.rows.map((row) => row.title)).toEqual(titles);
    expect(found.total).toBe(total);
    expect(found.more).toBe(more);
  });
});
