// The history list's size while deletions wait out their undo window (engagement-count.ts): the
// index's count less what their scopes remove, read from the scopes rather than from every
// engagement with its page.
import type { DeletionScope } from '../deletion/scope-match';
import type { Db } from './db';
import { startedRange } from './history-store';
import { decideForRecord, type ScopedItem, type ScopedRecord } from './scope-decision';
import type { HistoryItemRecord, TimelineDb } from './schema';
import { readCounters } from './counter-store';
import { sitePages } from './scope-pages';
import { countStarted } from './started-count';
import type { IDBPIndex } from 'idb';

/** Engagements started in [from, before) (epoch ms; `from` absent: since the first). */
interface CountRange {
  from?: number;
  before: number;
}

type StartedIndex = IDBPIndex<
  TimelineDb,
  ('activities' | 'historyItems' | 'kv')[],
  'historyItems',
  'by-started'
>;

/** Whether one of `scopes` removes this engagement of `page` (with the page or alone). */
export function removedBy(
  scopes: readonly DeletionScope[],
  page: ScopedRecord,
  item: ScopedItem,
): boolean {
  // Whether a scope covers one engagement does not depend on the page's others.
  return scopes.some((scope) => decideForRecord(scope, page, [item]).kind !== 'none');
}

/**
 * Engagements started in `range`, and their local days other than `before`'s, less those one of
 * `scopes` removes; null when a scope names a host (`site`) or a site label while pages from before
 * version 12 wait for their keys (site-labels.ts): its index would miss them.
 *
 * What the scopes remove is gathered as spans of start times removed whole (a scope by time alone:
 * a day, a range) and single engagements (those of a scope's pages, a selection's by key or a
 * site's from its index, scope-pages.ts, each page's read by `by-activity`; and an engagement
 * started before a range it reaches into). The count is the index's less the spans' counts less
 * the single engagements outside the spans, so overlapping scopes count once. Only a
 * day a removal touches is counted again (its engagements against its removals).
 *
 * Assumes, as the store keeps them, that every engagement's page is stored and that an
 * engagement ends no earlier than it starts (a range then removes whatever starts in it).
 */
