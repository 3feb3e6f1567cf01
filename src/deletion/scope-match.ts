import { siteLabelOf } from '../activity/site-label';

/**
 * What a deletion covers. Pure: the store applies it, the worker schedules it, the UI builds it.
 *
 * A deletion removes the engagements (Graph history items) in `[from, to]` (by `match`); a page
 * left with none is removed whole (a Graph activity delete), a page keeping older or newer
 * engagements loses only those in range (history-item deletes). `site`, `siteLabel` and
 * `appActivityIds` narrow it to pages. Declared here, beside what needs no Public Suffix List, so
 * the history page can match its rows without loading it; `deletion-scope.ts` decides for pages.
 */
export interface DeletionScope {
  /** Start of the range, ms since the epoch (0: from the beginning). */
  from: number;
  /** End of the range, ms since the epoch; never later than when the deletion was asked for. */
  to: number;
  /**
   * How an engagement falls in the range: by any part of it (absent, "Clear reading history": an
   * engagement read across the range's start is in it), or by its start alone (`'started'`: the
   * history list files an engagement under the day it started, so "Delete day" and a Site
   * filter's dates delete exactly the rows listed there).
   */
  match?: 'started';
  /** Only pages on this site or its subdomains (a host from `siteOf` or `normalizeSitePattern`). */
  site?: string;
  /**
   * Only pages listed under this site label, exactly (`siteLabelOf`: the declared site name, else
   * the host without "www."), as the history page's Site filter matches them.
   */
  siteLabel?: string;
  /** Only these pages (a selection): every engagement of each up to `to`. */
  appActivityIds?: string[];
}

/** An engagement's span, epoch ms. */
export interface EngagementSpan {
  startedAt: number;
  lastActiveAt: number;
}

/** Whether an engagement falls in the scope's range, as `match` says (see DeletionScope). */
export function engagementInRange(
  scope: Pick<DeletionScope, 'from' | 'to' | 'match'>,
  span: EngagementSpan,
): boolean {
  if (scope.match === 'started') return span.startedAt >= scope.from && span.startedAt <= scope.to;
  return span.lastActiveAt >= scope.from && span.startedAt <= scope.to;
}

/** Whether a page is listed under the scope's site label (every page when it names none). */
export function underSiteLabel(
  scope: Pick<DeletionScope, 'siteLabel'>,
  page: { url: string; siteName?: string | undefined },
): boolean {
  return scope.siteLabel === undefined || siteLabelOf(page.url, page.siteName) === scope.siteLabel;
}

const MAX_SELECTION = 10_000;
const MAX_ID_LENGTH = 4096;
/** A site label is a page's declared name or a host: far shorter than this. */
const MAX_LABEL_LENGTH = 1000;

/**
 * Validates a scope from a message (anything a page of ours could send). Returns null for anything
 * malformed: a deletion is never guessed at.
 */
export function parseDeletionScope(raw: unknown): DeletionScope | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const bag = raw as Record<string, unknown>;
  const { from, to, match, site, siteLabel, appActivityIds } = bag;
  if (!isTime(from) || !isTime(to) || from > to) return null;
  const scope: DeletionScope = { from, to };
  if (match !== undefined) {
    if (match !== 'started') return null;
    scope.match = match;
  }
  if (siteLabel !== undefined) {
    if (typeof siteLabel !== 'string' || siteLabel === '' || siteLabel.length > MAX_LABEL_LENGTH) {
      return null;
    }
    scope.siteLabel = siteLabel;
  }
  if (site !== undefined) {
    if (typeof site !== 'string' || !/^[a-z0-9.-]{1,253}$/.test(site)) return null;
    scope.site = site;
  }
  if (appActivityIds !== undefined) {
    if (
      !Array.isArray(appActivityIds) ||
      appActivityIds.length === 0 ||
      appActivityIds.length > MAX_SELECTION ||
      !appActivityIds.every((id) => typeof id === 'string' && id.length <= MAX_ID_LENGTH)
    ) {
      return null;
    }
    scope.appActivityIds = appActivityIds as string[];
  }
  return scope;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
