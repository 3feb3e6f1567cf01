import { coversHost } from '../settings/excluded-sites';
import { engagementInRange, underSiteLabel, type DeletionScope } from './scope-match';

export type { DeletionScope } from './scope-match';
export { parseDeletionScope } from './scope-match';

/**
 * A page as the scope sees it: its address, its declared site name (for `siteLabel`), when first
 * seen, and its engagements' spans.
 */
export interface ScopedPage {
  url: string;
  siteName?: string | undefined;
  firstSeenAt: number;
  items: readonly { id: string; startedAt: number; lastActiveAt: number }[];
}

/** What a scope does to one page. */
export type ScopeDecision =
  { kind: 'none' } | { kind: 'page' } | { kind: 'items'; historyItemIds: string[] };

const NONE: ScopeDecision = { kind: 'none' };

/** Decides what the scope removes from a page: nothing, the whole page, or some engagements. */
export function decideForPage(
  scope: DeletionScope,
  appActivityId: string,
  page: ScopedPage,
): ScopeDecision {
  if (scope.appActivityIds && !scope.appActivityIds.includes(appActivityId)) return NONE;
  if (scope.site !== undefined && !coversHost(scope.site, hostOf(page.url))) return NONE;
  if (!underSiteLabel(scope, page)) return NONE;
  if (page.items.length === 0) {
    // Opened but never read: it belongs to the range it was opened in.
    return page.firstSeenAt >= scope.from && page.firstSeenAt <= scope.to ? { kind: 'page' } : NONE;
  }
  const inRange = page.items.filter((item) => engagementInRange(scope, item));
  if (inRange.length === 0) return NONE;
  if (inRange.length === page.items.length) return { kind: 'page' };
  return { kind: 'items', historyItemIds: inRange.map((item) => item.id) };
}

/**
 * The host a `site` scope matches a page's address by (`coversHost`): lower case, no trailing dot;
 * '' for an address that does not parse (no site covers it). Pure.
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** The preset ranges of "Clear reading history…", in local time. */
export type RangePreset = 'last-hour' | 'today' | 'last-7-days' | 'everything';

/**
 * The `[from, to]` of a preset at `now` (ms). "Today" starts at local midnight of `now`'s day,
 * in the time zone of the `Date` implementation (the browser's).
 */
export function presetRange(preset: RangePreset, now: number): { from: number; to: number } {
  switch (preset) {
    case 'last-hour':
      return { from: now - 3_600_000, to: now };
    case 'today': {
      const midnight = new Date(now);
      midnight.setHours(0, 0, 0, 0);
      return { from: midnight.getTime(), to: now };
    }
    case 'last-7-days':
      return { from: now - 7 * 86_400_000, to: now };
    case 'everything':
      return { from: 0, to: now };
  }
}
