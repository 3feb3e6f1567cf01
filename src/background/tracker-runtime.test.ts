import { describe, expect, it } from 'vitest';
import { recordPage, listRecentActivities } from '../store/activities-store';
import { openTimelineDb } from '../store/db';
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

describe('TrackerRuntime', () => {
  it('picks up where a stopped worker left off, with nothing lost or counted twice', async () => {
    const { db, deps, setNow, ticks } = await setup('runtime-restart');
    const first = await TrackerRuntime.start(deps);
    await first.dispatch({ type: 'window-focused', windowId: 1 });
    await first.dispatch({
      type: 'page-loaded',
      tabId: 7,
      windowId: 1,
      page,
      visible: true,
      tabActive: true,
    });
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
});
