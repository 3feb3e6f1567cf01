// The day list during a deletion's undo window (pending-removals.ts): what it removes is off the
// rows and the day totals at once, a page's readings on other days stay, and Undo brings it back.
import { beforeEach, describe, expect, it } from 'vitest';
import { useCatalog } from '../i18n/testing';
import type { Db } from '../store/db';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { page } from '../store/testing/records';
import { initialTrackerState } from '../tracking/engagement';
import type { BackgroundContext } from './context';
import { createDeletionRunner } from './deletion-runner';
import { historyHandlers } from './history-handlers';
import { memorySession } from './testing/memory-session';

const DAY = 86_400_000;
const MONDAY = Date.UTC(2026, 10, 30);
const TUESDAY = MONDAY + DAY;
const NOW = TUESDAY + 20 * 3_600_000;

describe('the day list while a deletion waits out its undo window', () => {
  let db: Db;
  freshDbForEachTest('pending-removals', (fresh) => (db = fresh));
  let context: BackgroundContext;
  const deletions = () =>
    createDeletionRunner({
      db,
      alarms: { create: () => Promise.resolve(), clear: () => Promise.resolve(true) },
      now: () => NOW,
      newId: () => 'd1',
      afterApply: () => undefined,
      forgetReadings: () => Promise.resolve(),
    });

  /** Page `id` with one 60 s engagement starting at each of `starts`. */
  async function read(id: string, ...starts: number[]): Promise<void> {
    const metadata = page(id);
    await db.put('activities', {
      appActivityId: metadata.appActivityId,
      metadata,
      firstSeenAt: Math.min(...starts),
      lastActiveAt: Math.max(...starts) + 60_000,
    });
    for (const [i, startedAt] of starts.entries()) {
      await db.put('historyItems', {
        id: `${id}#${String(i)}`,
        appActivityId: metadata.appActivityId,
        startedAt,
        lastActiveAt: startedAt + 60_000,
        activeMs: 60_000,
        userTimezone: 'UTC',
        ended: true,
      });
    }
  }

  beforeEach(async () => {
    useCatalog('en');
    // "a" on both days, "b" on Tuesday only.
    await read('a', MONDAY + 9 * 3_600_000, TUESDAY + 9 * 3_600_000);
    await read('b', TUESDAY + 10 * 3_600_000);
    context = {
      db,
      tracker: { current: initialTrackerState(NOW) },
      session: memorySession(),
      deletions: deletions(),
    } as unknown as BackgroundContext;
  });

  const shown = async () => {
    const { rows } = await historyHandlers['list-engagements'](context, { collectEvidence: false });
    const totals = await historyHandlers['engagement-totals'](context, {
      ranges: [
        [TUESDAY, TUESDAY + DAY],
        [MONDAY, TUESDAY],
      ],
    });
    return { rows: rows.map((row) => row.id), totals: totals.map((total) => total.activeMs) };
  };

  it('leaves out a deleted day’s engagements, a page read on other days too keeping those', async () => {
    const before = await shown();
    expect(before).toEqual({ rows: ['b#0', 'a#1', 'a#0'], totals: [120_000, 60_000] });
    const scheduled = await context.deletions.schedule(
      { from: TUESDAY, to: TUESDAY + DAY - 1, match: 'started' },
      true,
    );
    expect(scheduled).toMatchObject({ pages: 1, engagements: 2, trimmed: 1 });
    expect(await shown()).toEqual({ rows: ['a#0'], totals: [0, 60_000] });
    // Undone: every row and minute is back.
    await context.deletions.cancel(scheduled.deletionId);
    expect(await shown()).toEqual(before);
  });
});
