/**
 * How many items the history list has in all, loaded or not: its `aria-setsize`, so a screen
 * reader says "12 of 3,400" on a list that draws only the items near the view (virtual-list.ts)
 * and loads the day list in batches as it is scrolled (list-source.ts). The items are the rows and
 * the day headings, each a list item (day-heading.ts: it holds the day's "Delete day").
 */
import type { CountQuery, EngagementCount } from '../../store/engagement-count';
import { startOfDay, type DisplayRow, type ListItem } from './days';
import type { Filters } from './list-filters';

/**
 * Asks the worker how many engagements, and days, are in [from, before), of `site` when set
 * ('count-engagements'; what a deletion waiting out its undo window removes left out).
 */
export type AskCount = (query: CountQuery) => Promise<EngagementCount>;

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

/**
 * `counted` less the rows a deletion took off the list (`dropped`) that it counted: those loaded
 * after it was asked (older than its `before`). The rows loaded before were never in it, and
 * leave `listSetSize` with their items. What the deletion takes that is not loaded yet only the
 * worker knows: the list asks again at once (`RowCount.follow`). Days are left as they were until
 * then (whether a day keeps rows not loaded, only the worker knows). Pure.
 */
export function withoutDropped(
  counted: Counted,
  dropped: readonly Pick<DisplayRow, 'at'>[],
): Counted {
  const counts = dropped.filter((row) => row.at < counted.before).length;
  return { ...counted, engagements: Math.max(0, counted.engagements - counts) };
}

/** What came of asking: a count, or none for a load or ask since replaced ('stale'). */
export type CountOutcome = 'counted' | 'stale';

/** The count behind `listSetSize`, asked once per load of the day list and after deletions. */
export class RowCount {
  private counted: Counted | null = null;
  /** Each ask's number: only the latest ask's answer is kept (one asked before a deletion is not). */
  private asked = 0;

  constructor(private readonly ask: AskCount) {}

  /** Forgets the count: the list is loaded again (after Undo too: the rows are back). */
  clear(): void {
    this.counted = null;
    this.asked++;
  }

  /**
   * Asks how many rows and days come after those loaded (before `next`), within the filters' start
   * and site. 'stale': the list was loaded again meanwhile (`current()` false), or asked again
   * since. Rejects with what the worker threw.
   */
  async load(next: number, filters: Filters, current: () => boolean): Promise<CountOutcome> {
    const query: CountQuery = { before: next };
    if (filters.from !== undefined) query.from = filters.from;
    if (filters.site !== undefined) query.site = filters.site;
    const ask = ++this.asked;
    const answer = await this.ask(query);
    if (!current() || ask !== this.asked) return 'stale';
    this.counted = { before: next, ...answer };
    return 'counted';
  }

  /**
   * `load` for the list as it is (`next`: the next batch's `before`, null when all are loaded);
   * `counted` runs once a count arrived for the current load. Errors leave the count as it was.
   */
  follow(
    list: { next: () => number | null; filters: () => Filters },
    current: () => boolean,
    counted: () => void,
  ): void {
    const next = list.next();
    if (next === null) return;
    void this.load(next, list.filters(), current).then(
      (outcome) => {
        if (outcome === 'counted') counted();
      },
      () => undefined,
    );
  }

  /**
   * Takes the rows a deletion dropped from the list out of the count at once
   * (`withoutDropped`), before the worker's new count arrives.
   */
  drop(rows: readonly Pick<DisplayRow, 'at'>[]): void {
    if (this.counted) this.counted = withoutDropped(this.counted, rows);
  }

  /** `listSetSize` of the list's `items`, `more` still to load. */
  size(items: readonly ListItem[], more: boolean): number {
    return listSetSize(items, more, this.counted);
  }
}
