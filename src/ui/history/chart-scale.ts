// The history charts' scales: the value axis in whole minutes (whole seconds while the tallest bar
// is under a minute), each label a duration as the rest of the page writes it ("2 hr", not "120"
// under a title saying "(minutes)": a week of 845 min read as "845"), and the date axis labelled
// back from today. uPlot's own steps gave a new
// user's 24 s a 0 / 0.25 / 0.5 / 0.75 / 1 "minutes" axis with a sliver of a bar, and its date
// labels counted from the first bar, so the last 9 days, today among them, had none.

import { formatAxisNumber, formatDuration } from '../format';

/** What a chart's bars measure, and its value axis counts in. */
export type ChartUnit = 'seconds' | 'minutes';

/** Whole-unit steps for the value axis's ticks; uPlot takes the smallest its height has room for. */
export const VALUE_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 1200, 3000, 6000];

/** Minutes from which the value axis steps only by whole hours ("1 hr 20 min" is no axis label). */
const WHOLE_HOURS_FROM = 180;

/**
 * The value axis's steps for an axis topped at `top` (valueTop) in `unit`: VALUE_STEPS, only
 * whole hours once the axis reaches WHOLE_HOURS_FROM minutes.
 */
export function valueSteps(top: number, unit: ChartUnit): number[] {
  if (unit === 'seconds' || top < WHOLE_HOURS_FROM) return VALUE_STEPS;
  return VALUE_STEPS.filter((step) => step % 60 === 0);
}

/**
 * A value of the chart (in `unit`) as a duration in `locale`: "0", "30 sec", "45 min", "2 hr",
 * "1 hr 30 min" (en), "14 Std. 5 Min." (de): format.ts formatDuration, as the list's rows and
 * day totals and the sites table write time.
 */
export function formatChartValue(value: number, unit: ChartUnit, locale?: string): string {
  if (value <= 0) return formatAxisNumber(0, locale);
  return formatDuration(value * (unit === 'seconds' ? 1000 : 60_000), locale);
}

/**
 * The value axis's top (in the chart's unit) for a tallest bar of `max`: a whole number of steps
 * of about a quarter of it, so the tallest bar ends under a labelled line (24 s: 30, not 24 above
 * a line at 20); 1 for an empty chart.
 */
export function valueTop(max: number): number {
  const step = VALUE_STEPS.find((s) => s >= max / 4) ?? VALUE_STEPS[VALUE_STEPS.length - 1] ?? 1;
  return Math.max(1, Math.ceil(max / step) * step);
}

/**
 * Seconds when some bar is read but none reaches a minute (`totalsMs`: each bar's time, ms);
 * minutes otherwise, an empty chart included.
 */
export function chartUnit(totalsMs: readonly number[]): ChartUnit {
  const max = Math.max(0, ...totalsMs);
  return max > 0 && max < 60_000 ? 'seconds' : 'minutes';
}

/** Each bar's height in `unit`, to a tenth (`totalsMs` in ms). */
export function inUnit(totalsMs: readonly number[], unit: ChartUnit): number[] {
  const tenth = unit === 'seconds' ? 100 : 6000;
  return totalsMs.map((ms) => Math.round(ms / tenth) / 10);
}

/**
 * The bar indices that get a date label: the last bar (today, or this week) and every `step`-th
 * before it, down to `min` (the scale's left end, which may be a fraction), oldest first.
 */
export function ticksFromLast(last: number, min: number, step: number): number[] {
  const ticks: number[] = [];
  for (let i = last; i >= min && step > 0; i -= step) ticks.unshift(i);
  return ticks;
}
