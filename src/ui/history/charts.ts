// Charts and the per-site view, loaded by a dynamic import only when the user opens them, so uPlot
// (and its CSS) stay out of the history page's first load and out of every other page.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { t } from '../../i18n/i18n';
import type { RequestOf, ResponseOf } from '../../messaging/contract';
import { formatDuration } from '../format';
import { setPageText } from '../dom';
import { axisSize } from './axis-size';
import {
  chartUnit,
  formatChartValue,
  inUnit,
  ticksFromLast,
  valueSteps,
  valueTop,
} from './chart-scale';
import { mountChartTip } from './chart-tip';
import { addDays, firstChartDay, lastDays, weeklyTotals } from './days';

type StatsFetch = (request: RequestOf<'history-stats'>) => Promise<ResponseOf<'history-stats'>>;

/** The value axis's font (uPlot's default size), set so its labels can be measured in it. */
const AXIS_FONT = '12px system-ui, sans-serif';

/** Days the site table covers, and the charts at most. */
const DAYS = 90;

/** Days the charts cover at least, however recent the first reading. */
const MIN_DAYS = 14;

/** Date-label steps, in bars: a week apart on the day chart, so today's weekday is labelled. */
const DAY_STEPS = [1, 7, 14, 28];
const WEEK_STEPS = [1, 2, 4, 8];

/**
 * Renders reading time per day and per week (uPlot bar charts, whole minutes, or seconds while
 * the chart's tallest bar is under a minute; axis and hover tip say durations) and the sites read most,
 * with time and pages per site, for the last DAYS days. The charts start on the first day with
 * reading (at least MIN_DAYS back), and the day chart's title says since when. Site names are
 * page-derived: text only.
 */
export async function renderCharts(
  section: HTMLElement,
  locale: string,
  fetchStats: StatsFetch,
  now: number = Date.now(),
): Promise<void> {
  const allDays = lastDays(now, DAYS);
  const from = allDays[0] ?? now;
  const to = addDays(allDays[allDays.length - 1] ?? now, 1);
  const stats = await fetchStats({ from, to, binStarts: allDays });
  const doc = section.ownerDocument;
  const first = firstChartDay(stats.bins, MIN_DAYS);
  const days = allDays.slice(first);
  const bins = stats.bins.slice(first);
  const weeks = weeklyTotals(days, bins);
  const since = first > 0 ? (days[0] ?? null) : null;
  // The section's content box: its side padding grows past 24 px in a wide window (history.css).
  const style = getComputedStyle(section);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const width = Math.max(320, Math.min(960, section.clientWidth - (padding || 48)));
  section.replaceChildren(
    chart(doc, 'day', chartTitle('day', since, locale), days, bins, width, locale),
    chart(
      doc,
      'week',
      chartTitle('week', since, locale),
      weeks.weekStarts,
      weeks.totals,
      width,
      locale,
    ),
    siteTable(doc, stats.sites, locale),
  );
}

/**
 * "Reading time per day, last 90 days", or "…, since November 23" when the history is younger
 * (`since`: the first day drawn). The week chart's title names no range.
 */
function chartTitle(per: 'day' | 'week', since: number | null, locale: string): string {
  if (per === 'week') return t('history_chart_week');
  if (since === null) return t('history_chart_day');
  const date = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric' }).format(since);
  return t('history_chart_day_since', date);
}

