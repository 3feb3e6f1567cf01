/**
 * The day list's headings: each local day's total reading time, asked of the worker once per day
 * ('engagement-totals', whole days rather than the loaded rows; a deletion in its undo window is
 * left out there), brought up when the page being read has said its input, and taken down at once
 * by a deletion.
 */
import { roundShown } from '../../tracking/shown-rounding';
import { addDays, startOfDay, type DisplayRow } from './days';

/** Asks the worker the engaged ms of each [start, end) epoch-ms range ('engagement-totals'). */
export type AskTotals = (ranges: [number, number][]) => Promise<{ activeMs: number }[]>;

/** See the file comment. Totals are ms by local day start (days.ts `startOfDay`). */
export class DayTotals {
  private totals = new Map<number, number>();

  constructor(private readonly ask: AskTotals) {}

  /** Forgets every total: pages read, deleted or restored (undo) since change them. */
  clear(): void {
    this.totals = new Map();
  }

  /**
   * Asks the totals of the days of `rows` not known yet, and those of the days `again` (their rows
   * moved up: the page being read said its input). A total never goes down here: an answer lower
   * than the one shown was asked before that input was banked. The answer is dropped once
   * `current()` is false (the list started again). Rejects with what the worker threw.
   */
  async load(
    rows: readonly Pick<DisplayRow, 'at'>[],
    current: () => boolean,
    again: readonly number[] = [],
  ): Promise<void> {
    const missing = rows.map((row) => startOfDay(row.at)).filter((day) => !this.totals.has(day));
    const days = [...new Set([...missing, ...again])];
    if (days.length === 0) return;
    const answer = await this.ask(days.map((day) => [day, addDays(day, 1)]));
    if (!current()) return;
    days.forEach((day, i) => {
      this.totals.set(day, Math.max(answer[i]?.activeMs ?? 0, this.totals.get(day) ?? 0));
    });
  }

  /**
   * What the headings show: the worker's totals, or with a site filter the sum of the site's rows
   * (`rows`, all loaded once the list is past the day), each at the time it shows (roundShown),
   * as the worker sums them.
   */
  shown(rows: readonly Pick<DisplayRow, 'at' | 'activeMs'>[], site?: string): Map<number, number> {
    if (site === undefined) return this.totals;
    const totals = new Map<number, number>();
    for (const row of rows) {
      const day = startOfDay(row.at);
      totals.set(day, (totals.get(day) ?? 0) + roundShown(row.activeMs));
    }
    return totals;
  }

  /**
   * Takes the reading time of deleted rows off their days at once, without asking the worker
   * again (which leaves a deletion in its undo window out of the days it is asked for).
   */
  remove(removed: readonly Pick<DisplayRow, 'at' | 'activeMs'>[]): void {
    this.totals = totalsWithout(this.totals, removed);
  }
}

/**
 * Day totals (ms by local day start) less the reading time of `removed` rows as they showed it
 * (roundShown, as the totals were summed): the total a day heading shows once those rows are
 * deleted. Never below 0; days not in `totals` stay out (they are asked for when shown).
 */
export function totalsWithout(
  totals: ReadonlyMap<number, number>,
  removed: readonly Pick<DisplayRow, 'at' | 'activeMs'>[],
): Map<number, number> {
  const result = new Map(totals);
  for (const row of removed) {
    const day = startOfDay(row.at);
    const total = result.get(day);
    if (total !== undefined) result.set(day, Math.max(0, total - roundShown(row.activeMs)));
  }
  return result;
}
