// The history page's sync line: the popup's line and button (../sync-line-view.ts) above the list,
// on the page where people review and delete what is published to their Microsoft Timeline.
// Left out while sync was never used (syncNeverUsed). Follows every pass the worker ends while the
// page is open (../sync-status-feed.ts), and is asked again when the tab comes back into view, so
// "last synced just now" does not stay on screen for an hour; never polls.
import type { SyncOverview } from '../../messaging/contract';
import { syncNeverUsed } from '../sync-line';
import { SyncLineView, type SyncButtonActions, type SyncLineElements } from '../sync-line-view';
import { followSyncStatus, type SyncPassListener } from '../sync-status-feed';

/** What the history page's sync line needs from the page and the worker. */
export interface HistorySyncOptions extends SyncButtonActions {
  /** The line's elements; `container` is hidden while the line is left out. */
  elements: SyncLineElements;
  /** The catalog's language tag (messageLocale). */
  locale: string;
  /** The sync overview now (the worker's `get-status`). */
  ask: () => Promise<SyncOverview>;
  /** Each overview drawn, "Sync now"'s answer included (the page's refused writes follow it). */
  drawn?: (sync: SyncOverview) => void;
  /** Where pass ends are heard; the worker's note by default. */
  passes?: SyncPassListener;
  /** The document whose visibility brings a redraw; `document` by default. */
  page?: Document;
}

/**
 * Mounts the sync line and draws it as soon as the worker answers. Returns `refresh`, which asks
 * for the status again and draws it.
 */
export function mountHistorySync(options: HistorySyncOptions): () => Promise<void> {
  const { elements, page = document } = options;
  const view = new SyncLineView(elements, options.locale);
  // Shown or left out by each overview drawn, "Sync now"'s answer included.
  const place = (sync: SyncOverview): void => {
    elements.container.hidden = syncNeverUsed(sync);
    options.drawn?.(sync);
  };
  view.wireButton({
    syncNow: options.syncNow,
    signIn: options.signIn,
    synced: (sync) => {
      place(sync);
      options.synced?.(sync);
    },
  });
  // A worker that does not answer leaves the line as it was (hidden before its first answer).
  const refresh = followSyncStatus({
    ask: options.ask,
    draw: (sync) => {
      view.show(sync);
      place(sync);
    },
    ...(options.passes ? { passes: options.passes } : {}),
  });
  page.addEventListener('visibilitychange', () => {
    if (page.visibilityState === 'visible') void refresh();
  });
  return refresh;
}