function chart(
  doc: Document,
  per: 'day' | 'week',
  title: string,
  starts: readonly number[],
  totalsMs: readonly number[],
  width: number,
  locale: string,
): HTMLElement {
  const unit = chartUnit(totalsMs);
  const heights = inUnit(totalsMs, unit);
  const top = valueTop(Math.max(0, ...heights));
  const figure = doc.createElement('figure');
  const caption = doc.createElement('figcaption');
  const heading = doc.createElement('h2');
  heading.textContent = title;
  caption.append(heading);
  figure.append(caption);
  const dateFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const styles = getComputedStyle(doc.documentElement);
  const accent = styles.getPropertyValue('--accent').trim() || '#1d4ed8';
  // The page's text colour is the body's (theme.css); the root's own `color` is the browser's
  // default black, unreadable on the dark theme's background.
  const text = styles.getPropertyValue('--fg').trim() || getComputedStyle(doc.body).color;
  const grid = styles.getPropertyValue('--line').trim() || 'rgba(128,128,128,.3)';
  const axis = { stroke: text, grid: { stroke: grid }, ticks: { stroke: grid } };
  const plot = new uPlot(
    {
      width,
      height: 200,
      legend: { show: false },
      cursor: { show: true, points: { show: false } },
      scales: {
        // Half a bar of room at each end, so the first and last bars are drawn whole.
        x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] },
        // Bars measure from zero: an axis starting at the smallest week would exaggerate changes.
        y: { range: () => [0, top] },
      },
      axes: [
        {
          ...axis,
          // Ticks are bar indices: whole steps only. uPlot's own steps include 2.5, which a narrow
          // chart took, and a tick between two bars was labelled with 1970's "Jan 1".
          incrs: per === 'day' ? DAY_STEPS : WEEK_STEPS,
          // Counted back from the last bar, so today (this week) has its date.
          splits: (_u, _axis, min, _max, step) => ticksFromLast(starts.length - 1, min, step),
          values: (_u, ticks) => ticks.map((i) => dateFormat.format(starts[i] ?? 0)),
        },
        // Durations in the page's language, as the rows and the sites table write them.
        {
          ...axis,
          font: AXIS_FONT,
          incrs: valueSteps(top, unit),
          // Sized to its labels: a fixed 48 px cut "70,000" to "0,000".
          size: (self, labels: readonly string[] | null) =>
            axisSize(labels, (label) => textWidth(self.ctx, label)),
          values: (_u, ticks) => ticks.map((value) => formatChartValue(value, unit, locale)),
        },
      ],
      series: [
        {},
        {
          label: title,
          fill: accent,
          stroke: accent,
          paths: uPlot.paths.bars?.({ size: [0.7, 40] }),
          points: { show: false },
        },
      ],
    },
    // A day without reading has no bar (uPlot draws a zero as a hairline on the axis).
    [starts.map((_, i) => i), heights.map((height) => (height > 0 ? height : null))],
    figure,
  );
  mountChartTip(
    plot,
    (i) => `${dateFormat.format(starts[i] ?? 0)}: ${formatDuration(totalsMs[i] ?? 0, locale)}`,
  );
  // The canvas says nothing to a screen reader: the same numbers as a table, visually hidden in a
  // block (a table ignores height: 1px, and its 90 rows made the page scroll on below the charts).
  const hidden = doc.createElement('div');
  hidden.className = 'visually-hidden';
  const table = doc.createElement('table');
  hidden.append(table);
  for (const [i, start] of starts.entries()) {
    const row = table.insertRow();
    row.insertCell().textContent = dateFormat.format(start);
    row.insertCell().textContent = formatDuration(totalsMs[i] ?? 0, locale);
  }
  figure.append(hidden);
  return figure;
}

/** The width of `text` in AXIS_FONT, CSS px (the font is unscaled: no device pixel ratio). */
function textWidth(ctx: CanvasRenderingContext2D, text: string): number {
  ctx.save();
  ctx.font = AXIS_FONT;
  const width = ctx.measureText(text).width;
  ctx.restore();
  return width;
}

function siteTable(
  doc: Document,
  sites: ResponseOf<'history-stats'>['sites'],
  locale: string,
): HTMLElement {
  const box = doc.createElement('section');
  const heading = doc.createElement('h2');
  heading.textContent = t('history_top_sites');
  const table = doc.createElement('table');
  const head = table.createTHead().insertRow();
  for (const key of ['history_col_site', 'history_col_time', 'history_col_pages'] as const) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = t(key);
    // Over its right-aligned counts.
    if (key === 'history_col_pages') th.className = 'number';
    head.append(th);
  }
  const body = table.createTBody();
  const top = sites.slice(0, 25);
  const max = Math.max(1, ...top.map((site) => site.activeMs));
  const count = new Intl.NumberFormat(locale);
  for (const site of top) {
    const row = body.insertRow();
    setPageText(row.insertCell(), site.site);
    const time = row.insertCell();
    const bar = doc.createElement('span');
    bar.className = 'bar';
    bar.style.width = `${String(Math.round((site.activeMs / max) * 120))}px`;
    time.append(bar, ` ${formatDuration(site.activeMs, locale)}`);
    const pages = row.insertCell();
    pages.className = 'number';
    pages.textContent = count.format(site.pages);
  }
  box.append(heading, table);
  return box;
}