export async function countLessRemovals(
  db: Db,
  { from, before }: CountRange,
  scopes: readonly DeletionScope[],
): Promise<{ engagements: number; days: number } | null> {
  const tx = db.transaction(['activities', 'historyItems', 'kv'], 'readonly');
  const activities = tx.objectStore('activities');
  // Each scope's pages: a selection's by key, a site's from its index (scope-pages.ts).
  const pagesOf = await Promise.all(
    scopes.map((scope) =>
      scope.appActivityIds
        ? Promise.all(scope.appActivityIds.map((id) => activities.get(id)))
        : sitePages(activities, tx.objectStore('kv'), scope),
    ),
  );
  if (scopes.some((scope, i) => isSiteScope(scope) && !pagesOf[i])) {
    // Pages from before version 12 still being labelled: the index would miss some.
    await tx.done;
    return null;
  }
  const index = tx.objectStore('historyItems').index('by-started');
  const lower = from ?? -Infinity;
  const inRange = (item: HistoryItemRecord) => item.startedAt >= lower && item.startedAt < before;
  const spans: [number, number][] = [];
  const single = new Map<string, number>();
  const remove = (scope: DeletionScope, page: ScopedRecord, item: HistoryItemRecord) => {
    if (inRange(item) && removedBy([scope], page, item)) single.set(item.id, item.startedAt);
  };
  await Promise.all(
    scopes.map(async (scope, i) => {
      const pages = pagesOf[i];
      if (pages) {
        const byPage = tx.objectStore('historyItems').index('by-activity');
        await Promise.all(
          pages.map(async (page) => {
            if (!page) return;
            for (const item of await byPage.getAll(page.appActivityId)) remove(scope, page, item);
          }),
        );
        return;
      }
      // Starts are whole ms: [from, to] is [from, to + 1).
      const span: [number, number] = [Math.max(lower, scope.from), Math.min(before, scope.to + 1)];
      if (span[0] < span[1]) spans.push(span);
      // By any part ("Clear reading history"): an engagement started earlier that reaches into it.
      const early = Math.min(scope.from, before);
      if (scope.match === 'started' || early <= lower) return;
      for (const item of await index.getAll(startedRange(from, early))) {
        if (item.lastActiveAt >= scope.from) single.set(item.id, item.startedAt);
      }
    }),
  );
  const merged = mergeSpans(spans);
  const covered = (at: number) => merged.some(([lo, hi]) => at >= lo && at < hi);
  const singles = [...single.values()].filter((at) => !covered(at));
  const countSpan = (lo: number, hi: number) => index.count(IDBKeyRange.bound(lo, hi, false, true));
  // A range over most of the history ("everything") is counted from the kept total too.
  const keptTotal = (await readCounters(tx.objectStore('kv'))).engagements;
  const [total, spanned, dayStarts] = await Promise.all([
    countStarted(index, keptTotal, from, before),
    Promise.all(merged.map(([lo, hi]) => countStarted(index, keptTotal, lo, hi))),
    walkDays(index, from, before),
  ]);
  const kept = await Promise.all(
    dayStarts.map(async (dayStart) => {
      // The day's part in range: [lo, hi). Kept unless its removals take every engagement.
      const lo = Math.max(lower, dayStart);
      const hi = nextDayStart(dayStart);
      if (merged.some(([start, end]) => start <= lo && hi <= end)) return false;
      const touching = merged.filter(([start, end]) => start < hi && end > lo);
      const alone = singles.filter((at) => at >= lo && at < hi).length;
      if (touching.length === 0 && alone === 0) return true;
      const [all, ...removed] = await Promise.all([
        countSpan(lo, hi),
        ...touching.map(([start, end]) => countSpan(Math.max(start, lo), Math.min(end, hi))),
      ]);
      return all > removed.reduce((sum, n) => sum + n, alone);
    }),
  );
  await tx.done;
  const engagements = total - spanned.reduce((sum, n) => sum + n, 0) - singles.length;
  return { engagements, days: kept.filter(Boolean).length };
}

/** Whether a scope is narrowed to pages by their host or site label (not a selection). */
function isSiteScope(scope: DeletionScope): boolean {
  return !scope.appActivityIds && (scope.site !== undefined || scope.siteLabel !== undefined);
}

/**
 * The local days (their midnights, newest first) with an engagement started in [from, before),
 * other than `before`'s: one key-cursor step per day, each jumping from a day's first engagement
 * to the next day's midnight, so a step costs a day, not an engagement. The walk goes forward:
 * Chromium seeks a forward cursor's `continue(key)` but steps a reverse one key by key (a reverse
 * walk took 1.25 s for 91 days of 65,000 engagements at load 20, as long as a count of them all).
 */
export async function walkDays(
  index: Pick<StartedIndex, 'openKeyCursor'>,
  from: number | undefined,
  before: number,
): Promise<number[]> {
  const days: number[] = [];
  const firstDay = localDayStart(before);
  // No day before `before`'s within the range (an empty key range would throw).
  const range = from === undefined || from < firstDay ? startedRange(from, firstDay) : undefined;
  let cursor = range === undefined ? null : await index.openKeyCursor(range, 'next');
  while (cursor) {
    const day = localDayStart(cursor.key);
    days.push(day);
    // The next day's first key: after this one, since starts within a day are before its end.
    cursor = await cursor.continue(nextDayStart(day));
  }
  return days.reverse();
}

/** Sorted, disjoint spans covering the same starts as `spans` ([lo, hi) each). */
function mergeSpans(spans: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [lo, hi] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}

/**
 * Local midnight starting the day of `at`, in this browser's time zone: the day the history page
 * files an engagement under (ui/history/days.ts `startOfDay`; the worker and the page share it).
 */
export function localDayStart(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Local midnight of the day after the one starting `dayStart` (a DST day is 23 or 25 hours). */
function nextDayStart(dayStart: number): number {
  const date = new Date(dayStart);
  date.setDate(date.getDate() + 1);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}
