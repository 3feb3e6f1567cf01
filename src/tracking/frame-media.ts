// What each subframe of a tab (an embedded player, an ad frame, a comments widget) last said of its
// media, kept per frame: one frame's word is about that frame alone (issue #13: an ad frame's
// "nothing plays" must not stop the video watched in the player frame). Pure, on TabState.
import type { FrameMedia, TabState } from './engagement-types';
import { SILENCE_LIMIT_MS } from './heartbeat';

/**
 * The most frames of one tab whose media are kept (the most recent): a page may make any number of
 * frames, and the tracker's state is stored after every transition.
 */
export const MAX_FRAMES_PER_TAB = 16;

/** What one frame-signal says of its frame's media (see the tracker's `frame-signal` event). */
export interface FrameWord {
  frameId: number;
  mediaPlaying: boolean;
  mediaSeen?: boolean;
}

/** A frame's word still holds at `now`: it is repeated every heartbeat while its media play. */
const holds = (at: number | undefined, now: number): boolean =>
  at !== undefined && now - at <= SILENCE_LIMIT_MS;

/**
 * Notes what the frame `word.frameId` of `tab` says at `now` (epoch ms): playing, it is kept (seen
 * by its reader or only heard); stopped, that frame's word is gone, the other frames' stay. Words
 * past the silence limit (a frame removed or navigated away never speaks again) are dropped.
 */
export function noteFrameMedia(tab: TabState, word: FrameWord, now: number): void {
  const frames: Record<string, FrameMedia> = {};
  for (const [id, media] of Object.entries(tab.frames ?? {})) {
    if (holds(media.playingAt, now) && id !== String(word.frameId)) frames[id] = media;
  }
  if (word.mediaPlaying) {
    frames[String(word.frameId)] = {
      playingAt: now,
      ...(word.mediaSeen === true ? { seenAt: now } : {}),
    };
  }
  const kept = Object.entries(frames)
    .sort(([, a], [, b]) => b.playingAt - a.playingAt)
    .slice(0, MAX_FRAMES_PER_TAB);
  tab.frames = Object.fromEntries(kept);
}

/**
 * Whether a subframe of `tab` plays media at `now` (epoch ms), by its own word within the silence
 * limit: `seen` asks for a video of the reader's showing its picture (what counts in a muted tab),
 * otherwise anything heard or seen.
 */
export function framePlays(tab: TabState, now: number, seen: boolean): boolean {
  return Object.values(tab.frames ?? {}).some((media) =>
    holds(seen ? media.seenAt : media.playingAt, now),
  );
}

/** The clock went back to `now` (epoch ms): no frame's word is later than now. */
export function clampFrameTimes(tab: TabState, now: number): void {
  for (const media of Object.values(tab.frames ?? {})) {
    media.playingAt = Math.min(media.playingAt, now);
    if (media.seenAt !== undefined) media.seenAt = Math.min(media.seenAt, now);
  }
}
