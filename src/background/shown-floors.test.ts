import { describe, expect, it } from 'vitest';
import { initialTrackerState } from '../tracking/engagement';
import type { TrackerState } from '../tracking/engagement-types';
import { SHOWN_FLOORS_KEY, shownTimes, withShownTime } from './shown-floors';
import { memorySession } from './testing/memory-session';

const PAGE = 'https://a.test/';

/** The tracker with A's engagement g1 under way, holding `activeMs`. */
function readingA(activeMs: number): TrackerState {
  const state = initialTrackerState(0);
  state.engagements[PAGE] = {
    id: 'g1',
    appActivityId: PAGE,
    url: PAGE,
    startedAt: 0,
    lastActiveAt: activeMs,
    activeMs,
  };
  return state;
}

describe('shownTimes', () => {
  it('never lists less than before, after a take-back and a restarted worker', async () => {
    const session = memorySession();
    const tracker = { current: readingA(46_900) };
    const stored = { id: 'g1', appActivityId: PAGE, activeMs: 46_900 };
    const first = await shownTimes({ session, tracker });
    expect(withShownTime(first, [stored])[0]?.activeMs).toBe(46_900);
    await first.save();
    // A late hidden signal took 0.9 s back; the store holds that too. A new worker lists again.
    tracker.current = readingA(46_000);
    const lowered = { ...stored, activeMs: 46_000 };
    const again = await shownTimes({ session, tracker });
    expect(again.of(lowered)).toBe(46_900);
    // A list of pages adds what it shows beyond the store, as rows show both: 47 s over 46 s.
    expect(
      await again.pageExtra(PAGE, (id) => Promise.resolve(id === 'g1' ? lowered : undefined)),
    ).toBe(1000);
    await again.save();
    expect(session.writes()).toBe(1);
    expect(session.data[SHOWN_FLOORS_KEY]).toEqual({
      g1: { appActivityId: PAGE, shownMs: 46_900 },
    });
  });

  it('lists the banked time of the engagement under way over the store copy, and keeps it', async () => {
    const session = memorySession();
    const times = await shownTimes({ session, tracker: { current: readingA(30_000) } });
    const stored = { id: 'g1', appActivityId: PAGE, activeMs: 25_000 };
    const other = { id: 'g0', appActivityId: PAGE, activeMs: 10_000 };
    expect(withShownTime(times, [other, stored]).map((item) => item.activeMs)).toEqual([
      10_000, 30_000,
    ]);
    expect(withShownTime(times, [other])).toEqual([other]);
    await times.save();
    expect(session.data[SHOWN_FLOORS_KEY]).toEqual({
      g1: { appActivityId: PAGE, shownMs: 30_000 },
    });
  });
});
