// The sync status as an open extension page follows it: asked for when the page wants it, and
// again after every pass the worker ends (its note in storage.session, messaging/sync-pass-note.ts),
// which `storage.onChanged` brings to every open page. Never polls: a page learns of a pass when
// it ends, whoever asked for it (the alarm, a read, "Sync now" in the popup).
import browser from 'webextension-polyfill';
import type { SyncOverview } from '../messaging/contract';
import { isSyncPassNote } from '../messaging/sync-pass-note';

/** Registers `onPass`, called after each sync pass the worker ends while the page is open. */
export type SyncPassListener = (onPass: () => void) => void;

/** The browser's: the worker's note of each pass, through `storage.onChanged`. */
export const onSyncPassEnded: SyncPassListener = (onPass) => {
  browser.storage.onChanged.addListener((changes, area) => {
    if (isSyncPassNote(changes, area)) onPass();
  });
};

/** What a page following the sync status gives: where the status comes from, and its drawing. */
export interface SyncStatusFeed {
  /** The sync overview now (the worker's `get-status`). */
  ask: () => Promise<SyncOverview>;
  /** Draws an overview: only the latest asked for is drawn. */
  draw: (sync: SyncOverview) => void;
  /** The latest ask failed (the worker did not answer). */
  failed?: (error: unknown) => void;
  /** Where pass ends are heard; the worker's note by default. */
  passes?: SyncPassListener;
}

/**
 * Follows the sync status: from now on, each pass the worker ends is asked about and drawn.
 * Returns `refresh`, which asks now (the page's first drawing, after its own changes). An answer
 * older than the latest one asked for is dropped, however late it arrives.
 */
export function followSyncStatus(feed: SyncStatusFeed): () => Promise<void> {
  let seq = 0;
  const refresh = async (): Promise<void> => {
    const mine = ++seq;
    try {
      const sync = await feed.ask();
      if (mine === seq) feed.draw(sync);
    } catch (error) {
      if (mine === seq) feed.failed?.(error);
    }
  };
  (feed.passes ?? onSyncPassEnded)(() => void refresh());
  return refresh;
}
