/**
 * How many items the history list has in all, loaded or not: its `aria-setsize`, so a screen
 * reader says "12 of 3,400" on a list that draws only the items near the view (virtual-list.ts)
 * and loads the day list in batches as it is scrolled (list-source.ts). The items are the rows and
 * the day headings, each a list item (day-heading.ts: it holds the day's "Delete day").
 */
import type { EngagementCount } from '../../store/history-store';
import { startOfDay, type ListItem } from './days';
import type { Filters } from './list-filters';

/** Asks the worker how many engagements, and days, are in [from, before) ('count-engagements'). */
export type AskCount = (range: {
  from?: number;
  before: number;
}) => Promise<EngagementCount | null>;

/** What the worker counted before the next batch: the engagements still to load, their days. */
export interface Counted extends EngagementCount {
  /** The `before` of the next batch when asked, epoch ms (exclusive). */
  before: number;
}

/**
 * The list's `aria-setsize`: its items when no more are to come (`more` false: the whole day list,
 * or a search's rows, shown all at once); else the items loaded and those still to come, from what
 * the worker counted before the next batch: the rows older than `before` and the headings of days
 * before its day (that day's heading is drawn already), less those loaded since. Rows added at the
 * top since (the page being read) were not counted and are loaded. -1 ("unknown", WAI-ARIA 1.2)
 * when nothing was counted. Pure.
 */
export function listSetSize(
  items: readonly ListItem[],
  more: boolean,
  counted: Counted | null,
): number {
  if (!more) return items.length;
  if (!counted) return -1;
  const firstDay = startOfDay(counted.before);
  let rows = 0;
  let days = 0;
  for (const item of items) {
    if (item.kind === 'row' && item.row.at < counted.before) rows++;
    else if (item.kind === 'day' && item.dayStart < firstDay) days++;
  }
  return items.length + Math.max(0, counted.engagements - rows) + Math.max(0, counted.days - days);
}

/** How often, and how many times, to ask again while a deletion waits out its undo window. */
const RETRY_MS = 2_000;
const RETRIES = 8;

/** What came of asking: a count, none to ask for (a site filter), or none yet (try later). */
export type CountOutcome = 'counted' | 'never' | 'later' | 'stale';

/** The count behind `listSetSize`, asked once per load of the day list and after deletions. */
export class RowCount {
  private counted: Counted | null = null;

  constructor(private readonly ask: AskCount) {}

  /** Forgets the count: the list is loaded again. */
  clear(): void {
    this.counted = null;
  }

  /**
   * Asks how many rows and days come after those loaded (before `next`), unless a site filter is
   * set (the store cannot count a site's engagements without reading each page): 'never'. The
   * worker says nothing while a deletion waits out its undo window: 'later', the count asked
   * before kept. 'stale': the list was loaded again meanwhile (`current()` false). Rejects with
   * what the worker threw.
   */
  async load(next: number, filters: Filters, current: () => boolean): Promise<CountOutcome> {
    if (filters.site !== undefined) return 'never';
    const range =
      filters.from === undefined ? { before: next } : { from: filters.from, before: next };
    const answer = await this.ask(range);
    if (!current()) return 'stale';
    if (answer === null) return 'later';
    this.counted = { before: next, ...answer };
    return 'counted';
  }

  /**
   * `load` for the list as it is (`next`: the next batch's `before`, null when all are loaded),
   * asked again every RETRY_MS while the worker says 'later' (a deletion in its undo window, up to
   * RETRIES times); `counted` runs once a count arrived for the current load. Errors leave the
   * count as it was.
   */
  follow(
    list: { next: () => number | null; filters: () => Filters },
    current: () => boolean,
    counted: () => void,
    tries = RETRIES,
  ): void {
    const next = list.next();
    if (next === null) return;
    void this.load(next, list.filters(), current).then(
      (outcome) => {
        if (outcome === 'counted') counted();
        if (outcome !== 'later' || tries <= 1) return;
        setTimeout(() => {
          if (current()) this.follow(list, current, counted, tries - 1);
        }, RETRY_MS);
      },
      () => undefined,
    );
  }

  /** `listSetSize` of the list's `items`, `more` still to load. */
  size(items: readonly ListItem[], more: boolean): number {
    return listSetSize(items, more, this.counted);
  }
}
