// The width of a chart's value axis, from its labels (uPlot's `axis.size` function; uPlot's own
// axis-autosize demo measures the same way). A fixed width cut labels of 6+ characters at their
// start: "70,000" showed as "0,000".

/** uPlot's tick length and the gap between ticks and labels, CSS px (its defaults). */
const TICKS_AND_GAP = 10 + 5;
/** Room beside the widest label so it does not touch the chart's edge, CSS px. */
const MARGIN = 4;
/** The narrowest axis, CSS px: short labels keep the width the charts always had. */
const MIN_SIZE = 48;

/**
 * The width in CSS px a value axis needs for `labels` (null or empty while uPlot is still laying
 * the chart out): its widest label as `measure` gives it (CSS px, in the axis's font), plus ticks,
 * gap and margin, never under 48 px.
 */
export function axisSize(
  labels: readonly string[] | null,
  measure: (text: string) => number,
): number {
  const widest = Math.max(0, ...(labels ?? []).map(measure));
  return Math.max(MIN_SIZE, Math.ceil(TICKS_AND_GAP + widest + MARGIN));
}
