/**
 * Presence (input, media playing) this close together is one stretch; a longer pause is a gap.
 * Over the presence watch's slowest period (presence-watch.ts STILL_WATCH_MS, 0.5 s), with room
 * for a timer a busy page runs late, so a still reader's stretch has no gaps either.
 */
export const PRESENCE_GAP_MS = 2_000;

/** See createPresenceClock. */
export interface PresenceClock {
  /**
   * The reader is here now (input, or media playing). `nextNoteMs`, from the presence watch
   * (presence-watch.ts): it notes them again within that many ms while they stay. Input passes
   * nothing: the watch's next note, if one is due, still stands.
   */
  readonly seen: (nextNoteMs?: number) => void;
  /**
   * The last moment the reader was seen before the latest gap (epoch ms), or undefined when there
   * was none since the last call. A page frozen for a while (or on a machine that slept) sees
   * nothing meanwhile, not even its own timers: this is the moment before that, which it reports
   * when it runs again (the worker otherwise drops everything since its last report). While the
   * watch had a note due, the machine stopped somewhere between the last moment seen and that
   * note, any moment alike: the middle is taken, off by at most half the watch's period either
   * way, instead of up to a whole period always short. With no note due, the last moment seen.
   */
  readonly takeGap: () => number | undefined;
}

/** The moments one document saw its reader, on the injected clock (epoch ms). */
export function createPresenceClock(now: () => number): PresenceClock {
  let seenAt = now();
  // When the watch's next note falls due (epoch ms); in the past once the watch stopped noting.
  let dueAt = seenAt;
  let beforeGap: number | undefined;
  // The middle of the moments the machine may have stopped at, after the last one seen.
  const lastPresent = () => (dueAt > seenAt ? (seenAt + dueAt) / 2 : seenAt);
  return {
    seen(nextNoteMs) {
      const at = now();
      if (at - seenAt > PRESENCE_GAP_MS) beforeGap = lastPresent();
      seenAt = at;
      if (nextNoteMs !== undefined) dueAt = at + nextNoteMs;
    },
    takeGap() {
      const gap = now() - seenAt > PRESENCE_GAP_MS ? lastPresent() : beforeGap;
      beforeGap = undefined;
      return gap;
    },
  };
}
