import { describe, expect, it } from 'vitest';
import {
  chartUnit,
  formatChartValue,
  inUnit,
  ticksFromLast,
  VALUE_STEPS,
  valueSteps,
  valueTop,
} from './chart-scale';

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

describe('formatChartValue', () => {
  it('reads a week of 845 minutes as hours and minutes, in English and German', () => {
    expect(formatChartValue(845, 'minutes', 'en')).toBe('14 hr 5 min');
    expect(formatChartValue(845, 'minutes', 'de')).toBe('14 Std. 5 Min.');
    expect(formatChartValue(inUnit([845 * 60_000], 'minutes')[0] ?? 0, 'minutes', 'en')).toBe(
      '14 hr 5 min',
    );
  });
  it('labels axis ticks as durations of the chart’s unit', () => {
    expect(formatChartValue(0, 'minutes', 'en')).toBe('0');
    expect(formatChartValue(45, 'minutes', 'en')).toBe('45 min');
    expect(formatChartValue(120, 'minutes', 'de')).toBe('2 Std.');
    expect(formatChartValue(30, 'seconds', 'en')).toBe('30 sec');
  });
});

describe('valueSteps', () => {
  it('steps by whole hours once the axis reaches three hours', () => {
    expect(valueSteps(900, 'minutes')).toEqual([60, 120, 300, 600, 1200, 3000, 6000]);
    expect(valueSteps(120, 'minutes')).toEqual(VALUE_STEPS);
    expect(valueSteps(900, 'seconds')).toEqual(VALUE_STEPS);
  });
});
