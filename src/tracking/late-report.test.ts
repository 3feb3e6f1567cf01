import { describe, expect, it } from 'vitest';
import type { TrackerEvent } from './engagement-types';
import { A, B, activate, focus, load, timeline } from './testing/timeline';

describe('engagement tracker with pages that report late', () => {
  // Issue #13, kinds 1 and 6: a page reports once it is being read, a route once it has settled.
  it('counts the time a page was read before it reported, from when reading began', () => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(4, { ...load(1, A), attendedMs: 4_000 } as TrackerEvent)
      .reading(1, 4, 20)
      .at(20, focus(null));
    expect(t.stored()[0]).toMatchObject({ startedAt: 0, activeMs: 20_000 });
  });

  // A player started in the seconds before the page reported (its 'playing' came while the page
  // was not tracked yet): the report says so, and chrome.idle's idle does not stop the video.
  it.each([
    [true, 40],
    [false, 20],
  ])('keeps counting past idle when the report says media plays (%s): %i s', (plays, seconds) => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(4, { ...load(1, A), attendedMs: 4_000, mediaPlaying: plays } as TrackerEvent)
      .at(20, { type: 'idle-state', state: 'idle' })
      .at(40, focus(null));
    expect(t.secondsFor(A)).toEqual([seconds]);
  });

  // Idle at 10 s; the player's heartbeat at 12 s: what it said before its page reported counts.
  it.each([
    ['plays from before its page reported: all of it', true, 20],
    ['is heard of only from its heartbeat: from then', false, 18],
  ])('counts a video in a subframe that %s', (_, early, seconds) => {
    const t = timeline().at(0, focus(1), activate(1));
    if (early)
      t.at(0, { type: 'frame-signal', tabId: 1, frameId: 1, windowId: 1, mediaPlaying: true });
    t.at(4, { ...load(1, A), attendedMs: 4_000 } as TrackerEvent)
      .at(10, { type: 'idle-state', state: 'idle' })
      .at(12, { type: 'frame-signal', tabId: 1, frameId: 1, windowId: 1, mediaPlaying: true })
      .at(20, focus(null));
    expect(t.secondsFor(A)).toEqual([seconds]);
  });

  it('gives the time since an in-page route change to the new route, not the old one', () => {
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, A))
      .reading(1, 0, 20)
      // The route changed at 20 s; its title settled and it reported at 22 s.
      .at(22, { ...load(1, B), attendedMs: 2_000 } as TrackerEvent)
      .reading(1, 22, 60)
      .at(60, focus(null));
    expect(t.secondsFor(A)).toEqual([20]);
    expect(t.secondsFor(B)).toEqual([40]);
  });

  it('takes back what the tab banked for the old route after the change, before the report', () => {
    // A heartbeat at 22 s banks the tab to 22 s for A; B reports at 24 s, read since 20 s.
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, A))
      .reading(1, 0, 20)
      .at(22, { type: 'page-signal', tabId: 1, visible: true, mediaPlaying: false })
      .at(24, { ...load(1, B), attendedMs: 4_000 } as TrackerEvent)
      .at(30, focus(null));
    expect([t.secondsFor(A), t.secondsFor(B)]).toEqual([[20], [10]]);
  });

  it('counts nothing more for the old route once its page says the route changed', () => {
    // The page says at 20 s that its route changed; a player in a subframe signals at 23.9 s, before
    // the new route reports at 24 s, read since 20 s. Once told, the tab counts nothing for A: the
    // popup, looking at 23.9 s, showed A's 20 s, and nothing is taken back (issue #13 item 7).
    const routeLeft: TrackerEvent = {
      type: 'page-signal',
      tabId: 1,
      visible: true,
      mediaPlaying: false,
      routeLeft: true,
    };
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, A))
      .reading(1, 0, 20)
      .at(20, routeLeft)
      .at(23.9, { type: 'frame-signal', tabId: 1, frameId: 1, mediaPlaying: false });
    const banked = () => t.state.engagements[A.appActivityId]?.activeMs;
    const shown = [banked()];
    t.at(24, { ...load(1, B), attendedMs: 4_000 } as TrackerEvent).reading(1, 24, 30);
    shown.push(banked());
    t.at(30, focus(null));
    expect(shown).toEqual([20_000, 20_000]);
    expect([t.secondsFor(A), t.secondsFor(B)]).toEqual([[20], [10]]);
  });

  // The Firefox focus/idle sequence: a second window opens and its page is read, but the browser
  // tells of the focus change late (or never); the new page reports after 4 s with that time.
  it.each([
    { what: 'in the focused window: A ends where B began', focused: true, a: 10, b: 15 },
    { what: 'in an unfocused window: nothing moves', focused: false, a: 10 + 15, b: 0 },
  ])('a page reporting time read while another tab still counts, $what', ({ focused, a, b }) => {
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, A))
      .reading(1, 0, 10)
      .at(10, activate(2, 2));
    const reportB = {
      ...load(2, B, 2),
      attendedMs: 4_000,
      focus: { windowId: 2, focused },
    } as TrackerEvent;
    t.at(14, reportB);
    if (focused) t.reading(2, 14, 25);
    t.at(25, focus(null));
    expect(t.secondsFor(A)).toEqual([a]);
    expect(t.secondsFor(B)).toEqual(b === 0 ? [] : [b]);
  });

  it('never backdates more than the silence limit, nor before the time already counted', () => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(100, { ...load(1, A), attendedMs: 100_000 } as TrackerEvent)
      .at(110, focus(null));
    expect(t.secondsFor(A)).toEqual([40]);
    t.at(112, focus(1), { ...load(1, A), attendedMs: 30_000 } as TrackerEvent).at(120, focus(null));
    expect(t.secondsFor(A)).toEqual([48]);
  });

  // A machine asleep (or locked) while the page's read timer was pending: the page's clock spans
  // the sleep, the tracker saw the lock end. Reading starts there at the earliest (review 7 F-load-3).
  it.each([
    {
      what: 'a lock that ended',
      absence: [
        [2, 'locked'],
        [602, 'active'],
      ],
      from: 602,
    },
    {
      what: 'idle that ended',
      absence: [
        [2, 'idle'],
        [590, 'active'],
      ],
      from: 590,
    },
  ] as const)('never backdates a report before $what', ({ absence, from }) => {
    const t = timeline().at(0, focus(1), activate(1));
    for (const [at, what] of absence) t.at(at, { type: 'idle-state', state: what });
    t.at(604, { ...load(1, A), attendedMs: 604_000 } as TrackerEvent)
      .reading(1, 604, 620)
      .at(620, focus(null));
    expect(t.stored().map((e) => [e.startedAt / 1000, e.activeMs / 1000])).toEqual([
      [from, 620 - from],
    ]);
  });

  // The report and the end of idle or a lock race to the worker (chrome.idle polls; a stopped
  // worker is started by whichever comes first). Either order counts from the end of the absence
  // as the worker heard it, never from the page's clock across it, and loses nothing after it.
  it.each([
    { what: 'idle, report first', absent: 'idle', report: 600.5, back: 601 },
    { what: 'idle, report after', absent: 'idle', report: 601.5, back: 601 },
    { what: 'a lock, report first', absent: 'locked', report: 600.5, back: 601 },
    { what: 'a lock, report after', absent: 'locked', report: 601.5, back: 601 },
    { what: 'idle, same moment', absent: 'idle', report: 601, back: 601 },
  ] as const)('counts from the end of the absence: $what', ({ absent, report, back }) => {
    const t = timeline().at(0, focus(1), activate(1)).at(2, { type: 'idle-state', state: absent });
    const events: [number, TrackerEvent][] = [
      [report, { ...load(1, A), attendedMs: 4_000 } as TrackerEvent],
      [back, { type: 'idle-state', state: 'active' }],
    ];
    for (const [at, event] of events.sort(([a], [b]) => a - b)) t.at(at, event);
    t.reading(1, 602, 620).at(620, focus(null));
    expect(t.stored().map((e) => [e.startedAt / 1000, e.activeMs / 1000])).toEqual([
      [back, 620 - back],
    ]);
  });

  // The worker hears of a browser start when it first runs, which can be the first page's own
  // report: that page's seconds before it are still read (the popup showed one page of two).
  it('keeps a report that arrives with the browser-start notice', () => {
    const t = timeline()
      .at(4, { type: 'browser-started' }, focus(1), activate(1))
      .at(4, { ...load(1, A), attendedMs: 4_000 } as TrackerEvent)
      .reading(1, 4, 10)
      .at(10, focus(null));
    expect(t.stored().map((e) => [e.startedAt / 1000, e.activeMs / 1000])).toEqual([[0, 10]]);
  });
});
