// What the store's tests read back: every page read, straight from IndexedDB. Product lists go
// through search-store.ts (the popup) and history-store.ts (the history page).
import type { PageMetadata } from '../../activity/page-metadata';
import type { Db } from '../db';
import type { HistoryItemRecord } from '../schema';

/** One read page with its engagements (newest first) and their total engaged ms. */
export interface ReadPageSummary {
  appActivityId: string;
  metadata: PageMetadata;
  /** Epoch ms of the end of its last engagement. */
  lastActiveAt: number;
  activeMs: number;
  historyItems: HistoryItemRecord[];
}

/** Pages that have been read (have a kept engagement), most recently read first. */
export async function listRecentActivities(db: Db): Promise<ReadPageSummary[]> {
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const items = tx.objectStore('historyItems').index('by-activity');
  const results: ReadPageSummary[] = [];
  let cursor = await tx.objectStore('activities').index('by-last-active').openCursor(null, 'prev');
  while (cursor) {
    const record = cursor.value;
    if (record.lastActiveAt !== undefined) {
      const historyItems = await items.getAll(record.appActivityId);
      historyItems.sort((a, b) => b.startedAt - a.startedAt);
      results.push({
        appActivityId: record.appActivityId,
        metadata: record.metadata,
        lastActiveAt: record.lastActiveAt,
        activeMs: historyItems.reduce((sum, item) => sum + item.activeMs, 0),
        historyItems,
      });
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return results;
}
