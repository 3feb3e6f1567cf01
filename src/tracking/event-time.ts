// When a tracker event happened, as far as the worker can trust it (issue #13: a busy or starting
// worker heard of focus and visibility changes late, and stamped them late).

/**
 * A page's word on when its own focus, blur or visibility change happened is believed at most
 * this far back from the moment the worker heard of it: a message reaches even a worker that has
 * to start within this (measured: under 0.4 s on a machine with 20 runnable processes), and a
 * hostile page can move a start or a stop by no more than this.
 */
export const MAX_EVENT_LAG_MS = 3_000;

/**
 * Two events applied in order never go back in time by less than this: any more is the system
 * clock changed, which the reducer handles (tracker-run.ts, `handleClockJump`).
 */
export const ORDER_TOLERANCE_MS = 2_000;

/** What is known about one event's time, all epoch ms. */
export interface EventTimes {
  /**
   * When the worker heard of the event, on its own clock: the listener's or message router's
   * first line, before start-up or the queue of earlier events.
   */
  receivedAt: number;
  /**
   * When the sender says it happened (a page's `performance.timeOrigin + event.timeStamp`);
   * untrusted: anything not a finite number is ignored.
   */
  occurredAt?: number;
  /** The time the previous event was applied at (`TrackerState.lastEventAt`). */
  lastEventAt: number;
}

/**
 * The time to apply an event at: the sender's own `occurredAt` when it is plausible (never later
 * than the worker heard of it, nor more than MAX_EVENT_LAG_MS before), otherwise `receivedAt`;
 * then never before the previous event (events are applied in the order heard, and what one
 * committed is not undone by a later one claiming an earlier time). A clock that itself went back
 * (receivedAt far before lastEventAt) is passed through for the reducer to see.
 */
export function eventTime({ receivedAt, occurredAt, lastEventAt }: EventTimes): number {
  const claimed =
    occurredAt !== undefined && Number.isFinite(occurredAt)
      ? Math.min(receivedAt, Math.max(occurredAt, receivedAt - MAX_EVENT_LAG_MS))
      : receivedAt;
  if (receivedAt < lastEventAt - ORDER_TOLERANCE_MS) return receivedAt;
  return Math.max(claimed, lastEventAt);
}
