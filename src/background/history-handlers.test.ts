import { describe, expect, it } from 'vitest';
import type { Db } from '../store/db';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { page } from '../store/testing/records';
import { readOnce } from '../store/testing/read-once';
import type { BackgroundContext } from './context';
import { historyHandlers } from './history-handlers';

// 'count-engagements': the history list's rows not loaded yet, for aria-setsize.
const DAY = 24 * 3600 * 1000;

describe('counting the history’s engagements', () => {
  let db: Db;
  freshDbForEachTest('count-engagements', (fresh) => (db = fresh));

  const contextWith = (pending: boolean) =>
    ({
      db,
      deletions: { effects: () => Promise.resolve(pending ? () => 'hidden' : null) },
    }) as unknown as BackgroundContext;

  it('counts those started before the time asked, within the start asked', async () => {
    for (let i = 1; i <= 4; i++) await readOnce(db, page(`p${String(i)}`), i * DAY, 60_000);
    const count = historyHandlers['count-engagements'];
    expect(await count(contextWith(false), { before: 4 * DAY })).toEqual({ count: 3 });
    expect(await count(contextWith(false), { from: 2 * DAY, before: 4 * DAY })).toEqual({
      count: 2,
    });
  });

  it('says nothing while a deletion waits out its undo window (its pages hidden, still stored)', async () => {
    await readOnce(db, page('p'), DAY, 60_000);
    expect(
      await historyHandlers['count-engagements'](contextWith(true), { before: 2 * DAY }),
    ).toEqual({ count: null });
  });
});
