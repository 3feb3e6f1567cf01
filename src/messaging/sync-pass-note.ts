// How the worker tells open extension pages that a sync pass ended: a note in storage.session
// (trusted contexts only: no page script can write it), which `storage.onChanged` brings to every
// open page. The note holds only the time; a page that follows it asks `get-status` for the facts.

/** The storage.session key of the note: when the last sync pass ended (ms since the epoch). */
export const SYNC_PASS_NOTE_KEY = 'sync-pass-ended';

/** The part of storage.session the note needs. */
export interface SyncPassNoteArea {
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Notes that a pass ended at `at`. Never throws: a page left a pass behind redraws on its next
 * opening, which is no reason to fail the pass.
 */
export async function noteSyncPassEnded(area: SyncPassNoteArea, at: number): Promise<void> {
  try {
    await area.set({ [SYNC_PASS_NOTE_KEY]: at });
  } catch {
    // storage.session refused (a browser without it): the pages keep their last line.
  }
}

/** Whether a `storage.onChanged` event is the worker's note of a pass that ended. */
export function isSyncPassNote(changes: Record<string, unknown>, area: string): boolean {
  return area === 'session' && SYNC_PASS_NOTE_KEY in changes;
}
