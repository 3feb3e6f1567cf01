import { describe, expect, it } from 'vitest';
import type { TrackerEvent } from './engagement-types';
import { A, B, activate, focus, load, timeline } from './testing/timeline';

// Issue #13, iframe-player-late's +0.92 s: a tab switch reaches a busy or waking worker late, with
// no time of its own, and closes the interval then; the page's own word on when it went hidden
// (its visibilitychange's time) comes after, or is applied no earlier than the switch.
const hidden = (tabId: number, hiddenAt?: number): TrackerEvent => ({
  type: 'page-signal',
  tabId,
  visible: false,
  mediaPlaying: false,
  ...(hiddenAt === undefined ? {} : { hiddenAt: hiddenAt * 1000 }),
});
const frameMedia = (tabId: number): TrackerEvent => ({
  type: 'frame-signal',
  tabId,
  frameId: 1,
  mediaPlaying: true,
});
const idle: TrackerEvent = { type: 'idle-state', state: 'idle' };

/** Tab 1 shows A, read 7 s then a player in a subframe watched without input (idle at 22 s). */
function watching() {
  return timeline()
    .at(0, focus(1), activate(1), load(1, A))
    .at(7, frameMedia(1))
    .at(22, idle, frameMedia(1))
    .at(37, frameMedia(1));
}

describe('engagement tracker with a page hidden before the tracker heard of it', () => {
  it.each([
    ['the switch heard 0.9 s late, the page after it', [activate(2)], 46, 46],
    // Without the page's time the tracker cannot know better: the switch as heard.
    ['the page says nothing of its time', [activate(2)], undefined, 46.9],
    ['the switch to another application heard late', [focus(null)], 46, 46],
  ])('%s', (_, closers, hiddenAt, seconds) => {
    const t = watching()
      .at(46.9, ...closers)
      .at(46.95, hidden(1, hiddenAt));
    expect(t.secondsFor(A)).toEqual([seconds]);
  });

  it('counts no time after the page went hidden when another event was heard in between', () => {
    // The player's heartbeat heard at 46.5 s moves the tracker's clock there; the page's hidden
    // signal (hidden at 46 s) is applied at 46.5 s with the interval still open.
    const t = watching().at(46.5, frameMedia(1), hidden(1, 46)).at(47, activate(2));
    expect(t.secondsFor(A)).toEqual([46]);
  });

  it('believes the page no more than MAX_EVENT_LAG_MS before the switch', () => {
    const t = watching().at(46.9, activate(2)).at(47, hidden(1, 30));
    expect(t.secondsFor(A)).toEqual([47 - 3]);
  });

  it('takes back nothing from before the tab began counting', () => {
    // A 40 s in tab 1, then tab 2 (B) read from 40 s; back to tab 1 at 45 s, away at 46.9 s; the
    // page says it was hidden at 44 s (before its tab counted again): only 45..46.9 is its tab's.
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, A), load(2, B))
      .at(0, hidden(2))
      .reading(1, 0, 40)
      .at(40, activate(2), hidden(1), {
        type: 'page-signal',
        tabId: 2,
        visible: true,
        mediaPlaying: false,
      })
      .at(45, activate(1), { type: 'page-signal', tabId: 1, visible: true, mediaPlaying: false })
      .at(46.9, activate(2))
      .at(47, hidden(1, 44));
    expect(t.secondsFor(A)).toEqual([40]);
  });

  it('takes nothing back while another tab counts the same page', () => {
    // The same article in tab 2; the switch to it heard late: its time from 46 s is reading too.
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, A), load(2, A))
      .at(0, hidden(2))
      .reading(1, 0, 40)
      .at(46.9, activate(2), { type: 'page-signal', tabId: 2, visible: true, mediaPlaying: false })
      .at(47, hidden(1, 46))
      .at(50, focus(null));
    expect(t.secondsFor(A)).toEqual([50]);
  });

  // The same with a window focus or tab change heard late: the page's blur, the browser saying
  // its window lost focus or its tab is no longer active (content-handlers.ts decides).
  const blurred = (blurredAt: number): TrackerEvent => ({
    type: 'page-signal',
    tabId: 1,
    visible: true,
    mediaPlaying: false,
    focus: { windowId: 1, focused: false },
    blurredAt: blurredAt * 1000,
  });

  it('takes back what its tab counted after its window lost focus, the change heard late', () => {
    const t = watching().at(46.9, focus(2)).at(46.95, blurred(46));
    expect(t.secondsFor(A)).toEqual([46]);
  });

  it('takes back nothing of a blur the tracker heard in time', () => {
    const t = watching().at(46, frameMedia(1), blurred(46)).at(47, focus(2));
    expect(t.secondsFor(A)).toEqual([46]);
  });
});
