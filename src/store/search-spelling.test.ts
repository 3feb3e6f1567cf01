import { describe, expect, it } from 'vitest';
import type { Db } from './db';
import { freshDbForEachTest } from './testing/fresh-db';
import { readOnce } from './testing/read-once';
import { page } from './testing/records';
import { searchPages } from './search-store';
import { TEXT_SCAN_LIMIT } from './search-text';
import { withSearchKeys } from './search-keys';
import { pageTerms } from '../search/terms';

const DAY = 24 * 3600 * 1000;
let db: Db;
freshDbForEachTest('search-spelling', (opened) => (db = opened));

const search = (query: string) => searchPages(db, query, { limit: 10 });
const titles = async (query: string): Promise<string[]> =>
  (await search(query)).rows.map((row) => row.title);

describe('searchPages and German spellings', () => {
  it.each([
    ['Muenchen', 'Wetter in München'],
    ['muench', 'Wetter in München'],
    ['Waermepumpe', 'Streit um die Wärmepumpe'],
    ['Strasse', 'Die Straße der Pendler'],
    ['Oel', 'Öl wird teurer'],
    ['München', 'Wohnen in Muenchen'],
    ['Straße', 'Die Strasse nach Hause'],
    ['Munchen', 'Wetter in München'],
  ])('"%s" finds "%s"', async (query, title) => {
    await readOnce(db, page('de', { title }), DAY);
    await readOnce(db, page('other', { title: 'Munch and the scream' }), 2 * DAY);
    expect(await titles(query)).toEqual([title]);
  });

  it('keeps a title match above a description match, newest first', async () => {
    await readOnce(db, page('a', { title: 'Bier', description: 'Ein Abend in München' }), 3 * DAY);
    await readOnce(db, page('b', { title: 'München bei Nacht' }), DAY);
    await readOnce(db, page('c', { title: 'Muenchen im Regen' }), 2 * DAY);
    expect(await titles('muenchen')).toEqual(['Muenchen im Regen', 'München bei Nacht', 'Bier']);
  });
});

describe('searchPages for text with no search term', () => {
  const seed = async (): Promise<void> => {
    await readOnce(db, page('pizza', { title: 'The 10 best 🍕 places in Berlin' }), DAY);
    await readOnce(db, page('c', { title: 'The C programming language' }), 2 * DAY);
    await readOnce(db, page('climate', { title: 'Climate and oceans' }), 3 * DAY);
    await readOnce(db, page('die', { title: 'Die und das: ein Wortspiel' }), 4 * DAY);
  };

  it.each([
    ['an emoji', '🍕', ['The 10 best 🍕 places in Berlin']],
    ['one letter, as a word', 'c', ['The C programming language']],
    ['stop words, as typed', 'DIE UND  das', ['Die und das: ein Wortspiel']],
    ['text no page holds', '🦖', []],
  ])('finds pages by %s in their titles', async (_, query, expected) => {
    await seed();
    const found = await search(query);
    expect(found.rows.map((row) => row.title)).toEqual(expected);
    expect(found).toMatchObject({ total: expected.length, more: false });
  });

  it('finds such text in URLs', async () => {
    await readOnce(db, page('🍕-menu', { title: 'Menu' }), DAY);
    await readOnce(db, page('other', { title: 'Other' }), 2 * DAY);
    expect(await titles('🍕')).toEqual(['Menu']);
  });

  // 10,001 pages in fake-indexeddb: 12 s on a quiet machine, 20 s on a busy one.
  it(`reads at most the newest ${String(TEXT_SCAN_LIMIT)} pages and says older may match`, async () => {
    // Written in one transaction (recording each through the tracker takes half a minute).
    const tx = db.transaction('activities', 'readwrite');
    for (let at = 0; at <= TEXT_SCAN_LIMIT; at++) {
      const title = at === 0 || at === TEXT_SCAN_LIMIT ? 'Pizza 🍕' : `Page ${String(at)}`;
      const metadata = page(`p${String(at)}`, { title });
      const lastActiveAt = DAY + at * 60_000;
      const { appActivityId } = metadata;
      const record = {
        appActivityId,
        metadata,
        firstSeenAt: DAY,
        searchTerms: pageTerms(metadata),
      };
      void tx.store.put(withSearchKeys({ ...record, lastActiveAt }));
    }
    await tx.done;
    expect(await titles('🍕')).toEqual(['Pizza 🍕']);
    expect(await search('🍕')).toMatchObject({ total: 1, more: true });
  }, 60_000);
});
