// The history list follows deletions made anywhere while it is open (the popup's ✕, options'
// "Clear reading history", another history tab, the retention period, signing out with "delete
// my history"): the worker's note of each (messaging/deletion-note.ts), heard through
// `storage.onChanged` as sync passes are (../sync-status-feed.ts). No polling. A deletion
// scheduled elsewhere drops its rows at once, as this page's own do; its Undo, or a deletion with
// no undo window, loads the list again. Focus stays on the row that had it, else on the next kept
// row.
import type { DeletionScope } from '../../deletion/scope-match';
import type { DeletionNote } from '../../messaging/deletion-note';
import { onDeletionNote, type DeletionNoteListener } from '../deletion-feed';
import { coversRow } from './delete-scopes';
import type { DisplayRow } from './days';
import type { DeletableList } from './list-deletion';
import { rowsAround } from './scope-deletion';

/** What the list does with a note: nothing, drop the rows a scope covers, or load again. */
export type FollowStep =
  { kind: 'none' } | { kind: 'drop'; scope: DeletionScope } | { kind: 'reload' };

/**
 * What a note asks of the list. Pure. A scope is matched on rows here only where that is exact
 * (coversRow): the day list's engagements, or found pages deleted whole (a selection); a scope
 * naming a `site` (a host pattern, matched with the Public Suffix List in the worker), or a range
 * over found pages (a page may keep other readings), loads the list again instead. `own`: the
 * deletion was scheduled on this page, which has dropped its rows and handles its Undo.
 */
export function followStep(note: DeletionNote, searching: boolean, own: boolean): FollowStep {
  switch (note.kind) {
    case 'applied':
      // Its rows were hidden when it was scheduled.
      return { kind: 'none' };
    case 'deleted':
      return { kind: 'reload' };
    case 'undone':
      return own ? { kind: 'none' } : { kind: 'reload' };
    case 'scheduled': {
      if (own) return { kind: 'none' };
      const { scope } = note;
      const wholePages = scope.appActivityIds !== undefined && scope.from === 0;
      if (scope.site !== undefined || (searching && !wholePages)) return { kind: 'reload' };
      return { kind: 'drop', scope };
    }
  }
}

/**
 * The key of the row to hold focus once rows `covered` go: the focused row if kept, else the
 * next kept row (older), else the one before. Undefined when no row had focus or none is left.
 */
export function focusKeyAfter(
  rows: readonly DisplayRow[],
  covered: (row: DisplayRow) => boolean,
  focusedKey: string | undefined,
): string | undefined {
  const focused = rows.find((row) => row.key === focusedKey);
  if (!focused) return undefined;
  if (!covered(focused)) return focused.key;
  const [older, newer] = rowsAround(rows, covered, focused.key);
  return older ?? newer;
}

/** The part of HistoryList that following works on. */
export interface FollowingList extends DeletableList {
  /** Something was deleted while the page was open (the empty list says so). */
  deleted: boolean;
  countRest(): void;
  /** Draws the list from its rows (`redraw`: the same items, focus kept). */
  show(redraw?: boolean): void;
}

/** Puts the list's tab stop on the row keyed `key`, focused when the list had focus. */
function refocus(list: FollowingList, key: string | undefined, hadFocus: boolean): void {
  const index = list.focus.indexOf(list.rows.find((row) => row.key === key));
  if (hadFocus) {
    if (index !== undefined) list.focus.focus(index);
    else list.parts.list.focus();
    return;
  }
  list.focus.index = index ?? -1;
  list.show(true);
}

/**
 * Loads the list again where the reader was (list-place.ts: not back at its top), the row that
 * had focus keeping it when it is still listed.
 */
async function reloadKeepingFocus(list: FollowingList): Promise<void> {
  const key = list.focusedRow()?.key;
  const hadFocus = list.parts.list.contains(document.activeElement);
  await list.reload(true);
  if (key !== undefined) refocus(list, key, hadFocus);
}

/**
 * Follows deletions made elsewhere: from now on, each note the worker writes is applied to the
 * list (`followStep`). Notes are handled one after another, each after this page's own latest
 * deletion is answered (the note of it may come before the answer).
 */
export function followDeletions(
  list: FollowingList,
  notes: DeletionNoteListener = onDeletionNote,
): void {
  let queue: Promise<void> = Promise.resolve();
  const handle = async (note: DeletionNote): Promise<void> => {
    await list.own.settled();
    const own = 'deletionId' in note && list.own.has(note.deletionId);
    const step = followStep(note, list.found, own);
    if (step.kind === 'reload') {
      if (note.kind !== 'undone') list.deleted = true;
      await reloadKeepingFocus(list);
      return;
    }
    if (step.kind === 'none') return;
    const { scope } = step;
    const covered = (row: DisplayRow) => coversRow(scope, row);
    if (!list.rows.some(covered)) {
      // Nothing loaded is covered; rows not loaded yet may be: their count follows.
      list.countRest();
      return;
    }
    const hadFocus = list.parts.list.contains(document.activeElement);
    const key = focusKeyAfter(list.rows, covered, list.focusedRow()?.key);
    list.drop(covered);
    refocus(list, key, hadFocus);
  };
  notes((note) => {
    queue = queue.then(() => handle(note)).catch(() => undefined);
  });
}
