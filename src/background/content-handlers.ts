import { LIMITS } from '../activity/limits';
import type { PageMetadata } from '../activity/page-metadata';
import { cleanText } from '../activity/text';
import { loadAuthConfig } from '../auth/config-store';
import type { ContentContract } from '../messaging/contract';
import { scrollToPositionCommand } from '../messaging/page-commands';
import { isExcludedUrl } from '../settings/excluded-sites';
import { saveReadingPosition } from '../store/reading-store';
import { HEARTBEAT_INTERVAL_MS } from '../tracking/engagement';
import type { WindowFocusReport } from '../tracking/engagement-types';
import type { PageContext } from './context';
import type { HandlerMap } from './handler-map';
import { mayRead, recordableMetadata } from './may-read';
import { isSignInTab } from './sign-in-tabs';
import { completeLeftReport, recordReport } from './left-report';
import { isPositionOf, trackedPageOf } from './position-page';
import { receivedSnapshot } from './snapshot/sent-snapshot';
import { storing } from './storage-guard';
import { documentTitleOfTab } from './viewer-tab/tab-title';

/** Answers the content script of a trusted page (sender-trust.ts decides which pages are). */
export const contentHandlers: HandlerMap<keyof ContentContract, PageContext> = {
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

  async 'page-signal'(
    context,
    { visible, mediaPlaying, mediaSeen, focused, presentUntil, resumedAt, at, routeLeft },
  ) {
    const { tracker, browserState, page, receivedAt } = context;
    // A site excluded since the page loaded: its tab is read no more (event-routing.ts left it).
    if (isExcludedUrl(page.url, context.settings().excludedSites)) return null;
    await backFromIdle(context);
    // The page signals on blur and focus too, and Chrome may never report a switch to another
    // application as a window focus change: say what the browser knows about the window.
    const browserFocus = await browserState.windowFocus(page.windowId);
    // Unless the page says otherwise: it signals on its own focus and blur events, and Firefox
    // updates `windows.get` only after them, so right after a switch between windows the
    // browser's answer is the stale one (it would hand attention back to the page just left,
    // or take it from the page just entered, until the next signal). The page alone is not
    // believed either (focus moving into one of its iframes blurs it; a pointer moving over a
    // window in the background counts as its input): when they disagree, neither says anything.
    const focus =
      browserFocus && (focused === undefined || focused === browserFocus.focused)
        ? browserFocus
        : undefined;
    await tracker.dispatch(
      {
        type: 'page-signal',
        tabId: page.tabId,
        visible,
        mediaPlaying,
        ...(mediaSeen === undefined ? {} : { mediaSeen }),
        ...(focus ? { focus } : {}),
        // A page that ran again after a freeze: when it last saw the reader, and when it ran again
        // (see the contract).
        ...(presentUntil === undefined ? {} : { presentUntil }),
        ...(resumedAt === undefined ? {} : { resumedAt }),
        // Hidden: since when, for time counted after it on a switch heard late (hidden-late.ts).
        ...(visible || at === undefined ? {} : { hiddenAt: at }),
        // Blurred, and the browser says its window lost focus or its tab is no longer the active
        // one (not focus moved into one of its iframes): since when, likewise.
        ...(visible &&
        focused === false &&
        at !== undefined &&
        (await leftNow(context, focus, browserFocus))
          ? { blurredAt: at }
          : {}),
        // An in-page route change: the route reported is read no more (page-reports.ts).
        ...(routeLeft === true ? { routeLeft } : {}),
      },
      // A focus, blur or visibility change happened when the page says (within bounds), not when
      // a busy worker got to it: starts and stops land where the reader's attention moved.
      { receivedAt, occurredAt: at },
    );
    return null;
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

  async 'frame-signal'(context, { mediaPlaying, mediaSeen, presentUntil, resumedAt }) {
    await backFromIdle(context);
    await context.tracker.dispatch(
      {
        type: 'frame-signal',
        tabId: context.page.tabId,
        // Which of the tab's frames speaks, as the browser says: its word is about itself alone.
        frameId: context.page.frameId,
        windowId: context.page.windowId,
        mediaPlaying,
        ...(mediaSeen === undefined ? {} : { mediaSeen }),
        ...(presentUntil === undefined ? {} : { presentUntil }),
        ...(resumedAt === undefined ? {} : { resumedAt }),
      },
      { receivedAt: context.receivedAt },
    );
    return null;
  },
};

/**
 * Input in a page or frame after idle: chrome.idle only notices on its next poll (up to a second
 * later), so ask it now; the reader is back from this moment.
 */
async function backFromIdle(context: PageContext): Promise<void> {
  const { tracker, browserState } = context;
  if (
    tracker.current.idle === 'idle' &&
    (await browserState.queryIdle(context.settings().idleThresholdSec)) === 'active'
  ) {
    await tracker.dispatch(
      { type: 'idle-state', state: 'active' },
      { receivedAt: context.receivedAt },
    );
  }
}

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

/**
 * Whether a page that blurred was left, as the worker handles its word: the browser says its
 * window lost focus (`focus`, when browser and page agree), or its tab was not the active one when
 * it sent. Not when the reader is back on it by now, its tab the active one of a window focused
 * now (`browserFocus`): a switch away and back heard late, where what its tab counts since is the
 * reader's and must not be taken back (review F-track-2).
 */
async function leftNow(
  { page, browserState }: PageContext,
  focus: WindowFocusReport | undefined,
  browserFocus: WindowFocusReport | undefined,
): Promise<boolean> {
  if (focus?.focused === false) return true;
  if (page.tabActive) return false;
  const back =
    browserFocus?.focused === true && (await browserState.tabActive(page.tabId)) === true;
  return !back;
}
