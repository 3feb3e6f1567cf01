import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { initialTrackerState } from '../tracking/engagement';
import type { ClosedTab, TrackerEvent, TrackerState } from '../tracking/engagement-types';
import { openTimelineDb } from '../store/db';
import { loadClosedTab } from '../store/tracker-store';
import type { BackgroundContext } from './context';
import { createEventRouter } from './event-routing';

const db = await openTimelineDb('closed-tab-note');

/** Reading tab 7 (window 3) since 500 ms; tab 8 in window 4 shows a page too. */
function reading(): TrackerState {
  const page = { appActivityId: 'a', url: 'https://a.test/' };
  const tab = { page, visible: true, audible: false, mediaPlaying: false, lastEvidenceAt: 500 };
  return {
    ...initialTrackerState(0),
    tabs: { '7': { ...tab, windowId: 3 }, '8': { ...tab, windowId: 4 } },
    interval: { tabId: 7, engagementId: 'g1', appActivityId: 'a', since: 500 },
  };
}

/** A router whose tracker holds `state`; what the last ClosedTab note was when each event came. */
async function setUp(state: TrackerState) {
  await db.clear('kv');
  const seen: { event: TrackerEvent; noted: ClosedTab | undefined }[] = [];
  const tracker = {
    current: state,
    // Read in a transaction started when the event is dispatched: it sees only the writes that
    // were started before it (IndexedDB runs overlapping transactions in the order created).
    dispatch: async (event: TrackerEvent) => {
      seen.push({ event, noted: await loadClosedTab(db) });
    },
  };
  const session = { get: () => Promise.resolve({}) };
  const router = createEventRouter({
    ready: Promise.resolve({ tracker, db, session } as unknown as BackgroundContext),
    settings: { current: DEFAULT_SETTINGS },
    tickAlarm: { schedule: vi.fn(), fired: vi.fn() },
    setIdleInterval: vi.fn(),
    focusedWindowId: () => Promise.resolve(null),
    noWindowId: -1,
    syncPauseAlarm: vi.fn(() => Promise.resolve()),
    now: () => 2_000,
  });
  return { router, seen };
}

describe('noting the close of the tab being read (a quit)', () => {
  it.each<[string, (r: Awaited<ReturnType<typeof setUp>>['router']) => Promise<void>, boolean]>([
    ['its tab closes', (r) => r.onTabRemoved(7), true],
    ['its window closes', (r) => r.onWindowRemoved(3), true],
    ['another tab closes', (r) => r.onTabRemoved(8), false],
    ['another window closes', (r) => r.onWindowRemoved(4), false],
  ])('%s: noted before the transition that closes it', async (_what, act, noted) => {
    const { router, seen } = await setUp(reading());
    await act(router);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.noted).toEqual(noted ? { tabId: 7, at: 2_000 } : undefined);
    expect(await loadClosedTab(db)).toEqual(noted ? { tabId: 7, at: 2_000 } : undefined);
  });

  it('notes nothing when no interval is open', async () => {
    const { router } = await setUp({ ...reading(), interval: null });
    await router.onTabRemoved(7);
    expect(await loadClosedTab(db)).toBeUndefined();
  });
});
