/**
 * What the history page's "Delete day" and "Delete all from <site>" delete, as `DeletionScope`s,
 * and which of the list's rows each covers. Pure. Both go by an engagement's start
 * (`match: 'started'`), as the list files each under the day it started and its From/To dates
 * filter by start: what is deleted is what the list shows there, never a row of the day before that
 * was read past midnight. Local days (days.ts), so a DST day is 23 or 25 hours.
 */
import { siteLabelOf } from '../../activity/site-label';
import { engagementInRange, underSiteLabel, type DeletionScope } from '../../deletion/scope-match';
import { addDays, type DisplayRow } from './days';

/**
 * "Delete day": the engagements started on the local day starting `dayStart` (epoch ms), up to
 * `now` (a deletion never reaches past when it was asked for: today's reading goes on after it).
 * Null for a day that starts after `now` (another device's clock ahead of this one's).
 */
export function dayScope(dayStart: number, now: number): DeletionScope | null {
  const to = Math.min(addDays(dayStart, 1) - 1, now);
  return to < dayStart ? null : { from: dayStart, to, match: 'started' };
}

/** The Site filter and its From/To dates, as the filter form holds them. */
export interface SiteFilter {
  /** The Site field's text: a site label (`siteLabelOf`), matched exactly as the list matches it. */
  site: string;
  /** Local midnight starting the From day, epoch ms; absent: from the first reading. */
  fromDay?: number;
  /** Local midnight starting the To day, epoch ms (the day is included); absent: until now. */
  toDay?: number;
}

/**
 * The Site filter that lists a row's site: its site label (the name its page declares, else its
 * host without "www."), every date. For a row's "Show only <site>" and "Delete all from <site>…".
 */
export function rowSiteFilter(row: Pick<DisplayRow, 'url' | 'siteName'>): SiteFilter {
  return { site: siteLabelOf(row.url, row.siteName) };
}

/**
 * "Delete all from <site>" (or between the dates the filter sets): the engagements of pages listed
 * under the site label that started from the From day's start to the To day's end, never past
 * `now`. Null when the filter names no site or its dates leave nothing (To before From).
 */
export function siteScope(filter: SiteFilter, now: number): DeletionScope | null {
  const siteLabel = filter.site.trim();
  if (siteLabel === '') return null;
  const from = filter.fromDay ?? 0;
  const end = filter.toDay === undefined ? now : addDays(filter.toDay, 1) - 1;
  const to = Math.min(end, now);
  return to < from ? null : { from, to, match: 'started', siteLabel };
}

/**
 * Whether `scope` (one of this file's, or a selection) deletes the list's row: an engagement,
 * placed at its start (`at`). A scope by host (`site`, "Clear reading history") is not asked here.
 */
export function coversRow(
  scope: DeletionScope,
  row: Pick<DisplayRow, 'appActivityId' | 'at' | 'url' | 'siteName'>,
): boolean {
  if (scope.appActivityIds && !scope.appActivityIds.includes(row.appActivityId)) return false;
  const span = { startedAt: row.at, lastActiveAt: row.at };
  return underSiteLabel(scope, row) && engagementInRange(scope, span);
}
