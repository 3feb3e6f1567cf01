import type { PageMetadata } from '../activity/page-metadata';
import type { Db } from './db';
import type { ActivityRecord, HistoryItemRecord } from './schema';

/** What the popup lists: one read page with its total time. */
export interface ActivitySummary {
  appActivityId: string;
  metadata: PageMetadata;
  lastActiveAt: number;
  activeMs: number;
  historyItems: HistoryItemRecord[];
}

export interface ListOptions {
  /** Case-insensitive words that must all appear in the title, site, URL or description. */
  query?: string;
  limit?: number;
}

/** Saves what the page says about itself, keeping when it was first seen and last read. */
export async function recordPage(db: Db, metadata: PageMetadata, now: number): Promise<void> {
  const tx = db.transaction('activities', 'readwrite');
  const existing = await tx.store.get(metadata.appActivityId);
  const record: ActivityRecord = {
    appActivityId: metadata.appActivityId,
    metadata,
    firstSeenAt: existing?.firstSeenAt ?? now,
  };
  if (existing?.lastActiveAt !== undefined) record.lastActiveAt = existing.lastActiveAt;
  await tx.store.put(record);
  await tx.done;
}

/** Pages that have been read (have a kept engagement), most recently read first. */
export async function listRecentActivities(
  db: Db,
  { query = '', limit = 500 }: ListOptions = {},
): Promise<ActivitySummary[]> {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const items = tx.objectStore('historyItems').index('by-activity');
  const results: ActivitySummary[] = [];
  let cursor = await tx.objectStore('activities').index('by-last-active').openCursor(null, 'prev');
  while (cursor && results.length < limit) {
    const record = cursor.value;
    if (record.lastActiveAt !== undefined && matches(record.metadata, words)) {
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

/** Removes a page and every engagement with it. Returns false when there was nothing to delete. */
export async function deleteActivity(db: Db, appActivityId: string): Promise<boolean> {
  const tx = db.transaction(['activities', 'historyItems'], 'readwrite');
  const existed = (await tx.objectStore('activities').getKey(appActivityId)) !== undefined;
  await tx.objectStore('activities').delete(appActivityId);
  const items = tx.objectStore('historyItems');
  for (const key of await items.index('by-activity').getAllKeys(appActivityId)) {
    await items.delete(key);
  }
  await tx.done;
  return existed;
}

function matches(metadata: PageMetadata, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [metadata.title, metadata.siteName, metadata.url, metadata.description]
    .filter((part): part is string => typeof part === 'string')
    .join(' ')
    .toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}
