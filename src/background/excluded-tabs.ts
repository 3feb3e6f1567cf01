// A site excluded while one of its pages is open (F-track-4): the exclusion was only asked when a
// page loads, so that tab went on being read, saved and published.
import { isExcludedUrl } from '../settings/excluded-sites';
import type { TrackerEvent, TrackerState } from '../tracking/engagement-types';

/**
 * A `page-left` for each tab whose tracked page (its URL, or the address it was loaded at) is on a
 * site in `excludedSites`: its reading ends as of now, as when the reader leaves the page, and the
 * tab is read no more until a page loads in it (which asks the exclusion again).
 */
export function leaveExcludedPages(
  state: Pick<TrackerState, 'tabs'>,
  excludedSites: readonly string[],
): TrackerEvent[] {
  if (excludedSites.length === 0) return [];
  return Object.entries(state.tabs).flatMap(([tabId, tab]) => {
    const page = tab.page;
    if (!page) return [];
    const excluded = [page.url, page.address ?? page.url].some((url) =>
      isExcludedUrl(url, excludedSites),
    );
    return excluded ? [{ type: 'page-left' as const, tabId: Number(tabId) }] : [];
  });
}
