// How many engagements the history list has still to load, and on how many days: its
// `aria-setsize` (ui/history/row-count.ts), asked of the worker as 'count-engagements'.
import type { DeletionScope } from '../deletion/scope-match';
import type { Db } from './db';
import { siteOf, startedRange } from './history-store';
import { countLessRemovals, localDayStart, removedBy, walkDays } from './pending-count';
import type { ActivityRecord, HistoryItemRecord } from './schema';
import { siteLabelsReady } from './site-labels';
import { readCounters } from './counter-store';
import { countStarted, keepEngagementTotal } from './started-count';

/** Engagements and their local days, as the history list counts its items (below). */
export interface EngagementCount {
  /** Engagements started in [from, before). */
  engagements: number;
  /** Local days with one of them, other than the day `before` falls in (its heading is drawn). */
  days: number;
}

/** What the list counts: the engagements started in [from, before) (epoch ms), of `site` only. */
export interface CountQuery {
  /** Epoch ms, inclusive; absent: since the first engagement. */
  from?: number;
  /** Epoch ms, exclusive. */
  before: number;
  /** Only pages listed under this site label (`siteOf`), as the Site filter lists them. */
  site?: string;
}

/**
 * How many engagements started in [from, before), and on how many local days, less what the
 * deletions waiting out their undo window (`pending`, their scopes) remove: the history list's rows
 * not loaded yet and their day headings, for `aria-setsize`. The list asks once per load, after
 * its first screen is drawn, and after each deletion. Each case reads only what it counts:
 *
 * - no site, nothing pending: the kept total less the engagements outside the range, or the
 *   `by-started` index's count of the range when that is smaller (`countInRange`);
 * - a site: its pages from `by-site-label`, each page's engagements from `by-activity`
 *   (`countSite`), each checked against `pending`;
 * - something pending: the index's count less what each scope removes, read from the scope's
 *   pages (a selection's, or a site's from `by-host-key` or `by-site-label`) or counted over its
 *   range (pending-count.ts `countLessRemovals`). While pages from before version 12 wait for
 *   their index keys (site-labels.ts), a scope by site reads every engagement with its page as
 *   before (`countListed`).
 *
 * The answer is `countListed`'s in every case (engagement-count.test.ts), given the store's
 * invariants: every engagement's page is stored, and an engagement ends no earlier than it starts.
 */
export async function countEngagements(
  db: Db,
  query: CountQuery,
  pending: readonly DeletionScope[] = [],
): Promise<EngagementCount> {
  if (query.site !== undefined) return countSite(db, { ...query, site: query.site }, pending);
  // Once, on a database from before version 12: the total the counts below start from.
  if ((await readCounters(db)).engagements === undefined) await keepEngagementTotal(db);
  if (pending.length === 0) return countInRange(db, query);
  const counted = await countLessRemovals(db, query, pending);
  return counted ?? countListed(db, query, pending);
}

/**
 * Engagements started in [from, before) and their local days (but `before`'s), from the kept
 * total and the `by-started` index (started-count.ts `countStarted`: the total less the few
 * engagements outside the range; pending-count.ts `walkDays`: a cursor step per day). A database
 * from before version 12 has its total counted once first (`countEngagements`:
 * `keepEngagementTotal`).
 */
async function countInRange(
  db: Db,
  { from, before }: Pick<CountQuery, 'from' | 'before'>,
): Promise<EngagementCount> {
  const tx = db.transaction(['historyItems', 'kv'], 'readonly');
  const total = (await readCounters(tx.objectStore('kv'))).engagements;
  const index = tx.objectStore('historyItems').index('by-started');
  const [engagements, days] = await Promise.all([
    countStarted(index, total, from, before),
    walkDays(index, from, before),
  ]);
  await tx.done;
  return { engagements, days: days.length };
}

/**
 * The count under a Site filter: the site's pages from `by-site-label` (version 11), then each
 * page's engagements from `by-activity`, so the read grows with the site, not the history. A page
 * whose label no longer matches its metadata is skipped, as the list would skip it. While pages
 * from before version 11 wait for their label (site-labels.ts), `countListed` answers.
 */
async function countSite(
  db: Db,
  { from, before, site }: CountQuery & { site: string },
  pending: readonly DeletionScope[],
): Promise<EngagementCount> {
  const tx = db.transaction(['activities', 'historyItems', 'kv'], 'readonly');
  if (!(await siteLabelsReady(tx.objectStore('kv')))) {
    // Pages from before version 11 still being labelled: the index would miss some.
    await tx.done;
    return countListed(db, { from, before, site }, pending);
  }
  const pages = await tx.objectStore('activities').index('by-site-label').getAll(site);
  const byPage = tx.objectStore('historyItems').index('by-activity');
  const items = await Promise.all(pages.map((page) => byPage.getAll(page.appActivityId)));
  await tx.done;
  const listed = new Map(pages.map((page) => [page.appActivityId, page]));
  const inRange = items
    .flat()
    .filter((item) => item.startedAt < before && (from === undefined || item.startedAt >= from));
  return tally(inRange, listed, site, pending, before);
}

/**
 * `countEngagements` by reading every engagement in range with its page, as `listEngagements`
 * reads them: engagements whose page is listed under `site` (when set) and that no `pending` scope
 * removes. An engagement whose page record is missing is not listed either. What every other path
 * must answer; the path for a pending scope by site while the back-fill runs.
 */
export async function countListed(
  db: Db,
  { from, before, site }: CountQuery,
  pending: readonly DeletionScope[],
): Promise<EngagementCount> {
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const items = await tx
    .objectStore('historyItems')
    .index('by-started')
    .getAll(startedRange(from, before));
  const activities = tx.objectStore('activities');
  const ids = [...new Set(items.map((item) => item.appActivityId))];
  const records = await Promise.all(ids.map((id) => activities.get(id)));
  await tx.done;
  const pages = new Map(ids.map((id, i) => [id, records[i]]));
  return tally(items, pages, site, pending, before);
}

/** Counts `items` (all started before `before`) whose page is listed, under `site`, not removed. */
function tally(
  items: readonly HistoryItemRecord[],
  pages: ReadonlyMap<string, ActivityRecord | undefined>,
  site: string | undefined,
  pending: readonly DeletionScope[],
  before: number,
): EngagementCount {
  const firstDay = localDayStart(before);
  const days = new Set<number>();
  let engagements = 0;
  for (const item of items) {
    const page = pages.get(item.appActivityId);
    if (!page || (site !== undefined && siteOf(page) !== site)) continue;
    if (removedBy(pending, page, item)) continue;
    engagements++;
    const day = localDayStart(item.startedAt);
    if (day < firstDay) days.add(day);
  }
  return { engagements, days: days.size };
}
