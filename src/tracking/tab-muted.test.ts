import { describe, expect, it } from 'vitest';
import type { TrackerEvent } from './engagement-types';
import { A, activate, focus, timeline, twoTabs } from './testing/timeline';

// A tab the user muted from the tab strip or its menu (`tabs.Tab.mutedInfo.muted`, Chromium and
// Firefox; review F-track-7): its page's media still say they play with sound, and the browser
// still says the tab is audible, but nobody hears them. Past idle, only what is seen counts.

const idle: TrackerEvent = { type: 'idle-state', state: 'idle' };
const muted = (on: boolean, tabId = 1): TrackerEvent => ({ type: 'tab-muted', tabId, muted: on });
const audible: TrackerEvent = { type: 'tab-audible', tabId: 1, audible: true };
/** The page's heartbeat while its media plays: heard (`mediaSeen` false) or seen by its reader. */
const playing = (seen = false): TrackerEvent => ({
  type: 'page-signal',
  tabId: 1,
  visible: true,
  mediaPlaying: true,
  ...(seen ? { mediaSeen: true } : {}),
});
const frame = (seen = false): TrackerEvent => ({
  type: 'frame-signal',
  tabId: 1,
  frameId: 1,
  mediaPlaying: true,
  ...(seen ? { mediaSeen: true } : {}),
});

/** Heartbeats `event` every 10 s from `from` to `to` (seconds), then the window loses focus. */
function playsOn(t: ReturnType<typeof twoTabs>, event: TrackerEvent, from: number, to: number) {
  for (let at = from; at <= to; at += 10) t.at(at, event);
  return t.at(to, focus(null));
}

describe('a tab muted from the tab strip', () => {
  it('counts a podcast heard until the mute, then only until idle, however long it plays on', () => {
    // The brief's timeline: played, muted at 2 s, idle 15 s after the last input (17 s).
    const t = twoTabs().at(0, audible, playing()).at(2, muted(true)).at(17, idle);
    playsOn(t, playing(), 20, 60);
    expect(t.secondsFor(A)).toEqual([17]);
  });

  it('counts the same podcast past idle when the tab is not muted', () => {
    const t = twoTabs().at(0, audible, playing()).at(17, idle);
    playsOn(t, playing(), 20, 60);
    expect(t.secondsFor(A)).toEqual([60]);
  });

  it("counts a video the reader set off past idle, muted tab or not: it is seen, as a muted video of the reader's is", () => {
    const t = twoTabs().at(0, audible, playing(true)).at(2, muted(true)).at(17, idle);
    playsOn(t, playing(true), 20, 60);
    expect(t.secondsFor(A)).toEqual([60]);
  });

  it("counts a video playing with sound that is not the reader's (autoplay) only until idle", () => {
    const t = twoTabs().at(0, muted(true), audible, playing()).at(15, idle);
    playsOn(t, playing(), 20, 60);
    expect(t.secondsFor(A)).toEqual([15]);
  });

  it("counts a subframe's player past idle only when it is seen by its reader", () => {
    const heard = twoTabs().at(0, muted(true), frame()).at(15, idle);
    playsOn(heard, frame(), 20, 60);
    expect(heard.secondsFor(A)).toEqual([15]);
    const seen = twoTabs().at(0, muted(true), frame(true)).at(15, idle);
    playsOn(seen, frame(true), 20, 60);
    expect(seen.secondsFor(A)).toEqual([60]);
  });

  it('counts again from the moment the tab is unmuted while it makes sound', () => {
    const t = twoTabs().at(0, audible, playing(), muted(true)).at(15, idle);
    for (let at = 20; at < 40; at += 10) t.at(at, playing());
    t.at(40, muted(false));
    playsOn(t, playing(), 50, 70);
    expect(t.secondsFor(A)).toEqual([15 + 30]);
  });

  it('is not heard from a tab muted before its page reported (the browser says so with the report)', () => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      // The tracker knows no tab 1 yet: this mute has nothing to apply to.
      .at(0, muted(true), audible)
      .at(1, {
        type: 'page-loaded',
        tabId: 1,
        windowId: 1,
        page: A,
        visible: true,
        tabMuted: true,
        mediaPlaying: true,
      })
      .at(16, idle);
    playsOn(t, playing(), 20, 60);
    expect(t.secondsFor(A)).toEqual([15]);
  });

  it('keeps the mute in its plain JSON state, as the worker stores it after each transition', () => {
    const t = twoTabs().at(0, muted(true));
    const kept = JSON.parse(JSON.stringify(t.state)) as typeof t.state;
    expect(kept.tabs['1']?.muted).toBe(true);
  });
});
