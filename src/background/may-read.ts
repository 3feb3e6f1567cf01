import { isCredentialOnlyUrl } from '../activity/never-record';
import type { AuthConfig } from '../auth/config';
import { isSignInPage } from '../auth/sign-in-pages';
import { isExcludedUrl } from '../settings/excluded-sites';
import type { Settings } from '../settings/settings';

/**
 * Whether the page at `url` may be read at all, by the worker's privacy rules (docs/your-data.md,
 * "Never recorded", issue #13 kind 5): an http(s) page, recording not paused, not a never-record
 * site, not a URL that is nothing but a credential, not the sign-in provider's pages (`auth`) nor
 * any page shaped like single sign-on (auth/sso-urls.ts: AD FS, SAML, Okta, Google, ...).
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
    !isCredentialOnlyUrl(url) &&
    !isSignInPage(url, auth)
  );
}
