import { describe, expect, it } from 'vitest';
import { recordPage } from '../store/activities-store';
import { listRecentActivities } from '../store/testing/read-pages';
import { openTimelineDb } from '../store/db';
import { noteDeletedReadings } from '../store/deleted-readings';
import { DEFAULT_TRACKER_SETTINGS } from '../tracking/engagement-types';
import { TrackerRuntime } from './tracker-runtime';

const page = { appActivityId: 'https://a.test/', url: 'https://a.test/' };

async function setup(name: string) {
  const db = await openTimelineDb(name);
  await recordPage(db, { ...page, title: 'A', type: 'WebPage', authors: [], keywords: [] }, 0);
  let now = 0;
  let ids = 0;
  const ticks: (number | null)[] = [];
  const deps = {
    db,
    now: () => now,
    newId: () => `id-${String(++ids)}`,
    settings: () => DEFAULT_TRACKER_SETTINGS,
    timezone: () => 'Europe/Berlin',
    scheduleTick: (at: number | null) => {
      ticks.push(at);
      return Promise.resolve();
    },
  };
  return { db, deps, ticks, setNow: (ms: number) => (now = ms) };
}

/** The window gains focus and page 7 loads visible in its active tab: reading starts. */
async function readingStarts(runtime: TrackerRuntime): Promise<void> {
  await runtime.dispatch({ type: 'window-focused', windowId: 1 });
  await runtime.dispatch({
    type: 'page-loaded',
    tabId: 7,
    windowId: 1,
    page,
    visible: true,
    tabActive: true,
  });
}

describe('TrackerRuntime', () => {
  it('picks up where a stopped worker left off, with nothing lost or counted twice', async () => {
    const { db, deps, setNow, ticks } = await setup('runtime-restart');
    const first = await TrackerRuntime.start(deps);
    await readingStarts(first);
    setNow(10_000);
    await first.dispatch({ type: 'page-signal', tabId: 7, visible: true, mediaPlaying: false });
    // The worker is stopped here; a new one starts from what was committed.
    const second = await TrackerRuntime.start(deps);
    setNow(20_000);
    await second.dispatch({ type: 'page-signal', tabId: 7, visible: true, mediaPlaying: false });
    await second.dispatch({ type: 'window-focused', windowId: null });
    const [summary] = await listRecentActivities(db);
    expect(summary?.activeMs).toBe(20_000);
    expect(summary?.historyItems).toHaveLength(1);
    expect(summary?.historyItems[0]?.userTimezone).toBe('Europe/Berlin');
    expect(ticks.at(-1)).toBe(20_000 + 300_000 + 1_000);
  });

  it('still knows a tab is muted after the worker that heard the mute was stopped (F-track-7)', async () => {
    const { db, deps, setNow } = await setup('runtime-tab-muted');
    const first = await TrackerRuntime.start(deps);
    await readingStarts(first);
    const heard = { type: 'page-signal', tabId: 7, visible: true, mediaPlaying: true } as const;
    await first.dispatch(heard);
    await first.dispatch({ type: 'tab-audible', tabId: 7, audible: true });
    setNow(2_000);
    await first.dispatch({ type: 'tab-muted', tabId: 7, muted: true });
    // Stopped here (the browser stops an idle worker after 30 s); the page's heartbeats wake another.
    const second = await TrackerRuntime.start(deps);
    setNow(17_000);
    await second.dispatch({ type: 'idle-state', state: 'idle' });
    for (let at = 20_000; at <= 60_000; at += 10_000) {
      setNow(at);
      await second.dispatch(heard);
    }
    await second.dispatch({ type: 'window-focused', windowId: null });
    const [summary] = await listRecentActivities(db);
    // Read until idle; the podcast nobody heard after that is not reading.
    expect(summary?.activeMs).toBe(17_000);
  });

  it('hears of a reading deleted by a change it did not make, and reading on is new (F-devices-5)', async () => {
    const { db, deps, setNow } = await setup('runtime-hears-deleted');
    const runtime = await TrackerRuntime.start(deps);
    await readingStarts(runtime);
    setNow(10_000);
    await runtime.dispatch({ type: 'page-signal', tabId: 7, visible: true, mediaPlaying: false });
    const [held] = Object.values(runtime.current.engagements);
    if (!held) throw new Error('no engagement');
    // Another device's marker, pulled, lists it (pull-store.ts) in a transaction of its own.
    await db.delete('historyItems', held.id);
    const tx = db.transaction('kv', 'readwrite');
    await noteDeletedReadings(tx.store, [{ id: held.id, askedAt: 10_001 }]);
    await tx.done;
    await runtime.hearDeletedReadings();
    setNow(40_000);
    await runtime.dispatch({ type: 'page-signal', tabId: 7, visible: true, mediaPlaying: false });
    await runtime.dispatch({ type: 'window-focused', windowId: null });
    const [summary] = await listRecentActivities(db);
    expect(summary?.historyItems.map((item) => item.id)).not.toContain(held.id);
    expect(summary?.activeMs).toBeGreaterThan(25_000);
  });

  it('applies events in order even when dispatched concurrently', async () => {
    const { db, deps, setNow } = await setup('runtime-order');
    const runtime = await TrackerRuntime.start(deps);
    const pending = [
      runtime.dispatch({ type: 'window-focused', windowId: 1 }),
      runtime.dispatch({
        type: 'page-loaded',
        tabId: 7,
        windowId: 1,
        page,
        visible: true,
        tabActive: true,
      }),
    ];
    setNow(8_000);
    pending.push(runtime.dispatch({ type: 'window-focused', windowId: null }));
    await Promise.all(pending);
    const [summary] = await listRecentActivities(db);
    expect(summary?.activeMs).toBe(8_000);
  });

  it.each([
    ['heard late, on the worker clock (nothing said)', {}, 12_000],
    ["at the page's own blur, 400 ms before", { occurredAt: 11_600 }, 11_600],
    [
      'a hostile page claiming an hour back: 3 s at most',
      { occurredAt: 12_000 - 3_600_000 },
      9_000,
    ],
    ['a hostile page claiming the future: when heard', { occurredAt: 99_000 }, 12_000],
  ])('stops counting %s', async (_, times: { occurredAt?: number }, stoppedAt) => {
    const { db, deps, setNow } = await setup(`runtime-stamp-${String(stoppedAt)}`);
    const runtime = await TrackerRuntime.start(deps);
    await readingStarts(runtime);
    // The page was hidden at 11.6 s; the worker, busy, hears of it at 12 s.
    setNow(12_500);
    await runtime.dispatch(
      { type: 'page-signal', tabId: 7, visible: false, mediaPlaying: false },
      { receivedAt: 12_000, ...times },
    );
    const [summary] = await listRecentActivities(db);
    expect(summary?.activeMs).toBe(stoppedAt);
  });

  it('never applies an event before the one applied before it', async () => {
    const { db, deps, setNow } = await setup('runtime-stamp-order');
    const runtime = await TrackerRuntime.start(deps);
    await readingStarts(runtime);
    setNow(10_000);
    await runtime.dispatch({ type: 'page-signal', tabId: 7, visible: true, mediaPlaying: false });
    // Heard after the signal above, claiming a moment before it: what that committed stands.
    await runtime.dispatch(
      { type: 'page-signal', tabId: 7, visible: false, mediaPlaying: false },
      { receivedAt: 10_200, occurredAt: 8_000 },
    );
    const [summary] = await listRecentActivities(db);
    expect(summary?.activeMs).toBe(10_000);
  });
});

