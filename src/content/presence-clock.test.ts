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

  it.each([
    { what: 'a note every 500 ms: half a period past the last', nextNoteMs: 500, gap: 10_250 },
    { what: 'media, every 250 ms: 125 ms past the last', nextNoteMs: 250, gap: 10_125 },
    { what: 'no note due (the watch stopped): the last moment seen', nextNoteMs: 0, gap: 10_000 },
  ])('after a sleep, the middle of when it may have begun: $what', ({ nextNoteMs, gap }) => {
    // The machine went to sleep at some moment before the next note fell due (a note is a timer
    // that would have run): any moment alike, so the middle is off by at most half the period.
    let now = 9_000;
    const clock = createPresenceClock(() => now);
    now = 10_000;
    clock.seen(nextNoteMs);
    now = 55_000;
    expect(clock.takeGap()).toBe(gap);
    // And when the page runs again, its first note ends the gap with the same moment.
    const again = createPresenceClock(() => now);
    now = 10_000;
    again.seen(nextNoteMs);
    now = 55_000;
    again.seen(nextNoteMs);
    now = 55_010;
    expect(again.takeGap()).toBe(gap);
  });

  it('input after a note: the middle of the input and the note still due', () => {
    let now = 10_000;
    const clock = createPresenceClock(() => now);
    clock.seen(500);
    now = 10_200;
    clock.seen();
    now = 55_000;
    // Stopped between the input (10,200) and the watch's next note (10,500).
    expect(clock.takeGap()).toBe(10_350);
  });

  it('input long after the watch stopped noting: the input itself', () => {
    let now = 10_000;
    const clock = createPresenceClock(() => now);
    clock.seen(500);
    now = 11_000;
    clock.seen();
    now = 55_000;
    expect(clock.takeGap()).toBe(11_000);
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
