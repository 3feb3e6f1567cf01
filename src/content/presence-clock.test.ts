import { describe, expect, it } from 'vitest';
import { createPresenceClock, PRESENCE_GAP_MS } from './presence-clock';

describe('createPresenceClock', () => {
  it.each([
    {
      what: 'steady presence has no gap',
      seenAt: [250, 500, 750, 1000],
      askAt: 1000,
      gap: undefined,
    },
    {
      what: 'silence up to now: the last moment seen',
      seenAt: [250, 500],
      askAt: 60_500,
      gap: 500,
    },
    {
      what: 'a gap, then presence again: the moment before the gap',
      seenAt: [250, 500, 45_000, 45_250],
      askAt: 45_300,
      gap: 500,
    },
    {
      what: 'a pause no longer than the gap is no gap',
      seenAt: [500, 500 + PRESENCE_GAP_MS],
      askAt: 500 + PRESENCE_GAP_MS,
      gap: undefined,
    },
  ])('$what', ({ seenAt, askAt, gap }) => {
    let now = 0;
    const clock = createPresenceClock(() => now);
    for (const at of seenAt) {
      now = at;
      clock.seen();
    }
    now = askAt;
    expect(clock.takeGap()).toBe(gap);
  });

  it('reports a gap once', () => {
    let now = 0;
    const clock = createPresenceClock(() => now);
    now = 40_000;
    clock.seen();
    now = 40_100;
    expect(clock.takeGap()).toBe(0);
    expect(clock.takeGap()).toBeUndefined();
  });
});
