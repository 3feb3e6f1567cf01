import type { PageRow } from '../../store/page-rows';

/** Rows of a longer answer that the drawn first screen lacks: to draw above it and below it. */
export interface NewRows {
  /** Newer than every drawn row: the page being read when it was not yet stored. */
  above: PageRow[];
  below: PageRow[];
}

/**
 * Which rows of the longer answer `rows` to add around the `drawn` first screen, each part in
 * `rows`' order. Without a query both answers are the newest pages, so the first screen is a
 * prefix of the longer one but for the page being read: an engagement is stored only once it
 * reaches the 5 s minimum (tracking/accrual.ts), so a page read 5–9 s is in the longer answer
 * alone (it waits for the page to say its pending input), ahead of the drawn rows, and goes
 * `above`; the rows after the last one drawn go `below`. With a query the two answers rank
 * different sets (search ranks only the newest matches, store/search-store.ts), so a top older
 * match may be missing from the first screen and sit anywhere in `rows`: every row not yet drawn
 * goes `below`. Rows are told apart by `appActivityId`; none is ever drawn twice.
 */
export function placeNewRows(
  drawn: readonly PageRow[],
  rows: readonly PageRow[],
  query: string,
): NewRows {
  const ids = new Set(drawn.map((row) => row.appActivityId));
  const isNew = (row: PageRow) => !ids.has(row.appActivityId);
  if (query !== '') return { above: [], below: rows.filter(isNew) };
  const first = rows.findIndex((row) => ids.has(row.appActivityId));
  if (first === -1) return { above: [], below: rows.filter(isNew) };
  const last = rows.findLastIndex((row) => ids.has(row.appActivityId));
  return { above: rows.slice(0, first).filter(isNew), below: rows.slice(last + 1).filter(isNew) };
}
