// Deletions as an open extension page hears of them: the worker's note of each scheduled, undone
// or applied deletion (messaging/deletion-note.ts) in storage.session, which `storage.onChanged`
// brings to every open page, validated on receipt. Never polls (as sync-status-feed.ts).
import browser from 'webextension-polyfill';
import { deletionNoteOf, type DeletionNote } from '../messaging/deletion-note';

/** Registers `onNote`, called with each deletion note the worker writes while the page is open. */
export type DeletionNoteListener = (onNote: (note: DeletionNote) => void) => void;

/** The browser's: the worker's note through `storage.onChanged`; a malformed note is ignored. */
export const onDeletionNote: DeletionNoteListener = (onNote) => {
  browser.storage.onChanged.addListener((changes, area) => {
    const note = deletionNoteOf(changes, area);
    if (note) onNote(note);
  });
};
