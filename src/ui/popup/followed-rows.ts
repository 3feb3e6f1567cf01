// What the popup's list becomes after a sync pass ends while it is open (popup-view.ts
// `followPass`): the pass may have pulled pages read on other devices, their time and where they
// were read, or pages deleted there (src/devices). Pure: the view asks the worker and draws.
import type { PageRow } from '../../store/page-rows';
import { withFresherTimes } from '../fresher-times';

/** The rows to show after a pass, and whether the list must be drawn anew to show them. */
export interface FollowedRows {
  /** The answer's rows, each page's time never below the one on screen (issue #13 item 7). */
  rows: PageRow[];
  /**
   * False when the answer holds the same pages in the same order as the screen: only the rows'
   * "site · Read for · when" lines change, drawn in place (focus, an open card preview and an
   * Undo row stay). True when a page came, went or moved.
   */
  redraw: boolean;
}

/**
 * The rows `fresh` (the worker's answer after the pass, for the query on screen) as the popup
 * shows them, given the `shown` rows: a time on screen never goes down (the answer may be older
 * than the live time the page being read said, or raced by a delete), and the list is redrawn
 * only when its pages differ.
 */
export function followedRows(shown: readonly PageRow[], fresh: readonly PageRow[]): FollowedRows {
  const rows = withFresherTimes(fresh, shown);
  const same =
    rows.length === shown.length &&
    rows.every((row, i) => row.appActivityId === shown[i]?.appActivityId);
  return { rows: [...rows], redraw: !same };
}
