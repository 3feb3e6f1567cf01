// Test helper for event-routing.test.ts: an event router over stub parts that records what it
// dispatches and runs, and a read page whose last write Graph refused, in the test's database.
import { vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { CounterLedger } from '../../store/counters';
import { commitCounters } from '../../store/counter-store';
import type { Db } from '../../store/db';
import { countChange, type ActivityRecord } from '../../store/schema';
import type { TrackerEvent } from '../../tracking/engagement-types';
import type { BackgroundContext } from '../context';
import { createEventRouter } from '../event-routing';

/** The helpers over `db` (the test file's database); `NONE` is the browser's "no window" id. */
export function eventRouterFixture(db: Db, NONE: number) {
  /** One read page whose last write Graph refused once. */
  async function parkOnePage(): Promise<void> {
    await db.clear('activities');
    await db.clear('kv');
    const record = countChange<ActivityRecord>({
      appActivityId: 'p1',
      metadata: {
        url: 'https://news.example/p1',
        appActivityId: 'p1',
        title: 'P1',
        type: 'Article',
        authors: [],
        keywords: [],
      },
      firstSeenAt: 1,
      lastActiveAt: 2,
      sync: { serverId: 's1', refusals: 1, parked: { code: 'invalidRequest', message: '', at: 3 } },
    });
    const tx = db.transaction(['activities', 'kv'], 'readwrite');
    await tx.objectStore('activities').put(record);
    await commitCounters(tx.objectStore('kv'), new CounterLedger().activity(undefined, record));
    await tx.done;
  }

  function setUp({
    paused = false,
    focused = null as number | null,
    focusedWindowId = () => Promise.resolve(focused),
    tabs = {},
  } = {}) {
    const events: TrackerEvent[] = [];
    const sync = { run: vi.fn(() => Promise.resolve()) };
    const badge = { show: vi.fn(() => Promise.resolve()) };
    const organisation = {
      runner: { run: vi.fn(() => Promise.resolve()) },
      onStorageChanged: vi.fn(() => Promise.resolve()),
    };
    const tracker = {
      current: { paused, tabs },
      dispatch: (event: TrackerEvent) => {
        events.push(event);
        return Promise.resolve();
      },
    };
    const session = { get: () => Promise.resolve({}), remove: vi.fn(), set: vi.fn() };
    const context = {
      tracker,
      sync,
      badge,
      session,
      organisation,
      db,
    } as unknown as BackgroundContext;
    const tickAlarm = { schedule: vi.fn(), fired: vi.fn() };
    const setIdleInterval = vi.fn();
    const settings = { current: DEFAULT_SETTINGS };
    const router = createEventRouter({
      ready: Promise.resolve(context),
      settings,
      tickAlarm,
      setIdleInterval,
      focusedWindowId,
      noWindowId: NONE,
      syncPauseAlarm: vi.fn(() => Promise.resolve()),
      now: () => 1_000,
    });
    return { router, events, sync, badge, organisation, tickAlarm, setIdleInterval, settings };
  }

  return { parkOnePage, setUp };
}
