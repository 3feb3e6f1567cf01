/** A row that shows a page's reading time: the popup's `PageRow`, the history page's `DisplayRow`. */
export interface TimedRow {
  appActivityId: string;
  /** Engaged reading time, ms. */
  activeMs: number;
}

/**
 * The `drawn` rows with the reading time of the same pages in the later answer `rows` where it is
 * higher (the page being read has said its pending input since the first screen: a list drawn
 * with `collectEvidence: false`, messaging/contract.ts). A time never goes down on screen: a lower
 * one (an answer raced by a delete, a clock step) is ignored. Returns `drawn` itself when nothing
 * moved (so a caller can skip redrawing).
 */
export function withFresherTimes<T extends TimedRow>(
  drawn: readonly T[],
  rows: readonly TimedRow[],
): T[] {
  const fresher = new Map(rows.map((row) => [row.appActivityId, row.activeMs]));
  const updated = drawn.map((row) => {
    const activeMs = fresher.get(row.appActivityId) ?? row.activeMs;
    return activeMs > row.activeMs ? { ...row, activeMs } : row;
  });
  // The same array back means "nothing to redraw"; callers never mutate what they drew.
  return updated.some((row, i) => row !== drawn[i]) ? updated : (drawn as T[]);
}
