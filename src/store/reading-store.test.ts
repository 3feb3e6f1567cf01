import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import { initialTrackerState } from '../tracking/engagement';
import { recordPage } from './activities-store';
import { commitCounters, readCounters, recountStore } from './counter-store';
import { CounterLedger } from './counters';
import { openTimelineDb, type Db } from './db';
import { freshDbForEachTest } from './testing/fresh-db';
import {
  FINISHED_MIN_ACTIVE_MS,
  finishedMinActiveMs,
  listUnfinished,
  nextReading,
  readingOf,
  saveReadingPosition,
} from './reading-store';
import { commitTransition } from './tracker-store';

const url = (id: string) => `https://example.test/${id}`;
const page = (id: string): PageMetadata => ({
  url: url(id),
  appActivityId: url(id),
  title: `Title ${id}`,
  type: 'Article',
  authors: [],
  keywords: [],
});

async function read(db: Db, id: string, activeMs: number, at = 1000): Promise<void> {
  await recordPage(db, page(id), at);
  const engagement = {
    id: `g-${id}`,
    appActivityId: url(id),
    url: url(id),
    startedAt: at,
    lastActiveAt: at + activeMs,
    activeMs,
  };
  await commitTransition(
    db,
    initialTrackerState(0),
    [{ type: 'save-engagement', engagement }],
    'UTC',
  );
}

let db: Db;
freshDbForEachTest('reading', (opened) => (db = opened));

describe('nextReading', () => {
  it.each([
    // previous finished?, progress, activeMs → finished, resumable
    [false, 50, 60_000, false, true],
    [false, 3, 60_000, false, false], // never got past the opening
    [false, 96, 60_000, true, false],
    [false, 100, FINISHED_MIN_ACTIVE_MS - 1, false, true], // skimmed to the end
    [true, 40, 0, true, false], // finished stays finished when scrolling back up
    [false, 94, 60_000, false, true], // the last lines of the article not reached
  ])(
    'previous finished %s, %i %% after %i ms → finished %s, resumable %s',
    (wasFinished, progress, activeMs, finished, resumable) => {
      const previous = wasFinished ? { progress: 100, at: 1, finishedAt: 1 } : undefined;
      const next = nextReading(previous, { progress }, activeMs, 99);
      expect(next.finishedAt !== undefined).toBe(finished);
      expect(next.resumeAt !== undefined).toBe(resumable);
    },
  );
});

describe('finished takes a plausible time for the page', () => {
  it.each([
    // words, engaged ms → finished at the end of the article
    [undefined, FINISHED_MIN_ACTIVE_MS, true], // length unknown: the floor only
    [300, FINISHED_MIN_ACTIVE_MS, true], // a short note: the floor (a tenth of 76 s is less)
    [2_400, 30_000, false], // ten minutes' read scrolled to its end in half a minute: skimmed
    [2_400, 61_000, true], // the same read at under ten times the average pace
    [12_000, 6 * 60_000, true], // a long read (50 min) at eight times the average pace
    [12_000, 4 * 60_000, false],
  ])('%s words after %i ms → %s', (words, activeMs, finished) => {
    expect(activeMs >= finishedMinActiveMs(words)).toBe(finished);
    const next = nextReading(undefined, { progress: 100 }, activeMs, 99, words);
    expect(next.finishedAt !== undefined).toBe(finished);
  });
});

