import { describe, expect, it } from 'vitest';
import type { TrackerEvent } from './engagement-types';
import { MAX_FRAMES_PER_TAB } from './frame-media';
import { A, activate, B, focus, load, twoTabs } from './testing/timeline';

// Issue #13: a page holds several subframes (an embedded player, an ad frame, a comments widget),
// each with its own presence script (content/frame-presence.ts). What one frame says of its media
// is about that frame alone: an ad frame's "nothing plays" must not stop the video watched in the
// player frame, past idle, where only media keep a tab counted.

const idle: TrackerEvent = { type: 'idle-state', state: 'idle' };
/** What the worker passes on from a frame of tab 1 in window 1 (content-handlers.ts). */
const frame = (frameId: number, mediaPlaying: boolean): TrackerEvent => ({
  type: 'frame-signal',
  tabId: 1,
  frameId,
  windowId: 1,
  mediaPlaying,
});
const PLAYER = 3;
const AD = 7;

/** The player frame's heartbeats (15 s apart) from `from` to `to` (s), past idle from 10 s. */
function plays(t: ReturnType<typeof twoTabs>, from: number, to: number) {
  for (let at = from; at <= to; at += 15) t.at(at, frame(PLAYER, true));
  return t;
}

describe("a subframe's media evidence", () => {
  it('keeps a video in one frame counted past idle when another frame says it plays nothing', () => {
    // The ad frame's sound ends at 31 s, just after the player's heartbeat at 30 s.
    const t = twoTabs().at(0, frame(PLAYER, true)).at(5, frame(AD, true)).at(10, idle);
    plays(t, 15, 30).at(31, frame(AD, false));
    plays(t, 45, 45).at(60, frame(PLAYER, false)).at(100, { type: 'tick' }, focus(null));
    expect(t.secondsFor(A)).toEqual([60]);
  });

  it('counts until the last frame playing stops, whichever stopped first', () => {
    const t = twoTabs().at(0, frame(PLAYER, true)).at(10, idle);
    plays(t, 15, 15).at(20, frame(AD, true)).at(25, frame(PLAYER, false));
    t.at(35, frame(AD, true)).at(40, frame(AD, false)).at(100, { type: 'tick' }, focus(null));
    expect(t.secondsFor(A)).toEqual([40]);
  });

  it('stops counting a frame that falls silent (removed, navigated) while another one speaks', () => {
    // The player's last word is at 30 s; the ad frame keeps saying it plays nothing.
    const t = plays(twoTabs().at(0, frame(PLAYER, true)).at(10, idle), 15, 30);
    for (let at = 35; at <= 90; at += 5) t.at(at, frame(AD, false));
    t.at(120, { type: 'tick' }, focus(null));
    // Its word holds for the silence limit (30 s) after its last heartbeat, as a single frame's
    // always did, and the tracker sees it lapse at the tab's next event (5 s on): never longer.
    expect(t.secondsFor(A)).toEqual([30 + 30 + 5]);
  });

  it("forgets the old page's frames when the tab shows another page", () => {
    const t = twoTabs().at(0, frame(PLAYER, true)).at(5, idle).at(10, load(1, B));
    // B's own heartbeats, visible, nothing playing in it.
    t.reading(1, 10, 60).at(60, focus(null));
    // B was never read past idle: its frame evidence was A's.
    expect(t.secondsFor(B)).toEqual([]);
  });

  it('forgets the frames of a page left', () => {
    const t = twoTabs().at(0, frame(PLAYER, true)).at(5, idle);
    t.at(10, { type: 'page-left', tabId: 1 }).at(11, load(1, B)).reading(1, 11, 60);
    t.at(60, focus(null));
    expect(t.secondsFor(B)).toEqual([]);
  });

  it("keeps a player that started before its page reported, for the page's report to take over", () => {
    const t = twoTabs().at(0, { type: 'tab-removed', tabId: 1 });
    t.at(1, frame(PLAYER, true)).at(2, load(1, A), activate(1)).at(3, idle);
    for (let at = 16; at <= 46; at += 15) t.at(at, frame(PLAYER, true));
    t.at(46, focus(null));
    expect(t.secondsFor(A)).toEqual([44]);
  });

  it('keeps the latest few frames of a page that makes any number of them play', () => {
    const t = twoTabs();
    for (let id = 1; id <= 100; id++) t.at(id / 10, frame(id, true));
    const kept = Object.keys(t.state.tabs['1']?.frames ?? {}).map(Number);
    expect(kept).toHaveLength(MAX_FRAMES_PER_TAB);
    expect(Math.min(...kept)).toBe(100 - MAX_FRAMES_PER_TAB + 1);
  });

  it("keeps each frame's evidence across a killed worker, from the state it stored", () => {
    const t = twoTabs().at(0, frame(PLAYER, true)).at(5, frame(AD, true)).at(10, idle);
    plays(t, 15, 30).at(31, frame(AD, false));
    // Killed here: the next worker starts from the plain JSON the last transition stored.
    t.restart();
    plays(t, 45, 45).at(60, frame(PLAYER, false)).at(100, { type: 'tick' }, focus(null));
    expect(t.secondsFor(A)).toEqual([60]);
  });
});
