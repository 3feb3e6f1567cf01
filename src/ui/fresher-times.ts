/** A row that shows a page's reading time: the popup's `PageRow`, the history page's `DisplayRow`. */
export interface TimedRow {
  appActivityId: string;
  /** Engaged reading time, ms. */
  activeMs: number;
}

/**
 * The `drawn` rows with the reading time of the same rows in the later answer `rows` where it is
 * higher (the page being read has said its pending input since the first screen: a list drawn
 * with `collectEvidence: false`, messaging/contract.ts). Rows are matched by `keyOf`: the page by
 * default; the history's day list matches engagements (a page read twice has two rows). A time
 * never goes down on screen: a lower one (an answer raced by a delete, a clock step) is ignored.
 * Returns `drawn` itself when nothing moved (so a caller can skip redrawing).
 */
export function withFresherTimes<T extends R, R extends TimedRow = TimedRow>(
  drawn: readonly T[],
  rows: readonly R[],
  keyOf: (row: R) => string = (row) => row.appActivityId,
): T[] {
  const fresher = new Map(rows.map((row) => [keyOf(row), row.activeMs]));
  const updated = drawn.map((row) => {
    const activeMs = fresher.get(keyOf(row)) ?? row.activeMs;
    return activeMs > row.activeMs ? { ...row, activeMs } : row;
  });
  // The same array back means "nothing to redraw"; callers never mutate what they drew.
  return updated.some((row, i) => row !== drawn[i]) ? updated : (drawn as T[]);
}
