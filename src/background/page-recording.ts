// The popup's line about the page in front (issue: "does it record this page?"): the same rule as
// what is read (may-read.ts recordingVerdict), asked of the tab the popup opens over.
import { siteOfHost } from '../activity/site';
import { loadAuthConfig } from '../auth/config-store';
import type { PageRecording } from '../messaging/contract';
import { loadSettings } from '../settings/settings';
import type { BackgroundContext } from './context';
import type { HandlerMap } from './handler-map';
import { recordingVerdict, type RecordingVerdict } from './may-read';
import { isSignInTab } from './sign-in-tabs';

/**
 * The popup's answer for `url` under `verdict`: the kind, with the page's site (its display name,
 * and the entry "Don't record" adds; activity/site.ts). Pure.
 */
export function pageRecordingOf(verdict: RecordingVerdict, url: string): PageRecording {
  if (verdict.kind === 'not-web') return verdict;
  let site: string;
  try {
    site = siteOfHost(new URL(url).hostname);
  } catch {
    return { kind: 'not-web' };
  }
  if (site === '') return { kind: 'not-web' };
  return verdict.kind === 'excluded'
    ? { kind: 'excluded', site, entries: verdict.entries }
    : { kind: verdict.kind, site };
}

/** Answers `page-recording`: finds the page in front itself (the popup cannot read tab URLs). */
export const pageRecordingHandlers: HandlerMap<'page-recording', BackgroundContext> = {
  async 'page-recording'(context) {
    const tab = await context.browserState.frontTab();
    // Incognito windows are never read; a page whose URL the browser withholds is not web to us.
    if (!tab?.url || tab.incognito) return { kind: 'not-web' };
    // The settings as stored, not as the worker last heard of them: the popup asks again right
    // after its own update-settings, before storage.onChanged has reached the worker.
    const [settings, auth, signInTab] = await Promise.all([
      loadSettings(context.storage),
      loadAuthConfig(context.storage),
      isSignInTab(context.session, tab.tabId),
    ]);
    return pageRecordingOf(recordingVerdict(tab.url, settings, auth, signInTab), tab.url);
  },
};
