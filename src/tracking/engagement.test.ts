import { describe, expect, it } from 'vitest';
import type { TrackerEvent } from './engagement-types';
import { A, B, activate, focus, load, signal, timeline, twoTabs } from './testing/timeline';

// Who holds attention and how time is banked; engagements over time (the continuation gap, the
// minimum, crashes, clock jumps, pause) and the reducer's invariants are in
// engagement-lifecycle.test.ts, silences and freezes in silence.test.ts, pages that report late
// (a page read before it reported, an in-page route) in late-report.test.ts.
describe('engagement tracker', () => {
  it('counts reading A 20 s, B 10 s, A 10 s as A 30 s in one engagement and B 10 s', () => {
    const t = twoTabs()
      .reading(1, 0, 20)
      .at(20, activate(2), signal(2), signal(1, false))
      .reading(2, 20, 30)
      .at(30, activate(1), signal(1), signal(2, false))
      .reading(1, 30, 40)
      .at(40, focus(null));
    expect(t.secondsFor(A)).toEqual([30]);
    expect(t.secondsFor(B)).toEqual([10]);
    const [engagement] = t.stored().filter((e) => e.appActivityId === A.appActivityId);
    expect(engagement).toMatchObject({ startedAt: 0, lastActiveAt: 40_000 });
  });

  it('excludes the time the browser window is not focused', () => {
    const t = twoTabs()
      .reading(1, 0, 20)
      .at(20, focus(null))
      .at(30, focus(1))
      .reading(1, 30, 40)
      .at(40, focus(null));
    expect(t.secondsFor(A)).toEqual([30]);
  });

  it('excludes time in another application when Chrome reports the lost focus only to the page', () => {
    // Chrome on Linux and Windows may never fire windows.onFocusChanged(WINDOW_ID_NONE); the page
    // gets a blur, signals, and the worker asks the browser whether the window still has focus.
    const focusOf = (focused: boolean): TrackerEvent => ({
      type: 'page-signal',
      tabId: 1,
      visible: true,
      mediaPlaying: false,
      focus: { windowId: 1, focused },
    });
    const t = twoTabs()
      .reading(1, 0, 20)
      .at(20, focusOf(false))
      // Heartbeats go on while the page stays visible behind the other application.
      .at(25, focusOf(false))
      .at(30, focusOf(true))
      .reading(1, 31, 40)
      .at(40, focus(null));
    expect(t.secondsFor(A)).toEqual([30]);
  });

  it('follows the focus a page reports when Chrome missed a window switch', () => {
    const fromWindow = (tabId: number, windowId: number, focused: boolean): TrackerEvent => ({
      type: 'page-signal',
      tabId,
      visible: true,
      mediaPlaying: false,
      focus: { windowId, focused },
    });
    const t = timeline()
      .at(0, load(1, A, 1), activate(1, 1), load(2, B, 2), activate(2, 2), focus(1))
      .reading(1, 0, 20)
      // The user clicked into window 2 and Chrome said nothing: B's page says so.
      .at(20, fromWindow(2, 2, true))
      // A's page, still visible beside it, reports its window is not the focused one.
      .at(25, fromWindow(1, 1, false), fromWindow(2, 2, true))
      .reading(2, 30, 40)
      .at(40, focus(null));
    expect(t.secondsFor(A)).toEqual([20]);
    expect(t.secondsFor(B)).toEqual([20]);
  });

  it('counts a page loaded in a window the browser says is focused, whatever Chrome said last', () => {
    // A new window: Chrome fires its focus, then a stray WINDOW_ID_NONE, then nothing more.
    const t = timeline()
      .at(0, focus(2), focus(null), activate(1, 2))
      .at(1, {
        type: 'page-loaded',
        tabId: 1,
        windowId: 2,
        page: A,
        visible: true,
        focus: { windowId: 2, focused: true },
      })
      .reading(1, 1, 11)
      .at(11, focus(null));
    expect(t.secondsFor(A)).toEqual([10]);
  });

  it('stops when the page is hidden and resumes when it is visible again', () => {
    const t = twoTabs()
      .reading(1, 0, 10)
      .at(10, signal(1, false))
      .at(25, signal(1, true))
      .at(35, focus(null));
    expect(t.secondsFor(A)).toEqual([20]);
  });

  it('counts only the active tab of the focused window when two windows are side by side', () => {
    const t = timeline()
      .at(0, load(1, A, 1), activate(1, 1), load(2, B, 2), activate(2, 2), focus(1))
      .reading(1, 0, 20)
      .at(20, focus(2))
      .reading(2, 20, 50)
      .at(50, focus(1))
      .reading(1, 50, 60)
      .at(60, focus(null));
    expect(t.secondsFor(A)).toEqual([30]);
    expect(t.secondsFor(B)).toEqual([30]);
  });

  it('stops at idle and resumes in the same engagement when the user is back', () => {
    const t = twoTabs()
      .reading(1, 0, 20)
      .at(20, { type: 'idle-state', state: 'idle' })
      .at(200, { type: 'idle-state', state: 'active' })
      .reading(1, 200, 210)
      .at(210, focus(null));
    expect(t.secondsFor(A)).toEqual([30]);
  });

  it('keeps counting while idle when media is playing, but never while the screen is locked', () => {
    const t = twoTabs()
      .at(0, signal(1, true, true))
      .at(10, { type: 'idle-state', state: 'idle' })
      .at(15, signal(1, true, true))
      .at(40, signal(1, true, true))
      .at(60, { type: 'idle-state', state: 'locked' })
      .at(600, { type: 'idle-state', state: 'active' }, focus(null));
    expect(t.secondsFor(A)).toEqual([60]);
  });

  it('treats an audible tab as engaged while idle, as long as its page keeps saying so', () => {
    const t = twoTabs()
      .at(0, { type: 'tab-audible', tabId: 1, audible: true })
      .at(5, { type: 'idle-state', state: 'idle' });
    for (let at = 15; at <= 120; at += 15) t.at(at, signal(1, true, true));
    t.at(125, { type: 'tab-audible', tabId: 1, audible: false });
    expect(t.secondsFor(A)).toEqual([125]);
  });
});
