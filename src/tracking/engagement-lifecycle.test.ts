import { describe, expect, it } from 'vitest';
import { initialTrackerState, nextTickAt, reduceTracker } from './engagement';
import { DEFAULT_TRACKER_SETTINGS, type TrackerEvent } from './engagement-types';
import { A, B, C, activate, focus, load, signal, timeline, twoTabs } from './testing/timeline';

// Engagements over time: the continuation gap, the minimum, crashes, clock jumps and pause, and
// what holds whatever the events (never more than wall-clock time, no mutation, live time never
// shrinking). Who holds attention is in engagement.test.ts.
describe('engagement tracker over time', () => {
  it('starts a new engagement after the continuation gap and extends within it', () => {
    const t = twoTabs()
      .reading(1, 0, 20)
      .at(20, focus(null))
      .at(20 + 4 * 60, focus(1))
      .reading(1, 260, 270)
      .at(270, focus(null))
      .at(270 + 6 * 60, focus(1))
      .reading(1, 630, 640)
      .at(640, focus(null));
    expect(t.secondsFor(A)).toEqual([30, 10]);
  });

  it('finishes engagements on tick once the continuation gap has passed', () => {
    const t = twoTabs()
      .reading(1, 0, 20)
      .at(20, focus(null))
      .at(20 + 5 * 60 + 1, { type: 'tick' });
    const ended = t.effects.filter((e) => e.type === 'engagement-ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ kept: true, engagement: { activeMs: 20_000 } });
    expect(t.state.engagements).toEqual({});
  });

  it('never keeps an engagement shorter than the minimum', () => {
    const t = twoTabs().at(3, focus(null)).at(400, { type: 'tick' });
    expect(t.stored()).toEqual([]);
    expect(t.effects).toContainEqual(
      expect.objectContaining({ type: 'engagement-ended', kept: false }),
    );
  });

  it('ends the old page and starts the new one on an in-tab navigation (SPA route change)', () => {
    const t = twoTabs().reading(1, 0, 20).at(20, load(1, C)).reading(1, 20, 30).at(30, focus(null));
    expect(t.secondsFor(A)).toEqual([20]);
    expect(t.secondsFor(C)).toEqual([10]);
  });

  it('never counts more than wall-clock time under rapid tab switching', () => {
    const t = twoTabs();
    for (let i = 0; i < 100; i++) {
      const at = i * 0.2;
      t.at(at, activate(i % 2 === 0 ? 2 : 1), signal(i % 2 === 0 ? 2 : 1));
    }
    t.at(20, focus(null));
    const total = t.stored().reduce((sum, e) => sum + e.activeMs, 0) / 1000;
    expect(total).toBeCloseTo(20, 5);
  });

  it('does not count time across a clock that jumps backwards', () => {
    const t = twoTabs()
      .reading(1, 0, 30)
      .at(30, signal(1))
      .at(10, signal(1))
      .reading(1, 10, 20)
      .at(20, focus(null));
    // 30 s before the jump, 10 s after it; the engagement is not extended across the jump.
    expect(t.secondsFor(A).reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('closes an engagement left open by a crash at its last banked evidence', () => {
    const t = twoTabs().reading(1, 0, 40).at(3600, { type: 'browser-started' });
    expect(t.secondsFor(A)).toEqual([30]);
    expect(t.state.interval).toBeNull();
    expect(t.state.tabs).toEqual({});
  });

  // A quit closes the tab being read and ends the worker, often before the tab-removed transition
  // is committed; the tab's close was noted apart (ClosedTab), and the next start banks up to it.
  it.each([
    {
      what: 'the tab being read closed at the quit',
      closedTab: { tabId: 1, at: 38_500 },
      want: 38.5,
    },
    { what: 'nothing heard of the quit', closedTab: undefined, want: 30 },
    { what: 'another tab closed', closedTab: { tabId: 2, at: 38_500 }, want: 30 },
    { what: 'a close before the last evidence', closedTab: { tabId: 1, at: 25_000 }, want: 30 },
    { what: 'a close past the silence limit', closedTab: { tabId: 1, at: 61_000 }, want: 30 },
    { what: 'a close after the start', closedTab: { tabId: 1, at: 3_601_000 }, want: 30 },
  ])('closes an engagement left open by a quit: $what', ({ closedTab, want }) => {
    const t = twoTabs()
      .reading(1, 0, 40)
      .at(3600, { type: 'browser-started', ...(closedTab ? { closedTab } : {}) });
    expect(t.secondsFor(A)).toEqual([want]);
    expect(t.state.interval).toBeNull();
  });

  // Scenario (e) at load ~20 (session 13): the page reported at 4 s (4 s banked, under the 5 s
  // minimum), the quit came at 8 s and nothing of it reached the worker: the whole read was lost.
  // The page's first input after its report now comes 1 s after it (page-signals.ts): kept at 5 s.
  it.each<[string, number[], number[]]>([
    ['no evidence after the report: nothing kept', [], []],
    ['input 1 s after the report: the read kept up to it', [5], [5]],
  ])('a quit the worker never heard, %s', (_, inputs, want) => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(4, { ...load(1, A), attendedMs: 4_000 } as TrackerEvent);
    for (const at of inputs) t.at(at, signal(1));
    t.at(3600, { type: 'browser-started' });
    expect(t.secondsFor(A)).toEqual(want);
  });

  it('does not count while paused', () => {
    const t = twoTabs()
      .reading(1, 0, 10)
      .at(10, { type: 'paused', paused: true })
      .reading(1, 10, 50)
      .at(50, { type: 'paused', paused: false })
      .reading(1, 50, 60)
      .at(60, focus(null));
    expect(t.secondsFor(A)).toEqual([20]);
  });

  it('forgets a closed tab and the page it showed', () => {
    const t = twoTabs().reading(1, 0, 10).at(10, { type: 'tab-removed', tabId: 1 });
    expect(t.state.tabs['1']).toBeUndefined();
    expect(t.state.interval).toBeNull();
    expect(t.secondsFor(A)).toEqual([10]);
  });

  it('holds banked time only, so that a later look never shows less', () => {
    const t = twoTabs().reading(1, 0, 20);
    const banked = (page: typeof A) => t.state.engagements[page.appActivityId]?.activeMs ?? 0;
    expect([banked(A), banked(B)]).toEqual([10_000, 0]);
    // Silence past the limit drops the unbanked time: what was shown still stands.
    t.at(45, { type: 'tick' });
    expect(banked(A)).toBe(10_000);
    t.at(50, signal(1)).reading(1, 50, 70);
    expect(banked(A)).toBe(20_000);
  });

  it('does not mutate the state it is given', () => {
    const state = initialTrackerState(0);
    const frozen = structuredClone(state);
    reduceTracker(state, focus(1), {
      now: 1,
      settings: DEFAULT_TRACKER_SETTINGS,
      newId: () => 'x',
    });
    expect(state).toEqual(frozen);
  });

  it('keeps every engagement within wall-clock time over random event sequences', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pages = [A, B, C];
    for (let run = 0; run < 50; run++) {
      const t = timeline();
      let now = 0;
      for (let step = 0; step < 200; step++) {
        now += Math.floor(random() * 20);
        const tabId = 1 + Math.floor(random() * 3);
        const windowId = 1 + Math.floor(random() * 2);
        const choices: TrackerEvent[] = [
          focus(random() < 0.2 ? null : windowId),
          activate(tabId, windowId),
          load(tabId, pages[tabId - 1] ?? A, windowId),
          signal(tabId, random() < 0.8, random() < 0.1),
          { type: 'idle-state', state: random() < 0.5 ? 'active' : 'idle' },
          { type: 'tab-muted', tabId, muted: random() < 0.5 },
          { type: 'tick' },
        ];
        t.at(now, choices[Math.floor(random() * choices.length)] ?? { type: 'tick' });
      }
      t.at(now + 1000, { type: 'tick' });
      const total = t.stored().reduce((sum, e) => sum + e.activeMs, 0);
      expect(total).toBeLessThanOrEqual(now * 1000);
      for (const engagement of t.stored()) {
        expect(engagement.activeMs).toBeGreaterThanOrEqual(0);
        expect(engagement.activeMs).toBeLessThanOrEqual(
          engagement.lastActiveAt - engagement.startedAt,
        );
      }
    }
  });
});

describe('nextTickAt', () => {
  it('is null when nothing is pending, so an idle browser is never woken', () => {
    expect(nextTickAt(initialTrackerState(0), DEFAULT_TRACKER_SETTINGS)).toBeNull();
  });

  it('asks to be woken once silence would end the open interval, then when the gap ends', () => {
    const t = twoTabs().reading(1, 0, 20);
    expect(nextTickAt(t.state, DEFAULT_TRACKER_SETTINGS)).toBe(10_000 + 31_000);
    t.at(20, focus(null));
    expect(nextTickAt(t.state, DEFAULT_TRACKER_SETTINGS)).toBe(20_000 + 300_000 + 1_000);
    t.at(321, { type: 'tick' });
    expect(nextTickAt(t.state, DEFAULT_TRACKER_SETTINGS)).toBeNull();
  });
});