describe('TrackerRuntime waiting for notBefore (the organisation policy)', () => {
  it('applies nothing until it settles, then every event in order at the time it was heard', async () => {
    const { db, deps, setNow } = await setup('runtime-not-before');
    let open = (): void => undefined;
    const notBefore = new Promise<void>((resolve) => (open = resolve));
    const runtime = await TrackerRuntime.start({ ...deps, notBefore });
    const applied: string[] = [];
    const started = runtime
      .dispatch({ type: 'window-focused', windowId: 1 })
      .then(() => applied.push('focused'));
    const loaded = runtime
      .dispatch({
        type: 'page-loaded',
        tabId: 7,
        windowId: 1,
        page,
        visible: true,
        tabActive: true,
      })
      .then(() => applied.push('loaded'));
    setNow(10_000);
    const left = runtime
      .dispatch({ type: 'window-focused', windowId: null })
      .then(() => applied.push('left'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(applied).toEqual([]);
    expect(await listRecentActivities(db)).toEqual([]);
    // Settled 50 s later by the clock: the reading still counts from 0 to 10 s, when it was heard.
    setNow(60_000);
    open();
    await Promise.all([started, loaded, left]);
    expect(applied).toEqual(['focused', 'loaded', 'left']);
    const [summary] = await listRecentActivities(db);
    expect(summary?.activeMs).toBe(10_000);
  });

  it('goes on when it rejects', async () => {
    const { deps } = await setup('runtime-not-before-rejects');
    const notBefore = Promise.reject(new Error('no policy'));
    // Handled here too: the runtime is built only after its stored state is read.
    notBefore.catch(() => undefined);
    const runtime = await TrackerRuntime.start({ ...deps, notBefore });
    const state = await runtime.dispatch({ type: 'window-focused', windowId: 1 });
    expect(state.focusedWindowId).toBe(1);
  });
});
