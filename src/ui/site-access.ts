/**
 * Whether Reading Timeline may read websites, and what the welcome page, the popup and the options
 * page say about it. Pure: the browser's answers come in (site-access-watch.ts asks them).
 *
 * Reading a page needs the manifest's host permissions (`http://*\/*`, `https://*\/*`):
 * `scripting.executeScript` puts the reading path in a page only where the extension may, and a
 * tab's address is told only for such pages (there is no `tabs` permission). They can be missing:
 * - Firefox (MV3) treats host permissions as optional: the user may withdraw them (about:addons →
 *   Permissions, the Extensions panel's "Always allow on all sites"), and some versions and
 *   policies do not grant them at install
 *   (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/host_permissions);
 * - Chrome and Edge grant them at install, but the user may restrict site access to "On click" or
 *   "On specific sites" (chrome://extensions → Details → Site access); the withheld hosts then
 *   count as not granted (`permissions.contains` answers false: e2e/site-access.spec.ts), and
 *   `permissions.request` asks to restore them
 *   (https://developer.chrome.com/docs/extensions/mv2/runtime_host_permissions).
 * Either way nothing (or nothing outside the allowed sites) is recorded, with no error anywhere.
 */
import type { MessageKey } from '../i18n/i18n';

/**
 * `all`: every host the manifest asks for is granted (the normal case); `some`: only some sites
 * (Chrome's "On specific sites", Firefox's per-site grants); `none`: no website at all.
 */
export type SiteAccess = 'all' | 'some' | 'none';

/** Whether `origin` (a match pattern as `permissions.getAll` lists it) covers any web page. */
function isWebOrigin(origin: string): boolean {
  return origin === '<all_urls>' || /^(\*|https?):\/\//i.test(origin);
}

/**
 * The access from the browser's answers: `allGranted` is `permissions.contains` for every host
 * the manifest asks for; `granted` the origins `permissions.getAll` lists (sites granted one by
 * one). Never throws.
 */
export function siteAccessOf(allGranted: boolean, granted: readonly string[]): SiteAccess {
  if (allGranted) return 'all';
  return granted.some(isWebOrigin) ? 'some' : 'none';
}

/** The line the popup and the options page show for missing access, and its one button. */
export interface SiteAccessNotice {
  /** Why (little or) nothing is recorded. */
  text: MessageKey;
  /** The button that asks the browser for the access ("Allow access to websites"). */
  button: MessageKey;
}

/** The notice for `access`; null when every website may be read (nothing to say). */
export function siteAccessNotice(access: SiteAccess): SiteAccessNotice | null {
  if (access === 'all') return null;
  return {
    text: access === 'none' ? 'site_access_none' : 'site_access_some',
    button: 'site_access_allow',
  };
}

/**
 * Whether the popup's line about the page in front (page-line.ts) may show beside the notice.
 * Without access to any website it could only mislead (the worker, told no address, would call a
 * web page a browser page); with some, a page that looks like no web page may be one of the
 * others, so that answer is left out too. `notWeb`: the line's answer is "not a web page".
 */
export function pageLineShownWith(access: SiteAccess, notWeb: boolean): boolean {
  if (access === 'all') return true;
  return access === 'some' && !notWeb;
}

/** What asking for access ended in, as the page says it (null: nothing to say). */
export function requestOutcomeText(granted: boolean): MessageKey | null {
  // Granted: the notice goes (permissions.onAdded), which says it well enough.
  return granted ? null : 'site_access_refused';
}
