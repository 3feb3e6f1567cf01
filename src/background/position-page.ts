import { canonicalizeUrl } from '../activity/canonical-url';
import type { TrackedPage } from '../tracking/engagement-types';

/**
 * Whether a reading position the content script reported at `reportedUrl` (its location when it
 * sampled) belongs to `page`, the page its tab tracks: the cleaned URL (canonical-url.ts) must be
 * the page's own URL or the address it was loaded at. A single-page app that moved to another
 * route is tracked as the new route only once that route has been read and reported (some
 * seconds later); until then its positions match neither and are refused, never saved to the
 * previous route. Garbage (not http(s), too long) never matches.
 */
export function isPositionOf(page: TrackedPage, reportedUrl: string): boolean {
  const address = canonicalizeUrl(reportedUrl);
  return address !== null && (address === page.url || address === page.address);
}

/**
 * The page a tab starts to track from a page-loaded report: its id and canonical URL, plus the
 * cleaned address it was loaded at (`senderUrl`) when that differs (see TrackedPage.address).
 */
export function trackedPageOf(
  metadata: { appActivityId: string; url: string },
  senderUrl: string,
): TrackedPage {
  const address = canonicalizeUrl(senderUrl);
  return {
    appActivityId: metadata.appActivityId,
    url: metadata.url,
    ...(address !== null && address !== metadata.url ? { address } : {}),
  };
}
