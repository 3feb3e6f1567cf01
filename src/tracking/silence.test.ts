import { describe, expect, it } from 'vitest';
import { HEARTBEAT_INTERVAL_MS } from './engagement';
import type { TrackerEvent } from './engagement-types';
import { A, B, focus, signal, twoTabs } from './testing/timeline';

// Issue #13, kind 4: no counted time across a gap without evidence (a frozen browser, a sleeping
// machine), whatever else is true; what a page that ran again says about the gap.
describe('engagement tracker across silences', () => {
  // Issue #13, kind 4: no counted time across a gap without evidence, whatever else is true.
  it.each([
    [
      'a playing video',
      (t: ReturnType<typeof twoTabs>, at: number) => t.at(at, signal(1, true, true)),
    ],
    [
      'an audible tab',
      (t: ReturnType<typeof twoTabs>, at: number) =>
        t.at(at, { type: 'tab-audible', tabId: 1, audible: true }, signal(1, true, true)),
    ],
    [
      'a player in a subframe',
      (t: ReturnType<typeof twoTabs>, at: number) =>
        t.at(at, { type: 'frame-signal', tabId: 1, frameId: 1, mediaPlaying: true }),
    ],
  ])('never counts a frozen minute while %s plays', (_, play) => {
    const t = twoTabs().at(0, { type: 'idle-state', state: 'idle' });
    for (let at = 0; at <= 30; at += 15) play(t, at);
    // The whole browser is stopped from 30 s to 90 s: no heartbeat, no alarm.
    t.at(91, { type: 'tick' });
    for (let at = 92; at <= 122; at += 15) play(t, at);
    t.at(122, focus(null));
    expect(t.secondsFor(A)).toEqual([60]);
  });

  // The page was frozen from 40 s to 100 s; it last saw the video play (or the reader's input) at
  // `seenUntil`. Its first signal afterwards says so: the time up to that moment counts, the
  // frozen minute never does, whether the worker's tick noticed the silence first or not.
  it.each([
    {
      what: 'signal first, page',
      tick: false,
      focusFirst: false,
      frame: false,
      seenUntil: 40,
      counted: 40 + 20,
    },
    {
      what: 'tick first, page',
      tick: true,
      focusFirst: false,
      frame: false,
      seenUntil: 40,
      counted: 40 + 20,
    },
    {
      what: 'signal first, subframe',
      tick: false,
      focusFirst: false,
      frame: true,
      seenUntil: 40,
      counted: 40 + 20,
    },
    {
      what: 'tick first, subframe',
      tick: true,
      focusFirst: false,
      frame: true,
      seenUntil: 40,
      counted: 40 + 20,
    },
    {
      what: 'other evidence first (the window focused again)',
      tick: false,
      focusFirst: true,
      frame: false,
      seenUntil: 40,
      counted: 40 + 20,
    },
    // Never more than the silence limit after the last banked moment (30 s), nor in the future.
    {
      what: 'a claim past the limit',
      tick: false,
      focusFirst: false,
      frame: false,
      seenUntil: 90,
      counted: 60 + 20,
    },
    {
      what: 'a claim after now',
      tick: true,
      focusFirst: false,
      frame: false,
      seenUntil: 500,
      counted: 60 + 20,
    },
    {
      what: 'a claim before the last bank',
      tick: false,
      frame: false,
      seenUntil: 10,
      counted: 30 + 20,
    },
  ])(
    'counts up to the last presence a frozen page saw: $what',
    ({ tick, focusFirst, frame, seenUntil, counted }) => {
      const t = twoTabs().at(0, { type: 'idle-state', state: 'idle' });
      for (let at = 0; at <= 30; at += 15) t.at(at, signal(1, true, true));
      if (tick) t.at(100, { type: 'tick' });
      if (focusFirst) t.at(100, focus(1));
      const woke: TrackerEvent = frame
        ? {
            type: 'frame-signal',
            tabId: 1,
            frameId: 1,
            mediaPlaying: true,
            presentUntil: seenUntil * 1000,
          }
        : ({ ...signal(1, true, true), presentUntil: seenUntil * 1000 } as TrackerEvent);
      t.at(100, woke);
      for (let at = 105; at <= 120; at += 15) t.at(at, signal(1, true, true));
      t.at(120, focus(null));
      expect(t.secondsFor(A)).toEqual([counted]);
    },
  );

  // The same freeze, 40 s to 100 s: the page ran again at 100 s but its signal reached the worker
  // only at 100.3 s (the worker woke too, messages queued). Counting restarts where the page ran
  // again (`resumedAt`), not where the worker heard of it; before issue #13's fix 0.3 s was lost.
  it.each([
    { what: 'signal first, page', before: [], frame: false, resumedAt: 100, counted: 40 + 20 },
    { what: 'tick first', before: ['tick'], frame: false, resumedAt: 100, counted: 40 + 20 },
    { what: 'signal first, subframe', before: [], frame: true, resumedAt: 100, counted: 40 + 20 },
    { what: 'tick first, subframe', before: ['tick'], frame: true, resumedAt: 100, counted: 60 },
    { what: 'window focused first', before: ['focus'], frame: false, resumedAt: 100, counted: 60 },
    // A claim far back is believed only MAX_RESUME_LAG_MS (5 s) back, one ahead not at all.
    { what: 'a claim far back', before: [], frame: false, resumedAt: 50, counted: 40 + 24.7 },
    { what: 'a claim after now', before: [], frame: false, resumedAt: 101, counted: 40 + 19.7 },
    // Attention left between the resume and the signal: only the time since it came back.
    {
      what: 'attention moved meanwhile',
      before: ['away'],
      frame: false,
      resumedAt: 100,
      counted: 30 + 19.9,
    },
  ])(
    'restarts counting where a frozen page ran again: $what',
    ({ before, frame, resumedAt, counted }) => {
      const t = twoTabs().at(0, { type: 'idle-state', state: 'idle' });
      for (let at = 0; at <= 30; at += 15) t.at(at, signal(1, true, true));
      if (before.includes('tick')) t.at(100.1, { type: 'tick' });
      if (before.includes('focus')) t.at(100.1, focus(1));
      if (before.includes('away')) t.at(100.05, focus(null)).at(100.1, focus(1));
      const times = { presentUntil: 40_000, resumedAt: resumedAt * 1000 };
      const woke: TrackerEvent = frame
        ? { type: 'frame-signal', tabId: 1, frameId: 1, mediaPlaying: true, ...times }
        : {
            ...(signal(1, true, true) as Extract<TrackerEvent, { type: 'page-signal' }>),
            ...times,
          };
      t.at(100.3, woke);
      for (let at = 105; at <= 120; at += 15) t.at(at, signal(1, true, true));
      t.at(120, focus(null));
      const [seconds] = t.secondsFor(A);
      expect(seconds).toBeCloseTo(counted, 6);
    },
  );

  it('starts a new engagement where the page ran again after a sleep past the continuation gap', () => {
    const t = twoTabs().reading(1, 0, 40);
    const woke = { ...(signal(1) as Extract<TrackerEvent, { type: 'page-signal' }>) };
    t.at(1000.4, { ...woke, presentUntil: 35_000, resumedAt: 1000_000 });
    t.reading(1, 1010, 1020).at(1020, focus(null));
    expect(t.stored().map((e) => [e.startedAt / 1000, e.activeMs / 1000])).toEqual([
      [0, 35],
      [1000, 20],
    ]);
  });

  it('gives nothing back for a resume claimed without a dropped silence', () => {
    const t = twoTabs().reading(1, 0, 30);
    t.at(30, {
      ...(signal(1) as Extract<TrackerEvent, { type: 'page-signal' }>),
      resumedAt: 25_000,
    });
    t.at(30, focus(null));
    expect(t.secondsFor(A)).toEqual([30]);
  });

  it('ignores a presence claim from a tab that does not hold attention', () => {
    const t = twoTabs().reading(1, 0, 30);
    t.at(100, {
      type: 'frame-signal',
      tabId: 2,
      frameId: 1,
      mediaPlaying: true,
      presentUntil: 95_000,
    });
    t.at(100, { type: 'tick' }).at(101, signal(1)).reading(1, 101, 111).at(111, focus(null));
    expect(t.secondsFor(A)).toEqual([20 + 10]);
    expect(t.secondsFor(B)).toEqual([]);
  });

  it('stops counting a subframe player once it stops repeating that it plays', () => {
    const t = twoTabs()
      .at(0, { type: 'idle-state', state: 'idle' })
      .at(0, { type: 'frame-signal', tabId: 1, frameId: 1, mediaPlaying: true })
      .at(15, { type: 'frame-signal', tabId: 1, frameId: 1, mediaPlaying: true })
      .at(30, { type: 'frame-signal', tabId: 1, frameId: 1, mediaPlaying: false })
      .at(100, { type: 'tick' }, focus(null));
    expect(t.secondsFor(A)).toEqual([30]);
  });

  it('ignores idle arriving after a blur and a blur arriving after idle alike', () => {
    const blurThenIdle = twoTabs()
      .reading(1, 0, 20)
      .at(20, focus(null))
      .at(30, { type: 'idle-state', state: 'idle' })
      .at(40, { type: 'idle-state', state: 'active' }, focus(1))
      .reading(1, 40, 50)
      .at(50, focus(null));
    const idleThenBlur = twoTabs()
      .reading(1, 0, 20)
      .at(20, { type: 'idle-state', state: 'idle' })
      .at(30, focus(null))
      .at(40, { type: 'idle-state', state: 'active' }, focus(1))
      .reading(1, 40, 50)
      .at(50, focus(null));
    expect(blurThenIdle.secondsFor(A)).toEqual([30]);
    expect(idleThenBlur.secondsFor(A)).toEqual([30]);
  });

  it('stops at the last evidence when the machine sleeps without telling us', () => {
    // Heartbeats until 30 s, then nothing (asleep) until the lid opens two hours later.
    const t = twoTabs()
      .reading(1, 0, 40)
      .at(7230, focus(1))
      .reading(1, 7230, 7240)
      .at(7240, focus(null));
    expect(t.secondsFor(A)).toEqual([30, 10]);
  });

  it('closes a silent interval on the periodic tick, at its last evidence', () => {
    const t = twoTabs()
      .reading(1, 0, 20)
      .at(10 + HEARTBEAT_INTERVAL_MS / 1000 + 60, { type: 'tick' });
    expect(t.state.interval).toBeNull();
    expect(t.secondsFor(A)).toEqual([10]);
  });
});
