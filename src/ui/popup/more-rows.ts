import type { PageRow } from '../../store/page-rows';

/**
 * Which rows of the longer answer `rows` to append under the `drawn` first screen, in `rows`'
 * order. Without a query both answers are the newest pages, so the first screen is a prefix of
 * the longer one: only the rows after the last one drawn are new (a page read meanwhile would
 * sort above the screen and waits for the next refresh). With a query the two answers rank
 * different sets (search ranks only the newest matches, store/search-store.ts), so a top older
 * match may be missing from the first screen and sit anywhere in `rows`: every row not yet drawn
 * is appended. Rows are told apart by `appActivityId`; none is ever drawn twice.
 */
export function rowsToAppend(
  drawn: readonly PageRow[],
  rows: readonly PageRow[],
  query: string,
): PageRow[] {
  const ids = new Set(drawn.map((row) => row.appActivityId));
  const after = query === '' ? rows.findLastIndex((row) => ids.has(row.appActivityId)) + 1 : 0;
  return rows.slice(after).filter((row) => !ids.has(row.appActivityId));
}
