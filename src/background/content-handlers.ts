import { isCredentialOnlyUrl } from '../activity/never-record';
import type { ContentContract } from '../messaging/contract';
import { isExcludedUrl } from '../settings/excluded-sites';
import { recordPage } from '../store/activities-store';
import { HEARTBEAT_INTERVAL_MS } from '../tracking/engagement';
import type { PageContext } from './context';
import type { HandlerMap } from './handler-map';
import { storing } from './storage-guard';

/** Answers the content script of a trusted page (sender-trust.ts decides which pages are). */
export const contentHandlers: HandlerMap<keyof ContentContract, PageContext> = {
  async 'page-loaded'(context, { metadata, visible }) {
    const { excludedSites, paused, idleThresholdSec } = context.settings();
    // The page's own URL and the address it claims for itself must both be allowed.
    const excluded =
      isExcludedUrl(context.page.url, excludedSites) || isExcludedUrl(metadata.url, excludedSites);
    // A URL that is nothing but a credential (an OAuth callback, a magic link) is never kept,
    // not even stripped: see src/activity/never-record.ts.
    if (paused || excluded || isCredentialOnlyUrl(context.page.url)) {
      return { tracked: false, heartbeatMs: HEARTBEAT_INTERVAL_MS, idleThresholdSec: 0 };
    }
    const { tabId, windowId, tabActive } = context.page;
    await storing(context, () => recordPage(context.db, metadata, Date.now()));
    await context.tracker.dispatch({
      type: 'page-loaded',
      tabId,
      windowId,
      visible,
      tabActive,
      page: { appActivityId: metadata.appActivityId, url: metadata.url },
      focus: await context.browserState.windowFocus(windowId),
    });
    return { tracked: true, heartbeatMs: HEARTBEAT_INTERVAL_MS, idleThresholdSec };
  },

  async 'page-signal'(context, signal) {
    const { tracker, browserState, page } = context;
    // Input in the page after idle: chrome.idle only notices on its next poll (up to a second
    // later), so ask it now; the reader is back from this moment.
    if (
      tracker.current.idle === 'idle' &&
      (await browserState.queryIdle(context.settings().idleThresholdSec)) === 'active'
    ) {
      await tracker.dispatch({ type: 'idle-state', state: 'active' });
    }
    // The page signals on blur and focus too, and Chrome may never report a switch to another
    // application as a window focus change: say what the browser knows about the window.
    await tracker.dispatch({
      type: 'page-signal',
      tabId: page.tabId,
      ...signal,
      focus: await browserState.windowFocus(page.windowId),
    });
    return null;
  },

  async 'page-left'(context) {
    await context.tracker.dispatch({ type: 'page-left', tabId: context.page.tabId });
    return null;
  },
};
