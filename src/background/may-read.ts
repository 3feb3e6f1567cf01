import { appActivityIdFor } from '../activity/activity-id';
import { canonicalizeUrl } from '../activity/canonical-url';
import { isSameSite } from '../activity/site';
import { isCredentialOnlyUrl } from '../activity/never-record';
import type { PageMetadata } from '../activity/page-metadata';
import type { AuthConfig } from '../auth/config';
import { isSignInPage } from '../auth/sign-in-pages';
import { excludingEntries } from '../settings/excluded-sites';
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
 * Why the page at `url` is recorded or not, by the worker's privacy rules (docs/your-data.md,
 * "Never recorded", issue #13 kind 5), the most lasting reason first, so the popup names the one
 * that a change of mind would not undo by itself:
 * - `not-web`: not an http(s) page (a browser, extension, file, about: or data: page; garbage);
 * - `never-recorded`: a URL never recorded whatever the settings (`isNeverRecordedUrl`: nothing but
 *   a credential, the sign-in provider's pages, any page shaped like single sign-on), or a tab the
 *   sign-in flow shows (`signInTab`, background/sign-in-tabs.ts: the only per-tab rule);
 * - `excluded`: on a never-record site; `entries` are the excluded-sites entries that cover it
 *   (removing them all records it again);
 * - `paused`: recording is paused;
 * - `recorded`: read once it holds attention.
 * The settings carry no organisation-managed exclusions (the relay's policy sets only where reads
 * are reported, organisation/organisation-config.ts). Pure; never throws.
 */
export type RecordingVerdict =
  | { kind: 'recorded' }
  | { kind: 'paused' }
  | { kind: 'excluded'; entries: string[] }
  | { kind: 'never-recorded' }
  | { kind: 'not-web' };

/** See RecordingVerdict. `signInTab`: the page is shown in the sign-in flow's tab. */
export function recordingVerdict(
  url: string,
  settings: Pick<Settings, 'paused' | 'excludedSites'>,
  auth: AuthConfig,
  signInTab = false,
): RecordingVerdict {
  if (!/^https?:\/\//i.test(url)) return { kind: 'not-web' };
  if (signInTab || isNeverRecordedUrl(url, auth)) return { kind: 'never-recorded' };
  const entries = excludingEntries(url, settings.excludedSites);
  if (entries.length > 0) return { kind: 'excluded', entries };
  return settings.paused ? { kind: 'paused' } : { kind: 'recorded' };
}

/**
 * Whether the page at `url` may be read at all: `recordingVerdict` says `recorded` (one rule for
 * the popup's line and for what is read). The injector asks it before it puts the reading path in
 * a page; the tracker asks it again of a page's report (content-handlers.ts); both ask the sign-in
 * tab marks themselves. Never throws: a malformed URL may not be read.
 */
export function mayRead(
  url: string,
  settings: Pick<Settings, 'paused' | 'excludedSites'>,
  auth: AuthConfig,
): boolean {
  return recordingVerdict(url, settings, auth).kind === 'recorded';
}

/**
 * What a page's report is recorded as, by the never-record rules (`isNeverRecordedUrl`): the page
 * names itself by the canonical URL it claims (`metadata.url`: its JSON-LD, `<link rel=canonical>`
 * or `og:url`), but only the tab's own URL (`tabUrl`) was asked of `mayRead`. A claimed URL the
 * rules refuse (a token in its path, a sign-in page) is treated as `chooseCanonicalUrl` treats a
 * claim worse than the page's address (another site, the home page, a template): passed over, and
 * the page is recorded under the tab's own cleaned URL (`canonicalizeUrl`), its appActivityId
 * derived from that. The reader read the tab's page, which the rules allow: recording it there
 * keeps the reading and stores no token. A claim on another site than the tab's (by the Public
 * Suffix List, `activity/site.ts`: `bob.github.io` is not `alice.github.io`'s) is passed over
 * alike: a compromised page sends one to write into (and publish as) another site's page, and the
 * capture's coarser check (`chooseCanonicalUrl`) lets a neighbour under a shared suffix through. Null when the tab's URL is
 * refused too, or is not http(s). Pure; never throws.
 */
export function recordableMetadata(
  metadata: PageMetadata,
  tabUrl: string,
  auth: AuthConfig,
): PageMetadata | null {
  if (isSameSite(metadata.url, tabUrl) && !isNeverRecordedUrl(metadata.url, auth)) return metadata;
  const own = canonicalizeUrl(tabUrl);
  if (own === null || isNeverRecordedUrl(own, auth)) return null;
  return { ...metadata, url: own, appActivityId: appActivityIdFor(own) };
}
