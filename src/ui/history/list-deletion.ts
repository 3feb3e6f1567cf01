// How the history list deletes: the rows go at once, the deletion waits out its undo window in
// the worker ('schedule-deletion'), the undo bar offers Undo, and focus lands on a kept row.
import { t } from '../../i18n/i18n';
import type { ScheduledDeletion } from '../../messaging/contract';
import type { DeletionScope } from '../../deletion/scope-match';
import { sendToWorker } from '../../messaging/client';
import { showUndo } from '../control/undo-bar';
import type { DisplayRow } from './days';
import type { ListParts } from './list-parts';
import { keptNeighbours, type RowFocus } from './row-focus';
import type { Selection } from './selection';

/**
 * The deletions this page scheduled itself: the worker's note of each (list-follow.ts) must not
 * drop its rows a second time, nor reload the list on its Undo, which this page handles.
 */
export class OwnDeletions {
  private readonly ids = new Set<string>();
  private latest: Promise<unknown> = Promise.resolve();

  /** Schedules a deletion through the worker, remembered as this page's. */
  schedule(request: { scope: DeletionScope; alsoTimeline: boolean }): Promise<ScheduledDeletion> {
    const asked = sendToWorker('schedule-deletion', request).then((scheduled) => {
      this.ids.add(scheduled.deletionId);
      return scheduled;
    });
    this.latest = asked.catch(() => undefined);
    return asked;
  }

  /** Settles once the latest deletion asked here is answered (its note may come first). */
  async settled(): Promise<void> {
    await this.latest;
  }

  /** Whether this page scheduled the deletion. */
  has(deletionId: string): boolean {
    return this.ids.has(deletionId);
  }
}

/** The part of HistoryList a deletion works on. */
export interface DeletableList {
  readonly parts: ListParts;
  /** The deletions scheduled here. */
  readonly own: OwnDeletions;
  readonly focus: RowFocus;
  readonly selection: Selection;
  readonly rows: readonly DisplayRow[];
  /** The list shows pages found (search, unfinished), not the day list. */
  readonly found: boolean;
  focusedRow(): DisplayRow | undefined;
  drop(covered: (row: DisplayRow) => boolean): DisplayRow[];
  /** Loads the list again; `keepPlace`: where the reader was, not at the top. */
  reload(keepPlace?: boolean): Promise<void>;
}

/** The rows deleted since the list was loaded, by what each deletion covers. */
export class DeletedRows {
  private readonly covers: ((row: DisplayRow) => boolean)[] = [];

  /** Adds a deletion: `covered` says which rows it deletes. */
  add(covered: (row: DisplayRow) => boolean): void {
    this.covers.push(covered);
  }

  /** Whether a deletion added since covers `row`. */
  has(row: DisplayRow): boolean {
    return this.covers.some((covered) => covered(row));
  }
}

/** Where focus goes once rows are deleted: a row (by key), else the list itself. */
export interface FocusAfter {
  /** Keys of rows to focus, the first still listed wins. */
  rows: (string | undefined)[];
  /** Whether focus is moved at all (it was in the list, or the deletion was asked from it). */
  move: boolean;
}

/**
 * Once a deletion is scheduled: shows "<what> · Undo" in the undo bar (Undo draws the list
 * again), and puts focus on the first kept row of `after`, else on the list, when it moves;
 * when it does not, on Undo, rather than losing it to the page (a bar's button went with the rows).
 */
export function offerUndo(
  list: DeletableList,
  what: string,
  scheduled: ScheduledDeletion,
  after: FocusAfter,
): void {
  list.parts.status.textContent = what;
  showUndo(
    list.parts.undoBar,
    what,
    scheduled,
    // Undone: the rows are back; draw the list again, the reader kept where they were.
    (outcome) => (outcome === 'undone' ? list.reload(true) : undefined),
    { focus: !after.move, refocus: list.parts.list },
  );
  if (!after.move) return;
  const index = (key: string | undefined) =>
    list.focus.indexOf(list.rows.find((row) => row.key === key));
  const target = after.rows.map(index).find((found) => found !== undefined);
  const fallback = list.focus.nearestRow(0, 1);
  if (target !== undefined || fallback !== undefined) list.focus.focus(target ?? fallback);
  else list.parts.list.focus();
}

/**
 * Deletes pages (a row's Delete, "Delete selected") through the worker, every engagement of each,
 * here and in the Timeline; drops their rows here, and keeps focus at the same place: the row that
 * followed the deleted one, else the one before.
 */
export async function deletePages(list: DeletableList, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const titles = new Map(list.rows.map((row) => [row.appActivityId, row.title]));
  // The same undo window as the popup: the rows go now, the pages when the window has passed.
  const scheduled = await list.own.schedule({
    scope: { from: 0, to: Date.now(), appActivityIds: [...ids] },
    alsoTimeline: true,
  });
  const gone = new Set(ids);
  const { after, before } = keptNeighbours(list.rows, gone, list.focusedRow()?.key);
  const hadFocus = list.focus.index >= 0 && list.parts.list.contains(document.activeElement);
  list.drop((row) => gone.has(row.appActivityId));
  const [only] = ids;
  const what =
    scheduled.pages === 1 && only !== undefined
      ? t('history_deleted', titles.get(only) ?? '')
      : t('history_deleted_many', String(scheduled.pages));
  // From a row, focus stays in the list (on the next row); from Delete selected, which goes with
  // the selection, it moves to Undo, and from Undo back to the list.
  offerUndo(list, what, scheduled, { rows: [after, before], move: hadFocus });
}
