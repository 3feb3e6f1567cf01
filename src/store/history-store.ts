import { siteLabelOf } from '../activity/site-label';
import { roundShown } from '../tracking/shown-rounding';
import type { Db } from './db';
import type { EngagementRow } from './page-rows';
import type { ActivityRecord, HistoryItemRecord } from './schema';

/**
 * The history page's reads: engagements by start time through the `by-started` index, each a
 * bounded cursor or key range, so the first screen costs the same at 100 pages as at 50,000.
 */

export interface EngagementQuery {
  /** Only engagements started before this epoch ms (exclusive); the newest when absent. */
  before?: number;
  /** Only engagements started at or after this epoch ms. */
  from?: number;
  limit: number;
  /** Only pages whose site label (siteName, else host without www.) is this. */
  site?: string;
}

/** A filtered walk looks at most this many engagements per request, then says where it stopped. */
const SCAN_LIMIT = 20_000;
/** First time window read back from the newest engagement; doubled until the batch is full. */
const FIRST_WINDOW_MS = 6 * 3600 * 1000;

/**
 * Engagements newest first, with their pages' labels. `next` is the `before` of the following
 * batch, or null once the history (or the range) is exhausted.
 *
 * Read in time windows (one `getAll` of a `by-started` key range each, newest window first, each
 * twice as long as the one before) rather than a cursor step per engagement, and each window's
 * pages in one pipelined batch of gets: a first screen is a few requests at any history size.
 */
export async function listEngagements(
  db: Db,
  { before, from, limit, site }: EngagementQuery,
): Promise<{ rows: EngagementRow[]; next: number | null }> {
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const activities = tx.objectStore('activities');
  const index = tx.objectStore('historyItems').index('by-started');
  const pages = new Map<string, ActivityRecord | undefined>();
  const rows: EngagementRow[] = [];
  const bounds = startedRange(from, before);
  const [newest, oldest] = await Promise.all([
    index.openKeyCursor(bounds, 'prev').then((cursor) => cursor?.key),
    index.openKeyCursor(bounds, 'next').then((cursor) => cursor?.key),
  ]);
  let scanned = 0;
  let last: number | null = null;
  let more = false;
  if (newest !== undefined && oldest !== undefined) {
    // Each window is [lower, upper) (the first one [lower, newest]): the next one ends where this
    // one began, so none overlap.
    let upper = newest;
    let window = FIRST_WINDOW_MS;
    for (let first = true; first || upper > oldest; first = false) {
      const lower = Math.max(oldest, upper - window);
      const items = await index.getAll(IDBKeyRange.bound(lower, upper, false, !first));
      const missing = [...new Set(items.map((item) => item.appActivityId))].filter(
        (id) => !pages.has(id),
      );
      const records = await Promise.all(missing.map((id) => activities.get(id)));
      missing.forEach((id, i) => pages.set(id, records[i]));
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (!item) continue;
        // Ties at the batch edge stay in this batch: the next starts strictly before `last`.
        if ((rows.length >= limit && item.startedAt !== last) || scanned >= SCAN_LIMIT) {
          more = true;
          break;
        }
        scanned++;
        last = item.startedAt;
        const page = pages.get(item.appActivityId);
        if (page && (site === undefined || siteOf(page) === site)) {
          rows.push(engagementRow(item, page));
        }
      }
      if (more) break;
      upper = lower;
      window *= 2;
    }
  }
  await tx.done;
  return { rows, next: more && last !== null ? last : null };
}

/** Reading time per site over a range: for the per-site view and the top-sites chart. */
export interface SiteTotal {
  site: string;
  activeMs: number;
  /** Distinct pages read on the site in the range. */
  pages: number;
}

/**
 * Per-bin totals (bins given by their start, ascending) and per-site totals over [from, to), in
 * ms: each engagement counted at the time its row shows (tracking/shown-rounding.ts), so a site's
 * total is the sum of its rows ("14 sec" beside two rows of "7 sec", not the exact 13.2 s).
 */
export async function historyStats(
  db: Db,
  { from, to, binStarts }: { from: number; to: number; binStarts: readonly number[] },
): Promise<{ bins: number[]; sites: SiteTotal[] }> {
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const items = await tx
    .objectStore('historyItems')
    .index('by-started')
    .getAll(IDBKeyRange.bound(from, to, false, true));
  const bins = binStarts.map(() => 0);
  const perPage = new Map<string, number>();
  for (const item of items) {
    const shown = roundShown(item.activeMs);
    const bin = binIndex(binStarts, item.startedAt);
    if (bin >= 0) bins[bin] = (bins[bin] ?? 0) + shown;
    perPage.set(item.appActivityId, (perPage.get(item.appActivityId) ?? 0) + shown);
  }
  const activities = tx.objectStore('activities');
  const ids = [...perPage.keys()];
  const records = await Promise.all(ids.map((id) => activities.get(id)));
  await tx.done;
  const sites = new Map<string, SiteTotal>();
  records.forEach((record, i) => {
    if (!record) return;
    const site = siteOf(record);
    const total = sites.get(site) ?? { site, activeMs: 0, pages: 0 };
    total.activeMs += perPage.get(ids[i] ?? '') ?? 0;
    total.pages += 1;
    sites.set(site, total);
  });
  return { bins, sites: [...sites.values()].sort((a, b) => b.activeMs - a.activeMs) };
}

/** The last bin whose start is ≤ at; -1 before the first. Bins are ascending. */
export function binIndex(binStarts: readonly number[], at: number): number {
  let low = 0;
  let high = binStarts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((binStarts[mid] ?? Infinity) <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The site a page is filed under: its declared name, else its host without "www." (site-label.ts). */
export function siteOf(record: ActivityRecord): string {
  return siteLabelOf(record.metadata.url, record.metadata.siteName);
}

/**
 * The `by-started` key range of engagements started in [from, before) (epoch ms, either end open
 * when absent); null for every engagement.
 */
export function startedRange(from?: number, before?: number): IDBKeyRange | null {
  if (from !== undefined && before !== undefined) {
    return IDBKeyRange.bound(from, before, false, true);
  }
  if (from !== undefined) return IDBKeyRange.lowerBound(from);
  if (before !== undefined) return IDBKeyRange.upperBound(before, true);
  return null;
}

function engagementRow(item: HistoryItemRecord, page: ActivityRecord): EngagementRow {
  const row: EngagementRow = {
    id: item.id,
    appActivityId: item.appActivityId,
    title: page.metadata.title,
    url: page.metadata.url,
    startedAt: item.startedAt,
    lastActiveAt: item.lastActiveAt,
    activeMs: item.activeMs,
  };
  if (page.metadata.siteName !== undefined) row.siteName = page.metadata.siteName;
  if (page.metadata.faviconUrl !== undefined) row.faviconUrl = page.metadata.faviconUrl;
  if (item.device !== undefined) row.device = item.device;
  return row;
}
