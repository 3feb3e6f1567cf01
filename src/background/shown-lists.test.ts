// What the popup and the history page show of a reading, wherever they list it (#13 item 7): the
// page's row, "Continue reading", the history's rows and its day headers agree, and none shows
// less than was shown before, after a late hidden signal took time back (tracking/hidden-late.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../i18n/testing';
import { recordPage } from '../store/activities-store';
import type { Db } from '../store/db';
import { saveReadingPosition } from '../store/reading-store';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { engagement, page } from '../store/testing/records';
import { commitTransition } from '../store/tracker-store';
import { initialTrackerState } from '../tracking/engagement';
import { formatDuration } from '../ui/format';
import { readFor } from '../ui/popup/read-for';
import type { BackgroundContext } from './context';
import { historyHandlers } from './history-handlers';
import { readingHandlers } from './reading-handlers';
import { memorySession } from './testing/memory-session';

const NOW = Date.UTC(2026, 11, 1, 12);
const PAGE = page('a').appActivityId;
const DAY: [number, number] = [Date.UTC(2026, 11, 1), Date.UTC(2026, 11, 2)];

describe('the time lists show of a reading', () => {
  let db: Db;
  freshDbForEachTest('shown-lists', (fresh) => (db = fresh));
  let context: BackgroundContext;
  const tracker = { current: initialTrackerState(NOW) };
  beforeEach(async () => {
    useCatalog('en');
    await recordPage(db, page('a'), NOW);
    tracker.current = initialTrackerState(NOW);
    context = {
      db,
      tracker,
      session: memorySession(),
      deletions: { effects: () => Promise.resolve(null), removals: () => Promise.resolve(null) },
    } as unknown as BackgroundContext;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** The tracker banks `activeMs` for g1, and the store saves it, as each piece of evidence does. */
  async function banked(activeMs: number): Promise<void> {
    const e = engagement('a', 'g1', NOW, activeMs);
    tracker.current = { ...initialTrackerState(NOW), engagements: { [PAGE]: e } };
    await commitTransition(
      db,
      tracker.current,
      [{ type: 'save-engagement', engagement: e }],
      'UTC',
    );
  }

  it('"Continue reading" is the page’s row, never less than shown, after a take-back', async () => {
    const times = async () => {
      const pages = await historyHandlers['list-pages'](context, { collectEvidence: false });
      const unfinished = await readingHandlers['list-unfinished'](context, {});
      return [pages.rows, unfinished].map((rows) => rows.map((row) => row.activeMs));
    };
    // Both show "47 sec" (46.9 s as its row shows it, shown-rounding.ts).
    await banked(46_900);
    await saveReadingPosition(db, PAGE, { progress: 40 }, NOW + 46_900);
    expect(await times()).toEqual([[47_000], [47_000]]);
    // A late hidden signal took 0.9 s back (46 s): both still show 47 s.
    await banked(46_000);
    expect(await times()).toEqual([[47_000], [47_000]]);
  });

  it('a day’s total on the history page is the sum of its rows as shown, after a take-back', async () => {
    const shown = async () => {
      const { rows } = await historyHandlers['list-engagements'](context, {
        collectEvidence: false,
      });
      const [day] = await historyHandlers['engagement-totals'](context, { ranges: [DAY] });
      return [rows.map((row) => row.activeMs), day?.activeMs];
    };
    // The row shows "30 sec" (29.9 s rounded, shown-rounding.ts), and so does the day.
    await banked(29_900);
    expect(await shown()).toEqual([[29_900], 30_000]);
    // A late hidden signal took 0.9 s back (29 s): both still show 30 s.
    await banked(29_000);
    expect(await shown()).toEqual([[29_900], 30_000]);
  });

  it('the popup’s time for a page read twice is its history rows added up as shown', async () => {
    // Two readings of 90 s: the history shows two rows of "2 min" under a day of "4 min"; the
    // popup's row says "4 min" too (it said "3 min", the exact 180 s, beside those rows).
    const first = engagement('a', 'g0', NOW - 600_000, 90_000);
    await commitTransition(
      db,
      tracker.current,
      [{ type: 'save-engagement', engagement: first }],
      'UTC',
    );
    await banked(90_000);
    const pages = await historyHandlers['list-pages'](context, { collectEvidence: false });
    const { rows } = await historyHandlers['list-engagements'](context, { collectEvidence: false });
    const [day] = await historyHandlers['engagement-totals'](context, { ranges: [DAY] });
    expect(rows.map((row) => formatDuration(row.activeMs, 'en'))).toEqual(['2 min', '2 min']);
    expect(day?.activeMs).toBe(240_000);
    expect(pages.rows.map((row) => [row.activeMs, readFor(row, 'en')])).toEqual([
      [240_000, 'Read for 4 min in 2 sessions'],
    ]);
  });

  it('a page’s time under way is rounded as its row is, over the stored readings', async () => {
    // A stored reading of 29.6 s and the one under way at 29.6 s banked, 20 s stored: rows of
    // "30 sec" and "30 sec", so the page is "1 min" (the exact 59.2 s would say "59 sec").
    const first = engagement('a', 'g0', NOW - 600_000, 29_600);
    await commitTransition(
      db,
      tracker.current,
      [{ type: 'save-engagement', engagement: first }],
      'UTC',
    );
    await banked(20_000);
    const e = engagement('a', 'g1', NOW, 29_600);
    tracker.current = { ...initialTrackerState(NOW), engagements: { [PAGE]: e } };
    const pages = await historyHandlers['list-pages'](context, { collectEvidence: false });
    expect(pages.rows.map((row) => row.activeMs)).toEqual([60_000]);
  });
});
