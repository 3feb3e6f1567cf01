// How the worker tells open extension pages that the history changed by a deletion: a note in
// storage.session (trusted contexts only: no page script can write it), which `storage.onChanged`
// brings to every open page, as the sync pass note does (sync-pass-note.ts). A history page opened
// in another tab, the popup, the options page: each follows deletions made anywhere without
// polling. The note is validated on receipt: a malformed one is ignored.
import { parseDeletionScope, type DeletionScope } from '../deletion/scope-match';

/** The storage.session key of the note: the latest change to the history by a deletion. */
export const DELETION_NOTE_KEY = 'deletion-changed';

/**
 * A change to the history by a deletion. `at`: when it was noted, ms since the epoch (two notes
 * never look alike to `storage.onChanged`, which reports only a changed value).
 * - `scheduled`: a deletion waits out its undo window; what `scope` covers is hidden from now on.
 * - `undone`: a scheduled deletion was cancelled; what it hid is back.
 * - `applied`: scheduled deletions whose window ended were applied; what they hid was hidden
 *   already, so a list needs nothing new.
 * - `deleted`: something was deleted with no undo window (the retention period, the sweep of
 *   pages today's rules refuse, signing out with "delete my history"): a list asks again.
 */
export type DeletionNote =
  | { kind: 'scheduled'; at: number; deletionId: string; scope: DeletionScope }
  | { kind: 'undone'; at: number; deletionId: string }
  | { kind: 'applied'; at: number }
  | { kind: 'deleted'; at: number };

/** The part of storage.session the note needs. */
export interface DeletionNoteArea {
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Notes a change. Never throws: a page that misses it shows the change on its next opening,
 * which is no reason to fail the deletion.
 */
export async function noteDeletion(area: DeletionNoteArea, note: DeletionNote): Promise<void> {
  try {
    await area.set({ [DELETION_NOTE_KEY]: note });
  } catch {
    // storage.session refused (a browser without it): open pages keep their rows until reloaded.
  }
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= 200;

/** The note's value validated: null for anything that is not a well-formed note. */
export function parseDeletionNote(raw: unknown): DeletionNote | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { kind, at, deletionId, scope } = raw as Record<string, unknown>;
  if (!isTime(at)) return null;
  switch (kind) {
    case 'scheduled': {
      const parsed = parseDeletionScope(scope);
      return parsed && isId(deletionId) ? { kind, at, deletionId, scope: parsed } : null;
    }
    case 'undone':
      return isId(deletionId) ? { kind, at, deletionId } : null;
    case 'applied':
    case 'deleted':
      return { kind, at };
    default:
      return null;
  }
}

/**
 * The note a `storage.onChanged` event brings, validated; null when the event is not the note
 * (another key, another area) or the note is malformed.
 */
export function deletionNoteOf(
  changes: Record<string, { newValue?: unknown } | undefined>,
  area: string,
): DeletionNote | null {
  if (area !== 'session') return null;
  const change = changes[DELETION_NOTE_KEY];
  return change ? parseDeletionNote(change.newValue) : null;
}
