// How many engagements the history list has still to load, and on how many days: its
// `aria-setsize` (ui/history/row-count.ts), asked of the worker as 'count-engagements'.
import type { Db } from './db';
import { siteOf, startedRange } from './history-store';
import type { ActivityRecord, HistoryItemRecord } from './schema';

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

/** Whether an engagement is still listed (false: a pending deletion removes it). */
export type KeepEngagement = (page: ActivityRecord, item: HistoryItemRecord) => boolean;

/**
 * How many engagements started in [from, before), and on how many local days: the history list's
 * rows not loaded yet and their day headings, for `aria-setsize`. With no site and nothing left
 * out (`keep` absent) the index counts: the days one cursor step per day, each jumping from a
 * day's latest engagement to the day before, so a step costs a day, not an engagement (an
 * IndexedDB `count()` walks its key range: about 0.2 s for 43,000 of 65,000 engagements in
 * Chromium). A site, or `keep`, needs each engagement's page: every engagement in the range is
 * read with its page, as `listEngagements` reads them (`countListed`). The list asks once per load,
 * after its first screen is drawn, and after each deletion.
 */
export async function countEngagements(
  db: Db,
  query: CountQuery,
  keep?: KeepEngagement,
): Promise<EngagementCount> {
  if (query.site !== undefined || keep !== undefined) return countListed(db, query, keep);
  const { from, before } = query;
  const tx = db.transaction('historyItems', 'readonly');
  const index = tx.store.index('by-started');
  const engagements = await index.count(startedRange(from, before) ?? undefined);
  let days = 0;
  const firstDay = localDayStart(before);
  // No day before `before`'s within the range (an empty key range would throw).
  const range = from === undefined || from < firstDay ? startedRange(from, firstDay) : undefined;
  let cursor = range === undefined ? null : await index.openKeyCursor(range, 'prev');
  while (cursor) {
    days++;
    // Any key before the day's midnight: starts are whole ms.
    cursor = await cursor.continue(localDayStart(cursor.key) - 0.5);
  }
  await tx.done;
  return { engagements, days };
}

/**
 * `countEngagements` of what the list shows: engagements whose page is listed under `site` (when
 * set) and that `keep` keeps. An engagement whose page record is missing is not listed either.
 */
async function countListed(
  db: Db,
  { from, before, site }: CountQuery,
  keep: KeepEngagement | undefined,
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
  const firstDay = localDayStart(before);
  const days = new Set<number>();
  let engagements = 0;
  for (const item of items) {
    const page = pages.get(item.appActivityId);
    if (!page || (site !== undefined && siteOf(page) !== site)) continue;
    if (keep && !keep(page, item)) continue;
    engagements++;
    const day = localDayStart(item.startedAt);
    if (day < firstDay) days.add(day);
  }
  return { engagements, days: days.size };
}

/**
 * Local midnight starting the day of `at`, in this browser's time zone: the day the history page
 * files an engagement under (ui/history/days.ts `startOfDay`; the worker and the page share it).
 */
function localDayStart(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}
