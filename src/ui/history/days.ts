/**
 * Calendar arithmetic for the history page, in the page's own time zone (the one `Date` uses), so
 * "a day" is what the user's clock calls one, DST days included. Pure.
 */

/** Epoch ms of local midnight starting the day that holds `at`. */
export function startOfDay(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Epoch ms of local midnight `days` days after the day of `dayStart` (DST-safe: 23 h or 25 h). */
export function addDays(dayStart: number, days: number): number {
  const date = new Date(dayStart);
  date.setDate(date.getDate() + days);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Local midnight of the Monday starting the ISO week that holds `at`. */
export function startOfWeek(at: number): number {
  const day = startOfDay(at);
  const weekday = (new Date(day).getDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** The `count` day starts ending with the day of `at`, oldest first. */
export function lastDays(at: number, count: number): number[] {
  const today = startOfDay(at);
  return Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
}

/**
 * Where the charts start, as an index into daily `totals` (oldest first): the first day with
 * reading, but never fewer than `floor` days before the end, so a week-one history is not a thin
 * strip at the right of 90 empty days, and a day or two of reading still has days around it.
 */
export function firstChartDay(totals: readonly number[], floor: number): number {
  const first = totals.findIndex((ms) => ms > 0);
  const latest = Math.max(0, totals.length - floor);
  return first === -1 ? latest : Math.min(first, latest);
}

/** Sums daily values into weeks (Monday first): returns week starts and their totals. */
export function weeklyTotals(
  dayStarts: readonly number[],
  values: readonly number[],
): { weekStarts: number[]; totals: number[] } {
  const weekStarts: number[] = [];
  const totals: number[] = [];
  dayStarts.forEach((day, i) => {
    const week = startOfWeek(day);
    if (weekStarts[weekStarts.length - 1] !== week) {
      weekStarts.push(week);
      totals.push(0);
    }
    totals[totals.length - 1] = (totals[totals.length - 1] ?? 0) + (values[i] ?? 0);
  });
  return { weekStarts, totals };
}

/** A row as the history list shows it: one engagement, or one page found by search. */
export interface DisplayRow {
  /** Unique within the list: the history item id, or the page id for a search result. */
  key: string;
  appActivityId: string;
  title: string;
  url: string;
  siteName?: string;
  faviconUrl?: string;
  /** When it happened (engagement start, or last read for a search result), epoch ms. */
  at: number;
  activeMs: number;
  /** Reading progress 0–100 of a page row (search results, unfinished pages). */
  progress?: number;
  finished?: boolean;
  /** An engagement read on another device: its name. */
  device?: string;
  /** A page row another device read too: every device that read it. */
  devices?: string[];
}

/** A local day and its reading time (null until the store's total arrives). */
export interface DayTotal {
  dayStart: number;
  activeMs: number | null;
}

/**
 * One line of the list: a day heading with its total, or a row. The first row of each day names
 * its day too (`day`): screen readers hear the heading there, not as an item of the list.
 */
export type ListItem =
  ({ kind: 'day' } & DayTotal) | { kind: 'row'; row: DisplayRow; day?: DayTotal };

/**
 * Interleaves day headings with rows (newest first): a heading before the first row of each local
 * day. `totals` gives each day's reading time by day start; a day missing there shows none yet.
 */
export function groupByDay(
  rows: readonly DisplayRow[],
  totals: ReadonlyMap<number, number>,
): ListItem[] {
  const items: ListItem[] = [];
  let current: number | null = null;
  for (const row of rows) {
    const day = startOfDay(row.at);
    if (day !== current) {
      const total = { dayStart: day, activeMs: totals.get(day) ?? null };
      items.push({ kind: 'day', ...total });
      items.push({ kind: 'row', row, day: total });
      current = day;
    } else items.push({ kind: 'row', row });
  }
  return items;
}
