// The hover tip of a history chart: the bar under the pointer's date and its time read, as a
// duration ("Nov 24: 14 hr 5 min"), so a bar's exact value never has to be read off the axis.
// uPlot draws no tip of its own (its legend is off: one series, named by the chart's title).
import type uPlot from 'uplot';

/**
 * Adds a tip to `plot` that follows the pointer over its bars and shows `label(i)` for the bar
 * `i` under it; hidden while the pointer is off the bars. The tip is `aria-hidden`: the chart's
 * hidden table (charts.ts) gives a screen reader the same numbers.
 */
export function mountChartTip(plot: uPlot, label: (index: number) => string): void {
  const tip = plot.root.ownerDocument.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  // Inside uPlot's overlay, whose top left is the plotting area's: the cursor's left and top.
  plot.over.append(tip);
  const update = (self: uPlot): void => {
    const { idx, left = -1, top = -1 } = self.cursor;
    if (idx === null || idx === undefined || left < 0) {
      tip.hidden = true;
      return;
    }
    tip.textContent = label(idx);
    tip.hidden = false;
    // Beside the pointer, turned to its left on the plot's right half so it stays inside.
    const width = self.over.clientWidth;
    tip.style.left = `${String(left)}px`;
    tip.style.top = `${String(Math.max(0, top - 12))}px`;
    tip.style.transform =
      left > width / 2 ? 'translate(calc(-100% - 10px), -100%)' : 'translate(10px, -100%)';
  };
  plot.hooks.setCursor = [...(plot.hooks.setCursor ?? []), update];
}
