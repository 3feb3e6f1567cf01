import { describe, expect, it } from 'vitest';
import { eventTime, MAX_EVENT_LAG_MS, type EventTimes } from './event-time';

const HEARD = 1_000_000;

describe('eventTime', () => {
  it.each<[string, EventTimes, number]>([
    [
      'no word from the sender: when the worker heard',
      { receivedAt: HEARD, lastEventAt: 0 },
      HEARD,
    ],
    [
      "the page's own moment, shortly before the worker heard",
      { receivedAt: HEARD, occurredAt: HEARD - 420, lastEventAt: 0 },
      HEARD - 420,
    ],
    [
      'a page claiming a moment long ago is believed only MAX_EVENT_LAG_MS back',
      { receivedAt: HEARD, occurredAt: HEARD - 3_600_000, lastEventAt: 0 },
      HEARD - MAX_EVENT_LAG_MS,
    ],
    [
      'a page claiming the future: never later than the worker heard',
      { receivedAt: HEARD, occurredAt: HEARD + 60_000, lastEventAt: 0 },
      HEARD,
    ],
    ['NaN is ignored', { receivedAt: HEARD, occurredAt: NaN, lastEventAt: 0 }, HEARD],
    ['-Infinity is ignored', { receivedAt: HEARD, occurredAt: -Infinity, lastEventAt: 0 }, HEARD],
    ['Infinity is ignored', { receivedAt: HEARD, occurredAt: Infinity, lastEventAt: 0 }, HEARD],
    [
      'never before the previous event (what it committed stands)',
      { receivedAt: HEARD, occurredAt: HEARD - 900, lastEventAt: HEARD - 300 },
      HEARD - 300,
    ],
    [
      'a worker stamp a little before the previous one (heard in another order) follows it',
      { receivedAt: HEARD - 50, lastEventAt: HEARD },
      HEARD,
    ],
    [
      'the system clock went back: passed through for the reducer to see the jump',
      { receivedAt: HEARD - 3_600_000, occurredAt: HEARD - 3_600_500, lastEventAt: HEARD },
      HEARD - 3_600_000,
    ],
  ])('%s', (_, times, expected) => {
    expect(eventTime(times)).toBe(expected);
  });
});
