/**
 * Presence (input, media playing) this close together is one stretch; a longer pause is a gap.
 * Over the presence watch's slowest period (presence-watch.ts STILL_WATCH_MS, 0.5 s), with room
 * for a timer a busy page runs late, so a still reader's stretch has no gaps either.
 */
export const PRESENCE_GAP_MS = 2_000;

/** See createPresenceClock. */
export interface PresenceClock {
  /**
   * The reader is here now (input, or media playing). `nextNoteMs`: the watch that noted it will
   * note them again within that many ms while they stay (presence-watch.ts); 0 (input) promises
   * nothing.
   */
  readonly seen: (nextNoteMs?: number) => void;
  /**
   * The last moment the reader was seen before the latest gap (epoch ms), or undefined when there
   * was none since the last call. A page frozen for a while (or on a machine that slept) sees
   * nothing meanwhile, not even its own timers: this is the moment before that, which it reports
   * when it runs again (the worker otherwise drops everything since its last report). When that
   * moment was a watch's note, the machine stopped somewhere before the next note fell due, any
   * moment alike: the moment is taken half a period later, the middle of what is possible, so the
   * error is at most half the watch's period either way, instead of up to a whole one always short.
   */
  readonly takeGap: () => number | undefined;
}

/** The moments one document saw its reader, on the injected clock (epoch ms). */
export function createPresenceClock(now: () => number): PresenceClock {
  let seenAt = now();
  // Half the period within which the last note promised the next one (0 after input).
  let dueHalf = 0;
  let beforeGap: number | undefined;
  return {
    seen(nextNoteMs = 0) {
      const at = now();
      if (at - seenAt > PRESENCE_GAP_MS) beforeGap = seenAt + dueHalf;
      seenAt = at;
      dueHalf = nextNoteMs / 2;
    },
    takeGap() {
      const gap = now() - seenAt > PRESENCE_GAP_MS ? seenAt + dueHalf : beforeGap;
      beforeGap = undefined;
      return gap;
    },
  };
}
