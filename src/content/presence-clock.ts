/**
 * Presence (input, media playing) this close together is one stretch; a longer pause is a gap.
 * Over the presence watch's slowest period (presence-watch.ts STILL_WATCH_MS, 1 s), with room for
 * a timer a busy page runs late, so a still reader's stretch has no gaps either.
 */
export const PRESENCE_GAP_MS = 2_000;

/** See createPresenceClock. */
export interface PresenceClock {
  /** The reader is here now (input, or media playing). */
  readonly seen: () => void;
  /**
   * The last moment the reader was seen before the latest gap (epoch ms), or undefined when there
   * was none since the last call. A page frozen for a while (or on a machine that slept) sees
   * nothing meanwhile, not even its own timers: this is the moment before that, which it reports
   * when it runs again (the worker otherwise drops everything since its last report).
   */
  readonly takeGap: () => number | undefined;
}

/** The moments one document saw its reader, on the injected clock (epoch ms). */
export function createPresenceClock(now: () => number): PresenceClock {
  let seenAt = now();
  let beforeGap: number | undefined;
  return {
    seen() {
      const at = now();
      if (at - seenAt > PRESENCE_GAP_MS) beforeGap = seenAt;
      seenAt = at;
    },
    takeGap() {
      const gap = now() - seenAt > PRESENCE_GAP_MS ? seenAt : beforeGap;
      beforeGap = undefined;
      return gap;
    },
  };
}
