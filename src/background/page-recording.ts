// The popup's line about the page in front (issue: "does it record this page?"): the same rule as
// what is read (may-read.ts recordingVerdict), asked of the tab the popup opens over.
import { siteOfHost } from '../activity/site';
import { loadAuthConfig } from '../auth/config-store';
import type { NotWebPage, PageRecording } from '../messaging/contract';
import { loadSettings } from '../settings/settings';
import type { BackgroundContext, FrontTab } from './context';
import type { HandlerMap } from './handler-map';
import { recordingVerdict, type RecordingVerdict } from './may-read';
import { isSignInTab } from './sign-in-tabs';

/**
 * The popup's answer for `url` under `verdict`: the kind, with the page's site (its display name,
 * and the entry "Don't record" adds; activity/site.ts). Pure.
 */
export function pageRecordingOf(verdict: RecordingVerdict, url: string): PageRecording {
  if (verdict.kind === 'not-web') return { kind: 'not-web', page: notWebPage(url) };
  let site: string;
  try {
    site = siteOfHost(new URL(url).hostname);
  } catch {
    return { kind: 'not-web', page: 'other' };
  }
  if (site === '') return { kind: 'not-web', page: 'other' };
  return verdict.kind === 'excluded'
    ? { kind: 'excluded', site, entries: verdict.entries }
    : { kind: verdict.kind, site };
}

/** Schemes of the browser's own pages, which no extension may read (Chromium, Edge, Firefox). */
const BROWSER_SCHEMES = new Set(['about:', 'chrome:', 'edge:', 'view-source:', 'devtools:']);

/** Schemes of extensions' own pages. */
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:']);

/**
 * What a page that is no web page is, by its address (`undefined`: the browser withheld it, as
 * Chromium does for its own pages from an extension without the `tabs` permission). Pure.
 */
export function notWebPage(url: string | undefined): NotWebPage {
  if (url === undefined || url === '') return 'browser';
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase() ?? '';
  if (BROWSER_SCHEMES.has(scheme)) return 'browser';
  if (EXTENSION_SCHEMES.has(scheme)) return 'extension';
  return scheme === 'file:' ? 'file' : 'other';
}

/**
 * The tab the popup's line is about: the page in front, or, when that is the popup itself (open
 * as a tab: a bookmark, the welcome page's link), the tab of its window the reader was on before
 * it (`lastTab`). Undefined: no such tab.
 */
async function tabToTell(
  state: BackgroundContext['browserState'],
  ownTab: number | undefined,
): Promise<{ tab: FrontTab; lastTab: boolean } | undefined> {
  const front = await state.frontTab();
  if (!front) return undefined;
  if (ownTab === undefined || front.tabId !== ownTab) return { tab: front, lastTab: false };
  const before = await state.lastTabBefore(front.windowId, ownTab);
  return before && { tab: before, lastTab: true };
}

/** Answers `page-recording`: finds the page in front itself (the popup cannot read tab URLs). */
export const pageRecordingHandlers: HandlerMap<'page-recording', BackgroundContext> = {
  async 'page-recording'(context, { ownTab }) {
    const told = await tabToTell(context.browserState, ownTab);
    if (!told) return { kind: 'not-web' };
    const { tab, lastTab } = told;
    const answer = await frontAnswer(context, tab);
    // The tab before the popup's own: only a web page is worth a line ("Extension pages are not
    // recorded" about the welcome page the reader came from would read as about the popup).
    if (!lastTab) return answer;
    return answer.kind === 'not-web' ? { kind: 'not-web' } : { ...answer, lastTab: true };
  },
};

/** The answer for `tab`, the page the line talks about. */
async function frontAnswer(context: BackgroundContext, tab: FrontTab): Promise<PageRecording> {
  // Incognito windows are never read (the manifest keeps the extension out of them, too).
  if (tab.incognito) return { kind: 'not-web', page: 'private' };
  // Chromium withholds the address of its own pages (chrome://version, the new tab page).
  if (!tab.url) return { kind: 'not-web', page: notWebPage(tab.url) };
  // The settings as stored, not as the worker last heard of them: the popup asks again right
  // after its own update-settings, before storage.onChanged has reached the worker.
  const [settings, auth, signInTab] = await Promise.all([
    loadSettings(context.storage),
    loadAuthConfig(context.storage),
    isSignInTab(context.session, tab.tabId),
  ]);
  return pageRecordingOf(recordingVerdict(tab.url, settings, auth, signInTab), tab.url);
}
