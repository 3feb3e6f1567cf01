import { describe, expect, it } from 'vitest';
import type { Db } from '../store/db';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { page } from '../store/testing/records';
import { readOnce } from '../store/testing/read-once';
import type { BackgroundContext } from './context';
import { historyHandlers } from './history-handlers';

// 'count-engagements': the history list's rows not loaded yet and their days, for aria-setsize.
const DAY = 24 * 3600 * 1000;
/** Local midnight `days` days after 1 December 2026 (the list's days are local). */
const midnight = (days: number): number => new Date(2026, 11, 1 + days).getTime();

describe('counting the history’s engagements', () => {
  let db: Db;
  freshDbForEachTest('count-engagements', (fresh) => (db = fresh));

  // No deletion in its undo window.
  const idle = () =>
    ({ db, deletions: { scopes: () => Promise.resolve([]) } }) as unknown as BackgroundContext;

  it('counts those started before the time asked, and their days but the one it falls in', async () => {
    // Two readings on day 0, one on days 1, 2 and 3 (noon, and 9:00 on day 0).
    await readOnce(db, page('a'), midnight(0) + 9 * 3600_000, 60_000);
    for (let i = 0; i < 4; i++)
      await readOnce(db, page(`p${String(i)}`), midnight(i) + DAY / 2, 60_000);
    const count = historyHandlers['count-engagements'];
    // Before day 3's reading: four readings on days 0-2, day 2 is the one `before` falls in.
    expect(await count(idle(), { before: midnight(2) + DAY / 2 + 1 })).toEqual({
      engagements: 4,
      days: 2,
    });
    expect(await count(idle(), { from: midnight(1), before: midnight(3) })).toEqual({
      engagements: 2,
      days: 2,
    });
    // From the day `before` falls in: no other day.
    expect(await count(idle(), { from: midnight(2), before: midnight(2) + DAY / 2 + 1 })).toEqual({
      engagements: 1,
      days: 0,
    });
  });

  it('counts only the Site filter’s site, and its days', async () => {
    const news = (id: string) =>
      page(id, { url: `https://news.test/${id}`, appActivityId: `https://news.test/${id}` });
    await readOnce(db, news('n0'), midnight(0) + DAY / 2, 60_000);
    await readOnce(db, page('other'), midnight(1) + DAY / 2, 60_000);
    await readOnce(db, news('n1'), midnight(2) + DAY / 2, 60_000);
    await readOnce(db, news('n2'), midnight(2) + DAY / 2 + 3_600_000, 60_000);
    const count = historyHandlers['count-engagements'];
    expect(await count(idle(), { before: midnight(3), site: 'news.test' })).toEqual({
      engagements: 3,
      days: 2,
    });
    expect(await count(idle(), { before: midnight(3), site: 'example.test' })).toEqual({
      engagements: 1,
      days: 1,
    });
    expect(
      await count(idle(), {
        from: midnight(1),
        before: midnight(3),
        site: 'news.test',
      }),
    ).toEqual({ engagements: 2, days: 1 });
  });

  it('leaves out what a deletion waiting out its undo window removes, as the list does', async () => {
    await readOnce(db, page('kept'), midnight(0), 60_000);
    await readOnce(db, page('gone'), midnight(1) + DAY / 2, 60_000);
    await readOnce(db, page('gone'), midnight(2) + DAY / 2, 60_000);
    // The page 'gone' deleted as a selection is: its engagements up to now.
    const gone = { from: 0, to: midnight(3), appActivityIds: [page('gone').appActivityId] };
    const removing = {
      db,
      deletions: { scopes: () => Promise.resolve([gone]) },
    } as unknown as BackgroundContext;
    const count = historyHandlers['count-engagements'];
    expect(await count(removing, { before: midnight(3) })).toEqual({ engagements: 1, days: 1 });
    expect(await count(removing, { before: midnight(3), site: 'example.test' })).toEqual({
      engagements: 1,
      days: 1,
    });
    expect(await count(idle(), { before: midnight(3) })).toEqual({
      engagements: 3,
      days: 3,
    });
  });
});
