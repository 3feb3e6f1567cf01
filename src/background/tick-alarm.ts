import type { Alarms } from 'webextension-polyfill';

/** The tracker's one alarm, by name. */
export const TICK_ALARM = 'tracker-tick';

/** The subset of `browser.alarms` the worker uses (one-shot alarms by name). */
export type AlarmsPort = Pick<Alarms.Static, 'get' | 'create' | 'clear'>;

/**
 * The tracker's one alarm: set only when the tracker asks for a tick, at least a second ahead
 * (Chrome's floor), and not set again when the time has not changed.
 */
export function createTickAlarm(alarms: AlarmsPort, now: () => number = Date.now) {
  /** The time last asked for: undefined when unknown (after the alarm fired or a restart). */
  let scheduled: number | null | undefined;
  return {
    async schedule(at: number | null): Promise<void> {
      if (at === scheduled) return;
      scheduled = at;
      if (at === null) await alarms.clear(TICK_ALARM);
      else await alarms.create(TICK_ALARM, { when: Math.max(at, now() + 1000) });
    },
    /** The alarm fired: it is gone, so the next request must set it again. */
    fired(): void {
      scheduled = undefined;
    },
  };
}

/**
 * The tracker's tick alarm (createTickAlarm): `schedule` at an epoch-ms time or clear it (null).
 */
export type TickAlarm = ReturnType<typeof createTickAlarm>;
