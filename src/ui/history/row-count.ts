/**
 * How many rows the history list has in all, loaded or not: its `aria-setsize`, so a screen reader
 * says "12 of 3,400" on a list that draws only the rows near the view (virtual-list.ts) and loads
 * the day list in batches as it is scrolled (list-source.ts).
 */
import type { DisplayRow } from './days';
import type { Filters } from './list-filters';

/** Asks the worker how many engagements started in [from, before) ('count-engagements'). */
export type AskCount = (range: { from?: number; before: number }) => Promise<{
  count: number | null;
}>;

/** What the worker counted: the engagements older than `before`, the batches still to load. */
export interface Counted {
  /** The `before` of the next batch when asked, epoch ms (exclusive). */
  before: number;
  /** Engagements that started before it (within the filters' `from`). */
  count: number;
  /** Rows deleted here since that started before it: still in `count`, no longer to come. */
  deleted: number;
}

/**
 * The list's `aria-setsize`: the rows loaded when no more are to come (`more` false: the whole
 * day list, or a search's rows, shown all at once); else the rows loaded and those still to come,
 * from what the worker counted before the next batch (rows loaded since then that started before
 * it were counted there, and rows added at the top since, the page being read, were not); -1
 * ("unknown", WAI-ARIA 1.2) when nothing was counted. Pure.
 */
export function listSetSize(
  rows: readonly Pick<DisplayRow, 'at'>[],
  more: boolean,
  counted: Counted | null,
): number {
  if (!more) return rows.length;
  if (!counted) return -1;
  const loadedSince = rows.filter((row) => row.at < counted.before).length;
  return rows.length + Math.max(0, counted.count - loadedSince - counted.deleted);
}

/** The count behind `listSetSize`, asked once per load of the day list. */
export class RowCount {
  private counted: Counted | null = null;

  constructor(private readonly ask: AskCount) {}

  /** Forgets the count: the list is loaded again. */
  clear(): void {
    this.counted = null;
  }

  /**
   * Asks how many rows come after the first batch (those before `next`), unless a site filter is
   * set (the store cannot count a site's engagements without reading each page). Resolves true
   * when a count arrived for the current load (`current()`); rejects with what the worker threw.
   */
  async load(next: number, filters: Filters, current: () => boolean): Promise<boolean> {
    if (filters.site !== undefined) return false;
    const range =
      filters.from === undefined ? { before: next } : { from: filters.from, before: next };
    const { count } = await this.ask(range);
    if (!current() || count === null) return false;
    this.counted = { before: next, count, deleted: 0 };
    return true;
  }

  /** Rows deleted from the list (their pages' rows), as `Counted.deleted` says. */
  remove(rows: readonly Pick<DisplayRow, 'at'>[]): void {
    const counted = this.counted;
    if (counted) counted.deleted += rows.filter((row) => row.at < counted.before).length;
  }

  /** `listSetSize` of the list's `rows`, `more` still to load. */
  size(rows: readonly Pick<DisplayRow, 'at'>[], more: boolean): number {
    return listSetSize(rows, more, this.counted);
  }
}
