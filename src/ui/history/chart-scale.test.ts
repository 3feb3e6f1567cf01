import { describe, expect, it } from 'vitest';
import { chartUnit, inUnit, ticksFromLast, valueTop } from './chart-scale';

describe('chartUnit', () => {
  it('counts seconds while the tallest bar is under a minute', () => {
    expect(chartUnit([0, 0, 24_000])).toBe('seconds');
    expect(chartUnit([59_999])).toBe('seconds');
  });
  it('counts minutes from a minute up, and on an empty chart', () => {
    expect(chartUnit([0, 60_000])).toBe('minutes');
    expect(chartUnit([0, 0])).toBe('minutes');
    expect(chartUnit([])).toBe('minutes');
  });
});

describe('inUnit', () => {
  it('gives bar heights to a tenth of the unit', () => {
    expect(inUnit([24_000, 6_040], 'seconds')).toEqual([24, 6]);
    expect(inUnit([24_000, 90_000, 0], 'minutes')).toEqual([0.4, 1.5, 0]);
  });
});

describe('ticksFromLast', () => {
  it('labels the last bar (today) and steps back from it', () => {
    // 90 days with a 10-day step: the labels end on today (89), not 9 days before it (80).
    const ticks = ticksFromLast(89, -0.5, 10);
    expect(ticks.at(-1)).toBe(89);
    expect(ticks).toEqual([9, 19, 29, 39, 49, 59, 69, 79, 89]);
  });
  it('reaches the first bar when the step divides the distance', () => {
    expect(ticksFromLast(12, -0.5, 3)).toEqual([0, 3, 6, 9, 12]);
    expect(ticksFromLast(0, -0.5, 7)).toEqual([0]);
  });
});

describe('valueTop', () => {
  it('ends the axis on a whole step above the tallest bar', () => {
    expect(valueTop(24)).toBe(30);
    expect(valueTop(90)).toBe(90);
    expect(valueTop(95)).toBe(120);
    expect(valueTop(6)).toBe(6);
  });
  it('gives an empty or tiny chart a top of 1', () => {
    expect(valueTop(0)).toBe(1);
    expect(valueTop(0.4)).toBe(1);
  });
});
