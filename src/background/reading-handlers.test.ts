import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadingPosition } from '../activity/text-fragment';
import { useCatalog } from '../i18n/testing';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { initialTrackerState } from '../tracking/engagement';
import { recordPage } from '../store/activities-store';
import type { Db } from '../store/db';
import { saveReadingPosition } from '../store/reading-store';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { engagement, page } from '../store/testing/records';
import { commitTransition } from '../store/tracker-store';
import type { BackgroundContext } from './context';
import { historyHandlers } from './history-handlers';
import { readingHandlers } from './reading-handlers';
import { memorySession } from './testing/memory-session';

const url = 'https://news.example/story';
const reading: ReadingPosition = { progress: 50, quote: { textStart: 'the river rose' } };

/** The worker with no tab showing the page: "Continue reading" opens a new one (tab 42). */
function setUp(resumePosition: boolean, tabGiven = true) {
  const openedTabId = tabGiven ? 42 : undefined;
  const opened: string[] = [];
  const remembered: [number, string, ReadingPosition][] = [];
  const context = {
    // The one record open-page reads (its URL and the position kept for it).
    db: { get: () => Promise.resolve({ metadata: { url }, reading }) },
    tracker: { current: initialTrackerState(0) },
    settings: () => ({ ...DEFAULT_SETTINGS, resumePosition }),
    browserState: {
      openTab: (address: string) =>
        Promise.resolve(void opened.push(address)).then(() => openedTabId),
    },
    pendingResumes: {
      remember: (tabId: number, id: string, position: ReadingPosition) =>
        Promise.resolve(void remembered.push([tabId, id, position])),
    },
  } as unknown as BackgroundContext;
  return { context, opened, remembered };
}

describe("open-page in a new tab (Firefox does not scroll an add-on's tab to its fragment)", () => {
  it.each([
    ['resumed: the position waits for the tab', true, true, [[42, url, reading]]],
    ['the quote switched off: progress alone', true, false, [[42, url, { progress: 50 }]]],
    ['opened, not resumed: nothing waits', false, true, []],
  ])('%s', async (_case, resume, resumePosition, expected) => {
    const { context, opened, remembered } = setUp(resumePosition);
    expect(await readingHandlers['open-page'](context, { appActivityId: url, resume })).toEqual({
      how: 'opened',
    });
    expect(opened).toHaveLength(1);
    expect(remembered).toEqual(expected);
  });

  it('remembers nothing when the browser gives no tab id', async () => {
    const { context, remembered } = setUp(true, false);
    await readingHandlers['open-page'](context, { appActivityId: url, resume: true });
    expect(remembered).toEqual([]);
  });
});

describe('"Continue reading" (list-unfinished): the time the list of pages shows', () => {
  let db: Db;
  freshDbForEachTest('reading-handlers', (fresh) => (db = fresh));
  const NOW = Date.UTC(2026, 11, 1, 12);
  const PAGE = page('a').appActivityId;
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is the same as the page’s row, and never less than shown, after a take-back', async () => {
    useCatalog('en');
    await recordPage(db, page('a'), NOW);
    const session = memorySession();
    const tracker = { current: initialTrackerState(NOW) };
    const context = {
      db,
      tracker,
      session,
      deletions: { effects: () => Promise.resolve(null) },
    } as unknown as BackgroundContext;
    /** The tracker banks `activeMs` for g1, and the store saves it, as each piece of evidence does. */
    const banked = async (activeMs: number) => {
      const e = engagement('a', 'g1', NOW, activeMs);
      tracker.current = { ...initialTrackerState(NOW), engagements: { [PAGE]: e } };
      await commitTransition(
        db,
        tracker.current,
        [{ type: 'save-engagement', engagement: e }],
        'UTC',
      );
    };
    const times = async () => {
      const pages = await historyHandlers['list-pages'](context, { collectEvidence: false });
      const unfinished = await readingHandlers['list-unfinished'](context, {});
      return [pages.rows, unfinished].map((rows) => rows.map((row) => row.activeMs));
    };
    await banked(61_900);
    await saveReadingPosition(db, PAGE, { progress: 40 }, NOW + 61_900);
    expect(await times()).toEqual([[61_900], [61_900]]);
    // A late hidden signal took 0.9 s back (tracking/hidden-late.ts): both still show 61.9 s.
    await banked(61_000);
    expect(await times()).toEqual([[61_900], [61_900]]);
  });
});
