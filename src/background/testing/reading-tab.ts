// Test support, never bundled: one page read in the focused window's active tab through the real
// tracker runtime (the pure reducer, each transition committed to IndexedDB), and the real
// deletion runner, both on a clock the test moves; for the sandbox tests of what a deletion does
// to a reading still going on (deletion-while-reading.sandbox.test.ts).
import type { PageMetadata } from '../../activity/page-metadata';
import { createDeletionRunner, UNDO_WINDOW_MS } from '../deletion-runner';
import { TrackerRuntime } from '../tracker-runtime';
import type { DeletionScope } from '../../deletion/deletion-scope';
import { recordPage } from '../../store/activities-store';
import type { Db } from '../../store/db';
import { DEFAULT_TRACKER_SETTINGS } from '../../tracking/engagement-types';

const TAB = 7;
const WINDOW = 1;

/**
 * Reads `m` from `startAt` (epoch ms) in tab 7 of window 1: the browser's snapshot, the page's
 * record and report (as content-handlers.ts makes them), then `signal(ms)` moves the clock and
 * sends the page's heartbeat; `remove(ms)` moves it and closes the tab; `tick(ms)` moves it and
 * runs the tracker's alarm; `deleteNow(scope, alsoTimeline)` asks for a deletion and applies it
 * once its undo window has passed (the clock moves past it, with a heartbeat each 5 s meanwhile).
 * With `tellTracker: false` the worker stops before the tracker hears of a deletion; `restart()`
 * starts the tracker again from what was committed, as a new worker does.
 */
export async function readingTab(
  db: Db,
  m: PageMetadata,
  startAt: number,
  { tellTracker = true }: { tellTracker?: boolean } = {},
) {
  let now = startAt;
  const start = () =>
    TrackerRuntime.start({
      db,
      now: () => now,
      newId: () => crypto.randomUUID(),
      settings: () => DEFAULT_TRACKER_SETTINGS,
      timezone: () => 'Europe/Paris',
      scheduleTick: () => Promise.resolve(),
    });
  let tracker = await start();
  const deletions = createDeletionRunner({
    db,
    alarms: { create: () => Promise.resolve(), clear: () => Promise.resolve(true) },
    now: () => now,
    newId: () => crypto.randomUUID(),
    afterApply: () => undefined,
    forgetReadings: async (deleted) => {
      if (tellTracker) await tracker.dispatch({ type: 'engagements-deleted', deleted });
    },
  });
  const page = { appActivityId: m.appActivityId, url: m.url };
  await tracker.dispatch({
    type: 'snapshot',
    focusedWindowId: WINDOW,
    activeTabs: [{ windowId: WINDOW, tabId: TAB }],
    idle: 'active',
  });
  await recordPage(db, m, now);
  await tracker.dispatch({
    type: 'page-loaded',
    tabId: TAB,
    windowId: WINDOW,
    page,
    visible: true,
    tabActive: true,
    focus: { windowId: WINDOW, focused: true },
  });
  const signal = async (ms: number) => {
    now += ms;
    await tracker.dispatch({ type: 'page-signal', tabId: TAB, visible: true, mediaPlaying: false });
  };
  return {
    get now() {
      return now;
    },
    get tracker() {
      return tracker;
    },
    restart: async () => {
      tracker = await start();
    },
    signal,
    remove: async (ms: number) => {
      now += ms;
      await tracker.dispatch({ type: 'tab-removed', tabId: TAB });
    },
    tick: async (ms: number) => {
      now += ms;
      await tracker.dispatch({ type: 'tick' });
    },
    deleteNow: async (scope: Omit<DeletionScope, 'to'>, alsoTimeline: boolean) => {
      await deletions.schedule({ ...scope, to: now }, alsoTimeline);
      for (let waited = 0; waited <= UNDO_WINDOW_MS; waited += 5_000) await signal(5_000);
      if ((await deletions.applyDue()) !== 1) throw new Error('the deletion was not applied');
    },
  };
}
