import { LIMITS } from '../activity/limits';
import type { PageMetadata } from '../activity/page-metadata';
import { cleanText } from '../activity/text';
import { loadAuthConfig } from '../auth/config-store';
import type { ContentContract } from '../messaging/contract';
import { scrollToPositionCommand } from '../messaging/page-commands';
import { isExcludedUrl } from '../settings/excluded-sites';
import { saveReadingPosition } from '../store/reading-store';
import { HEARTBEAT_INTERVAL_MS } from '../tracking/engagement';
import type { PageContext } from './context';
import type { HandlerMap } from './handler-map';
import { mayRead, recordableMetadata } from './may-read';
import { isSignInTab } from './sign-in-tabs';
import { completeLeftReport, recordReport } from './left-report';
import { isPositionOf, trackedPageOf } from './position-page';
import { receivedSnapshot } from './snapshot/sent-snapshot';
import { signalHandlers } from './signal-handlers';
import { storing } from './storage-guard';
import { documentTitleOfTab } from './viewer-tab/tab-title';

/**
 * Answers the content script of a trusted page (sender-trust.ts decides which pages are); its
 * attention signals, the page's and its frames', are signal-handlers.ts's.
 */
export const contentHandlers: HandlerMap<keyof ContentContract, PageContext> = {
  ...signalHandlers,
  async 'page-loaded'(
    context,
    // The rest is what the page says of its reading (visible, attendedMs, leftMs, its media), the
    // tracker's page-loaded fields as they are, each absent when the page did not say it.
    { metadata: reported, viewer, at, partial, ...reading },
  ) {
    const { excludedSites, paused, idleThresholdSec } = context.settings();
    const auth = await loadAuthConfig(context.storage);
    // The rules the injector asked before the page was read (may-read.ts: a pause, a never-record
    // site, a URL that is nothing but a credential, the sign-in provider), asked again: they may
    // have changed since; and the address the page claims for itself must not be excluded.
    // Nor is anything read in the sign-in flow's own tab (sign-in-tabs.ts), whatever its address.
    // A claimed address the never-record rules refuse, or on another site than the tab's (only a
    // compromised page claims one), gives way to the tab's (recordableMetadata).
    const recordable = recordableMetadata(reported, context.page.url, auth);
    if (
      !mayRead(context.page.url, { paused, excludedSites }, auth) ||
      isExcludedUrl(reported.url, excludedSites) ||
      recordable === null ||
      (await isSignInTab(context.session, context.page.tabId))
    ) {
      return { tracked: false, heartbeatMs: HEARTBEAT_INTERVAL_MS, idleThresholdSec: 0 };
    }
    const { tabId, windowId, tabActive, tabMuted } = context.page;
    const metadata = viewer ? await withTabTitle(context, recordable) : recordable;
    await recordReport(context, metadata, partial === true);
    await context.tracker.dispatch(
      {
        type: 'page-loaded',
        tabId,
        windowId,
        tabActive,
        // A tab muted before its page reported: the tracker heard of no tab to mute then.
        ...(tabMuted === undefined ? {} : { tabMuted }),
        page: trackedPageOf(metadata, context.page.url),
        focus: await context.browserState.windowFocus(windowId),
        ...reading,
      },
      // Read for attendedMs when the page measured it: the message's way to a busy (or starting)
      // worker is not taken from the page's time (issue #13).
      { receivedAt: context.receivedAt, occurredAt: at },
    );
    await scrollIfResumed(context, metadata.appActivityId);
    return { tracked: true, heartbeatMs: HEARTBEAT_INTERVAL_MS, idleThresholdSec };
  },

  async 'read-snapshot'(context, sent) {
    const { excludedSites, paused } = context.settings();
    // Asked again as for 'page-loaded': a page that may not be read is not parsed either.
    if (
      !mayRead(
        context.page.url,
        { paused, excludedSites },
        await loadAuthConfig(context.storage),
      ) ||
      (await isSignInTab(context.session, context.page.tabId))
    ) {
      return null;
    }
    const snapshot = await receivedSnapshot(sent, context.page.url, context.blobText);
    const capture = await context.snapshots.read(snapshot);
    await completeLeftReport(context, capture);
    return capture;
  },

  async 'page-position'(context, { url, position }) {
    const { excludedSites, paused, resumePosition } = context.settings();
    if (
      paused ||
      isExcludedUrl(url, excludedSites) ||
      isExcludedUrl(context.page.url, excludedSites)
    ) {
      return null;
    }
    // Only the page this tab is tracking (never one declined as paused, excluded or private), and
    // only from its own address (an in-page route not yet reported is not that page).
    const page = context.tracker.current.tabs[String(context.page.tabId)]?.page;
    if (!page || !isPositionOf(page, url)) return null;
    // The quote is page text: with the switch off only progress is kept.
    const kept = resumePosition ? position : { progress: position.progress };
    // The reading just done counts towards "finished" before the store holds it.
    const live = context.tracker.current.engagements[page.appActivityId];
    await storing(context, () =>
      saveReadingPosition(context.db, page.appActivityId, kept, Date.now(), live),
    );
    return null;
  },

  async 'page-left'(context) {
    await context.tracker.dispatch(
      { type: 'page-left', tabId: context.page.tabId },
      { receivedAt: context.receivedAt },
    );
    return null;
  },

  async 'frames-loaded'(context) {
    // Only into the page this tab is tracking (never one declined as paused, excluded or private).
    const { tabs, paused } = context.tracker.current;
    if (paused || !tabs[String(context.page.tabId)]?.page) return null;
    await context.browserState.injectFramePresence(context.page.tabId);
    return null;
  },
};

/**
 * A tab the worker opened to resume this page (reading-handlers.ts) is scrolled to the position
 * now that the page is read there. The content script listens before it reports (page-session.ts)
 * and leaves the page where it is once it has left its top: the reader scrolled meanwhile, or the
 * browser followed the text fragment (Chromium).
 */
async function scrollIfResumed(context: PageContext, appActivityId: string): Promise<void> {
  const position = await context.pendingResumes.take(context.page.tabId, appActivityId);
  if (position) {
    await context.browserState.sendToTab(
      context.page.tabId,
      scrollToPositionCommand(position, { onlyFromTop: true }),
    );
  }
}

/**
 * A document the page cannot read (the PDF viewer) is named by the tab: the browser shows the
 * document's own title there (Firefox's pdf.js with the file's name after it: tab-title.ts), where
 * the page only has its address.
 */
async function withTabTitle(context: PageContext, metadata: PageMetadata): Promise<PageMetadata> {
  const shown = await context.browserState.tabTitle(context.page.tabId);
  const title = shown === undefined ? undefined : documentTitleOfTab(shown, context.page.url);
  if (title === undefined || context.page.url.includes(title)) return metadata;
  const clean = cleanText(title, LIMITS.title);
  return clean ? { ...metadata, title: clean } : metadata;
}
