import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openTimelineDb } from './db';
import { readCounters } from './counter-store';
import { ZERO_COUNTERS } from './counters';
import { searchPages } from './search-store';
import { createReleasedSchema, HOUR, page } from './testing/released-db';

describe('upgrading a version 9 database', () => {
  it('finds its German pages by their spelled-out words, keeping the records and counters', async () => {
    const name = 'migrate-from-v9';
    const old = await openDB(name, 9, {
      upgrade: (db) => {
        createReleasedSchema(db, 9);
      },
    });
    const metadata = page('wetter', 'Wetter in München');
    // As version 9 indexed it: the folded words only.
    const searchTerms = [
      'wetter',
      'munchen',
      'ada',
      'writer',
      'example',
      'history',
      'example.test',
    ];
    await old.put('activities', {
      appActivityId: metadata.appActivityId,
      metadata,
      firstSeenAt: HOUR,
      lastActiveAt: 2 * HOUR,
      unsyncedChanges: 1,
      searchTerms,
      searchKeys: searchTerms.map((term) => [term, 2 * HOUR]),
    });
    const counters = { ...ZERO_COUNTERS, readPages: 1, unsynced: 1 };
    await old.put('kv', counters, 'counters');
    old.close();

    const db = await openTimelineDb(name);
    const titles = async (query: string) =>
      (await searchPages(db, query, { limit: 5 })).rows.map((row) => row.title);
    expect(await titles('Muenchen')).toEqual(['Wetter in München']);
    expect(await titles('munchen')).toEqual(['Wetter in München']);
    expect(await db.get('activities', metadata.appActivityId)).toMatchObject({
      firstSeenAt: HOUR,
      lastActiveAt: 2 * HOUR,
      unsyncedChanges: 1,
    });
    expect(await readCounters(db)).toEqual(counters);
    db.close();
  });
});
