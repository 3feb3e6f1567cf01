import type { IDBPTransaction } from 'idb';
import { holdsText } from '../search/text-match';
import { urlText } from '../search/terms';
import type { ActivityRecord, TimelineDb } from './schema';

/**
 * Search for a query with no search term (an emoji, "the", one letter; src/search/text-match.ts):
 * the newest pages are read in batches and their titles and URLs checked for the query as typed,
 * until `limit` match or TEXT_SCAN_LIMIT pages were read. No index holds such text, so the scan is
 * bounded: a query never reads a 50,000-page history.
 */

/** Most pages one text search reads, newest first. */
export const TEXT_SCAN_LIMIT = 10_000;
const BATCH = 200;

type ReadPage = ActivityRecord & { lastActiveAt: number };

/** The newest read pages whose title or URL holds `needle`; `complete` when none older can. */
export async function scanText(
  tx: IDBPTransaction<TimelineDb, ('activities' | 'historyItems')[]>,
  needle: string,
  limit: number,
): Promise<{ records: ReadPage[]; complete: boolean }> {
  const activities = tx.objectStore('activities');
  const records: ReadPage[] = [];
  let read = 0;
  let cursor = await activities.index('by-last-active').openKeyCursor(null, 'prev');
  while (cursor && records.length < limit && read < TEXT_SCAN_LIMIT) {
    const keys: string[] = [];
    while (cursor && keys.length < BATCH) {
      keys.push(cursor.primaryKey);
      cursor = await cursor.continue();
    }
    read += keys.length;
    const batch = await Promise.all(keys.map((key) => activities.get(key)));
    records.push(...batch.filter((record) => holdsNeedle(record, needle)));
  }
  return { records, complete: !cursor };
}

/** A read page whose title or URL (as stored, and its decoded words) holds `needle`. */
function holdsNeedle(record: ActivityRecord | undefined, needle: string): record is ReadPage {
  if (record?.lastActiveAt === undefined) return false;
  const { title, url } = record.metadata;
  return holdsText([title, url, urlText(url)], needle);
}
