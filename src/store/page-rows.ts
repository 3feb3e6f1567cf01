import type { Db } from './db';
import type { IDBPTransaction } from 'idb';
import { sumShown } from '../tracking/shown-rounding';
import type { ActivityRecord, TimelineDb } from './schema';

/**
 * The slim shapes the popup and the history page list: only the fields a row shows, so a reply
 * stays small however long the history is (no description, no engagements, no sync state).
 */

/** One read page as a row: what it is and how long it was read in all. */
export interface PageRow {
  appActivityId: string;
  title: string;
  url: string;
  siteName?: string;
  faviconUrl?: string;
  /** Epoch ms of the end of the last engagement. */
  lastActiveAt: number;
  /**
   * Sum of the page's kept engagements as lists show them, in ms: each rounded to its row's unit
   * (tracking/shown-rounding.ts sumShown), the engagement under way as last banked, so the popup's
   * figure is the history page's rows of this page added up, never a second number for them.
   */
  activeMs: number;
  /**
   * How many engagements (reading sessions) that sum holds, when more than one: the history page
   * lists each on its own row, so the popup says the page's time is theirs together.
   */
  sessions?: number;
  /** Reading progress through the main text, 0–100; absent until the reader scrolled. */
  progress?: number;
  /** Read to its end (src/store/reading-store.ts). */
  finished?: boolean;
  /** Has a remembered passage to resume at. */
  resumable?: boolean;
  /** Where it was read, when another device read it too (src/devices/device-labels.ts). */
  devices?: string[];
}

/** One engagement (a Graph history item) as a row of the history page, with its page's label. */
export interface EngagementRow {
  /** The history item's GUID. */
  id: string;
  appActivityId: string;
  title: string;
  url: string;
  siteName?: string;
  faviconUrl?: string;
  /** Epoch ms. */
  startedAt: number;
  lastActiveAt: number;
  activeMs: number;
  /**
   * Read on another device: that device's node as stored, its name once the worker has named it
   * (src/devices/device-labels.ts). Absent: read here.
   */
  device?: string;
}

type ReadTx = IDBPTransaction<TimelineDb, ('activities' | 'historyItems')[]>;

/** A page's engagements summed as shown (sumShown): total ms and how many engagements. */
export interface PageTotals {
  activeMs: number;
  sessions: number;
}

/**
 * The totals of one page's stored engagements: each at the time its history row shows (sumShown),
 * so 2 × 90 s is "4 min" like the two "2 min" rows, not the exact 3 min.
 */
export function totalsOf(items: readonly { activeMs: number }[]): PageTotals {
  return { activeMs: sumShown(items.map((item) => item.activeMs)), sessions: items.length };
}

/** The row fields of a stored page; its totals are read by the caller (none: a page never read). */
export function pageRowOf(
  record: ActivityRecord,
  { activeMs, sessions }: PageTotals = { activeMs: 0, sessions: 0 },
): PageRow {
  const { metadata } = record;
  const row: PageRow = {
    appActivityId: record.appActivityId,
    title: metadata.title,
    url: metadata.url,
    lastActiveAt: record.lastActiveAt ?? record.firstSeenAt,
    activeMs,
  };
  if (sessions > 1) row.sessions = sessions;
  if (metadata.siteName !== undefined) row.siteName = metadata.siteName;
  if (metadata.faviconUrl !== undefined) row.faviconUrl = metadata.faviconUrl;
  const { reading } = record;
  if (reading) {
    row.progress = reading.progress;
    if (reading.finishedAt !== undefined) row.finished = true;
    if (reading.resumeAt !== undefined) row.resumable = true;
  }
  return row;
}

/** Totals of each page, read from the `by-activity` index (one range per page). */
export async function pageTotalsOf(
  tx: ReadTx,
  appActivityIds: readonly string[],
): Promise<Map<string, PageTotals>> {
  const index = tx.objectStore('historyItems').index('by-activity');
  // All requests are issued before any is awaited: IndexedDB answers them in one pass.
  const totals = await Promise.all(
    appActivityIds.map(async (id) => totalsOf(await index.getAll(id))),
  );
  return new Map(appActivityIds.map((id, i) => [id, totals[i] ?? totalsOf([])]));
}

/** Rows for these page ids, in the given order, skipping pages deleted meanwhile or never read. */
export async function pageRowsFor(
  tx: ReadTx,
  appActivityIds: readonly string[],
): Promise<PageRow[]> {
  const activities = tx.objectStore('activities');
  const [records, totals] = await Promise.all([
    Promise.all(appActivityIds.map((id) => activities.get(id))),
    pageTotalsOf(tx, appActivityIds),
  ]);
  return records.flatMap((record) =>
    record?.lastActiveAt !== undefined ? [pageRowOf(record, totals.get(record.appActivityId))] : [],
  );
}

/**
 * The most recently read pages, newest first: a cursor over `by-last-active` that stops after
 * `limit` pages, so the cost does not grow with the history. `before` (epoch ms, exclusive) pages
 * further back.
 */
export async function listRecentPages(
  db: Db,
  { limit, before }: { limit: number; before?: number },
): Promise<PageRow[]> {
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const range = before === undefined ? null : IDBKeyRange.upperBound(before, true);
  const ids: string[] = [];
  let cursor = await tx
    .objectStore('activities')
    .index('by-last-active')
    .openKeyCursor(range, 'prev');
  while (cursor && ids.length < limit) {
    ids.push(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  const rows = await pageRowsFor(tx, ids);
  await tx.done;
  return rows;
}
