import { isCredentialOnlyUrl } from '../activity/never-record';
import type { AuthConfig } from '../auth/config';
import { isSignInPage } from '../auth/sign-in-pages';
import { isExcludedUrl } from '../settings/excluded-sites';
import type { Settings } from '../settings/settings';

/**
 * Whether `url` is never recorded whatever the user's settings: a URL that is nothing but a
 * credential (activity/never-record.ts: a magic link, an OAuth callback, a token in the path such
 * as `/reset-password/<token>`) or a page of the sign-in flow, the configured provider's or any
 * single sign-on page (auth/sign-in-pages.ts). `mayRead` refuses these before a page is read, and
 * the sweep (url-sweep.ts) deletes what an older version recorded of them: one rule for both.
 * Never throws: a malformed URL is not one (`mayRead` refuses it for not being http(s)).
 */
export function isNeverRecordedUrl(url: string, auth: AuthConfig): boolean {
  return isCredentialOnlyUrl(url) || isSignInPage(url, auth);
}

/**
 * Whether the page at `url` may be read at all, by the worker's privacy rules (docs/your-data.md,
 * "Never recorded", issue #13 kind 5): an http(s) page, recording not paused, not a never-record
 * site, and not a URL never recorded whatever the settings (`isNeverRecordedUrl`: nothing but a
 * credential, the sign-in provider's pages, any page shaped like single sign-on).
 * The injector asks it before it puts the reading path in a page; the tracker asks it again of a
 * page's report (content-handlers.ts). Never throws: a malformed URL may not be read.
 */
export function mayRead(
  url: string,
  settings: Pick<Settings, 'paused' | 'excludedSites'>,
  auth: AuthConfig,
): boolean {
  return (
    /^https?:\/\//i.test(url) &&
    !settings.paused &&
    !isExcludedUrl(url, settings.excludedSites) &&
    !isNeverRecordedUrl(url, auth)
  );
}
