import { describe, expect, it } from 'vitest';
import type { TrackerEvent } from './engagement-types';
import { A, B, C, activate, focus, load, signal, timeline } from './testing/timeline';

// Issue #13, session 12's rare double count: the browser never told of a focus move, and the other
// tab's interval had closed before the late report came. Only the seconds no other page was
// banked for may go to the page that reports late (banked-stretches.ts).
const left = (
  tabId: number,
  page: typeof A,
  windowId: number,
  attendedMs: number,
  leftMs: number,
) => ({ ...load(tabId, page, windowId), visible: false, attendedMs, leftMs }) as TrackerEvent;

describe('a page that reports after it was left, beside an interval already closed', () => {
  it('gets nothing of a span another page was counted for (A 10-18 s after B 0-20 s)', () => {
    // Tab 2 (window 1) counted B 0-20 s; window 2's tab 1 says it was read 10-18 s.
    const t = timeline()
      .at(0, focus(1), activate(2), load(2, B))
      .reading(2, 0, 20)
      .at(20, focus(null))
      .at(21, left(1, A, 2, 8_000, 3_000))
      .at(60, { type: 'tick' });
    expect([t.secondsFor(B), t.secondsFor(A)]).toEqual([[20], []]);
  });

  it('keeps the part of its span after the other interval closed', () => {
    // B counted 0-12 s (focus left at 12 s); A says it was read 10-18 s: A keeps 12-18 s.
    const t = timeline()
      .at(0, focus(1), activate(2), load(2, B))
      .reading(2, 0, 12)
      .at(12, focus(null))
      .at(21, left(1, A, 2, 8_000, 3_000));
    expect([t.secondsFor(B), t.secondsFor(A)]).toEqual([[12], [6]]);
    expect(t.stored().find((e) => e.appActivityId === A.appActivityId)).toMatchObject({
      startedAt: 12_000,
      lastActiveAt: 18_000,
    });
  });

  it('keeps the parts before and after another page counted in the middle of its span', () => {
    // C (tab 3) was counted 6-9 s; A says it was read 2-15 s: A keeps 2-6 and 9-15 s.
    const t = timeline()
      .at(0, focus(1), activate(3))
      .at(6, load(3, C))
      .at(9, focus(null))
      .at(16, left(1, A, 2, 13_000, 1_000));
    expect([t.secondsFor(C), t.secondsFor(A)]).toEqual([[], [10]]);
  });

  it('still gives a route the seconds its tab banked for the previous route (taken back)', () => {
    // Route A 0-20 s, route B 20-26 s, the switch banked the tab to 26 s for A: B keeps its 6 s.
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, A))
      .reading(1, 0, 20)
      .at(26, activate(2))
      .at(27, left(1, B, 1, 6_000, 1_000))
      .at(40, focus(null));
    expect([t.secondsFor(A), t.secondsFor(B)]).toEqual([[20], [6]]);
  });

  it('forgets what was banked long enough ago that no late report can reach it', () => {
    // B read 0-20 s, then 30-100 s: at 100 s the first stretch ended 80 s ago, past any report.
    const t = timeline()
      .at(0, focus(1), activate(2), load(2, B))
      .reading(2, 0, 20)
      .at(20, focus(null))
      .at(30, focus(1))
      .reading(2, 30, 100)
      .at(100, signal(2));
    expect(t.state.banked?.map((b) => [b.from / 1000, b.to / 1000])).toEqual([[30, 100]]);
  });
});

// docs/reading-time.md: an engagement under the minimum is not reading and is never kept.
describe('an engagement taken back under the minimum', () => {
  it('is dropped from the store, and saved again once it is back over', () => {
    // Route A read 0-7 s (saved: 7 s), then a heartbeat at 8 s; route B reports at 9 s, read since
    // 3 s: A keeps 3 s, under the 5 s minimum.
    const t = timeline().at(0, focus(1), activate(1), load(1, A)).at(7, signal(1)).at(8, signal(1));
    expect(t.secondsFor(A)).toEqual([8]);
    t.at(9, { ...load(1, B), attendedMs: 6_000 } as TrackerEvent);
    expect(t.effects.at(0)?.type).toBe('save-engagement');
    expect(t.effects.some((e) => e.type === 'drop-engagement')).toBe(true);
    expect(t.secondsFor(A)).toEqual([]);
    expect(t.secondsFor(B)).toEqual([6]);
    // Back to route A (a new load of it within the continuation gap) for 10 s: kept again.
    t.at(20, load(1, A)).at(30, signal(1));
    expect(t.secondsFor(A)).toEqual([13]);
  });

  it('is not dropped when it never reached the minimum', () => {
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, A))
      .at(4, signal(1))
      .at(5, { ...load(1, B), attendedMs: 3_000 } as TrackerEvent);
    expect(t.effects.filter((e) => e.type === 'drop-engagement')).toEqual([]);
  });
});