describe('reading store', () => {
  it('keeps the position per page and lists unfinished pages most recent first', async () => {
    await read(db, 'a', 60_000);
    await read(db, 'b', 60_000);
    await read(db, 'done', 60_000);
    await saveReadingPosition(
      db,
      url('a'),
      { progress: 30, quote: { textStart: 'the river rose' } },
      10,
    );
    await saveReadingPosition(db, url('b'), { progress: 60 }, 20);
    await saveReadingPosition(db, url('done'), { progress: 97 }, 30);
    const rows = await listUnfinished(db, 10);
    expect(rows.map((r) => [r.title, r.progress, r.resumable])).toEqual([
      ['Title b', 60, true],
      ['Title a', 30, true],
    ]);
    expect((await readingOf(db, url('a')))?.quote).toEqual({ textStart: 'the river rose' });
    expect((await readingOf(db, url('done')))?.finishedAt).toBe(30);
  });

  it('marks a read page for sync when its quote changes, not when only progress does', async () => {
    await read(db, 'a', 60_000);
    const pending = async () => (await db.get('activities', url('a')))?.unsyncedChanges ?? 0;
    const before = await pending();
    await saveReadingPosition(
      db,
      url('a'),
      { progress: 30, quote: { textStart: 'one two three' } },
      10,
    );
    expect(await pending()).toBe(before + 1);
    await saveReadingPosition(
      db,
      url('a'),
      { progress: 31, quote: { textStart: 'one two three' } },
      11,
    );
    expect(await pending()).toBe(before + 1);
  });

  it('keeps the stored unsynced count exact when a quote marks a synced page again', async () => {
    await read(db, 'a', 60_000);
    await read(db, 'b', 60_000);
    // Graph has seen both pages: their change counters are cleared, as a sync pass does.
    const tx = db.transaction(['activities', 'kv'], 'readwrite');
    const ledger = new CounterLedger();
    for (const id of [url('a'), url('b')]) {
      const record = await tx.objectStore('activities').get(id);
      if (!record) throw new Error('not recorded');
      const { unsyncedChanges: _seen, ...synced } = record;
      await tx.objectStore('activities').put(synced);
      ledger.activity(record, synced);
    }
    await commitCounters(tx.objectStore('kv'), ledger);
    await tx.done;
    expect((await readCounters(db)).unsynced).toBe(0);

    await saveReadingPosition(db, url('a'), { progress: 30, quote: { textStart: 'a b c' } }, 10);
    await saveReadingPosition(db, url('a'), { progress: 40, quote: { textStart: 'd e f' } }, 11);
    await saveReadingPosition(db, url('b'), { progress: 50 }, 12);
    expect(await readCounters(db)).toEqual(await recountStore(db));
    expect((await readCounters(db)).unsynced).toBe(1);
  });

  it('counts the engagement under way, as the tracker has banked it, towards finished', async () => {
    // 5 s stored so far; the tracker has banked 25 s of the same engagement.
    await read(db, 'a', 5_000);
    await saveReadingPosition(db, url('a'), { progress: 100 }, 10);
    expect((await readingOf(db, url('a')))?.finishedAt).toBeUndefined();
    await saveReadingPosition(db, url('a'), { progress: 100 }, 20, { id: 'g-a', activeMs: 25_000 });
    expect((await readingOf(db, url('a')))?.finishedAt).toBe(20);
  });

  it('keeps the position when the page is loaded again', async () => {
    await read(db, 'a', 60_000);
    await saveReadingPosition(db, url('a'), { progress: 30, quote: { textStart: 'x y z' } }, 10);
    await recordPage(db, page('a'), 20);
    expect(await readingOf(db, url('a'))).toMatchObject({
      progress: 30,
      quote: { textStart: 'x y z' },
    });
  });

  it('ignores a position for a page that is not recorded', async () => {
    expect(await saveReadingPosition(db, url('nope'), { progress: 50 }, 1)).toBe(false);
    expect(await listUnfinished(db, 10)).toEqual([]);
  });

  it('upgrades an older database: pages kept, positions can be saved and listed', async () => {
    const name = 'reading-upgrade';
    const v1 = await openDB(name, 1, {
      upgrade(old) {
        old
          .createObjectStore('activities', { keyPath: 'appActivityId' })
          .createIndex('by-last-active', 'lastActiveAt');
        old
          .createObjectStore('historyItems', { keyPath: 'id' })
          .createIndex('by-activity', 'appActivityId');
        old.createObjectStore('kv');
      },
    });
    await v1.put('activities', {
      appActivityId: url('a'),
      metadata: page('a'),
      firstSeenAt: 1,
      lastActiveAt: 5,
    });
    v1.close();
    const upgraded = await openTimelineDb(name);
    expect(upgraded.transaction('activities').store.indexNames.contains('by-resume')).toBe(true);
    // The upgrade may move the page to its current id (activity-id.ts): save under whatever it has.
    const [kept] = await upgraded.getAll('activities');
    await saveReadingPosition(upgraded, kept?.appActivityId ?? '', { progress: 40 }, 9);
    expect((await listUnfinished(upgraded, 5)).map((r) => r.progress)).toEqual([40]);
    upgraded.close();
  });
});
