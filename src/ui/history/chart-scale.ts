// The history charts' scales: the value axis in whole minutes (whole seconds while the tallest bar
// is under a minute), and the date axis labelled back from today. uPlot's own steps gave a new
// user's 24 s a 0 / 0.25 / 0.5 / 0.75 / 1 "minutes" axis with a sliver of a bar, and its date
// labels counted from the first bar, so the last 9 days, today among them, had none.

/** What a chart's bars measure: the title says which ("(minutes)", "(seconds)"). */
export type ChartUnit = 'seconds' | 'minutes';

/** Whole-unit steps for the value axis's ticks; uPlot takes the smallest its height has room for. */
export const VALUE_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 1200, 3000, 6000];

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
