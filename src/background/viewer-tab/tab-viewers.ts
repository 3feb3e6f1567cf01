// Reads a PDF in Firefox's viewer (pdf.js) from the tab, where no script of ours may run: the
// worker speaks for the tab in the content contract, as the reading path does for Chromium's
// viewer (a `page-loaded` with `viewer: true`, named by the tab's title; a `page-signal` heartbeat
// while it is shown; a `page-left` when it shows another address), through the same validation
// and handlers (content-handlers.ts). Presence is chrome.idle's, focus and tab switches the
// browser's events: the tracker's rules for a viewer (docs/reading-time.md).
import type { Storage, Tabs } from 'webextension-polyfill';
import { fallbackCapture } from '../../content/fallback-capture';
import { envelope, type RequestOf } from '../../messaging/contract';
import type { ContentContract } from '../../messaging/content-contract';
import { parseContentRequest } from '../../messaging/parse-request';
import { routeOf, type ReadingOrder } from '../../messaging/reading-order';
import { HEARTBEAT_INTERVAL_MS } from '../../tracking/heartbeat';
import { contentHandlers } from '../content-handlers';
import type { BackgroundContext, PageSender } from '../context';
import { callHandler } from '../handler-map';
import { isPdfJsTab, isScriptingForbidden } from './pdfjs-tab';
import { documentTitleOfTab } from './tab-title';
import { viewerNews, type ViewerTab } from './viewer-news';

/** Where the tabs read as viewers are kept (storage.session): a restarted worker goes on. */
export const VIEWER_TABS_KEY = 'viewerTabs';

/** The worker's context, session storage, `tabs.get` and the clock (epoch ms). */
export interface TabViewersDeps {
  ready: Promise<BackgroundContext>;
  session: Pick<Storage.StorageArea, 'get' | 'set'>;
  tabs: Pick<Tabs.Static, 'get'>;
  now?: () => number;
}

type Viewers = Record<string, ViewerTab>;

/** Creates the tab viewers; the injector calls `refused`, the entry file the rest. */
export function createTabViewers(deps: TabViewersDeps) {
  const now = deps.now ?? (() => Date.now());
  let viewers: Promise<Viewers> | undefined;
  let beat: ReturnType<typeof setInterval> | undefined;

  const load = (): Promise<Viewers> =>
    (viewers ??= deps.session.get(VIEWER_TABS_KEY).then(
      (kept) => ({ ...((kept[VIEWER_TABS_KEY] ?? {}) as Viewers) }),
      () => ({}),
    ));

  /**
   * The heartbeat runs while a tab is read as a viewer, and stops at a beat that finds none of
   * them shown (each behind another tab of its window): a PDF left open behind other tabs keeps
   * no timer going, so the event page may unload as it would without it (no keep-alive). Every
   * tab, window and idle event arms it again (`resume`): a tab shown again is activated first.
   */
  function beatFor(all: Viewers): void {
    if (Object.keys(all).length === 0) {
      clearInterval(beat);
      beat = undefined;
    } else {
      beat ??= setInterval(() => void heartbeat(), HEARTBEAT_INTERVAL_MS);
    }
  }

  async function keep(change: (all: Viewers) => void): Promise<void> {
    const all = await load();
    change(all);
    await deps.session.set({ [VIEWER_TABS_KEY]: all }).catch(() => undefined);
    beatFor(all);
  }

  /** Says `type` for `tab`, as its content script would have: validated, then handled. */
  async function speak<K extends keyof ContentContract>(
    tab: Tabs.Tab,
    type: K,
    payload: RequestOf<K>,
    receivedAt = now(),
  ): Promise<unknown> {
    const request = parseContentRequest(envelope(type, payload));
    if (!request || tab.id === undefined || tab.url === undefined) return undefined;
    const page: PageSender = {
      tabId: tab.id,
      windowId: tab.windowId ?? -1,
      tabActive: tab.active,
      url: tab.url,
      // The tab's document itself, as its top frame would say it.
      frameId: 0,
      ...(tab.mutedInfo ? { tabMuted: tab.mutedInfo.muted } : {}),
    };
    const context = { ...(await deps.ready), page, receivedAt };
    return callHandler(contentHandlers, context, request.type, request.payload);
  }

  /** Reports the tab's document, named by the tab, read for `attendedMs` before now. */
  async function report(tab: Tabs.Tab, attendedMs?: number): Promise<boolean> {
    const url = tab.url ?? '';
    const title = documentTitleOfTab(tab.title ?? '', url) ?? '';
    const at = now();
    const reply = (await speak(tab, 'page-loaded', {
      metadata: fallbackCapture(url, title),
      visible: true,
      ...(attendedMs === undefined ? {} : { attendedMs }),
      at,
      viewer: true,
    })) as { tracked?: boolean } | undefined;
    return reply?.tracked === true;
  }

  /** One heartbeat for each tab read as a viewer (viewer-news.ts says what each says). */
  async function heartbeat(): Promise<void> {
    let shown = false;
    for (const [key, viewer] of Object.entries(await load())) {
      const tab = await deps.tabs.get(Number(key)).catch(() => undefined);
      const news = viewerNews(viewer, tab);
      shown ||= news === 'shown';
      if (news === 'left' && tab) await speak(tab, 'page-left', {}).catch(() => undefined);
      if (news === 'gone' || news === 'left') await keep((all) => Reflect.deleteProperty(all, key));
      if (news === 'shown' && tab) {
        await speak(tab, 'page-signal', { visible: true, mediaPlaying: false }).catch(
          () => undefined,
        );
      }
    }
    if (!shown) {
      clearInterval(beat);
      beat = undefined;
    }
  }

  return {
    /**
     * The injector's order into `tabId` was refused with `error`: when the tab shows a PDF in
     * pdf.js (pdfjs-tab.ts), it is reported here, read since the order's attention began, and
     * true says the document is done with; false leaves the refusal to the injector's retries.
     */
    async refused(tabId: number, order: ReadingOrder, error: unknown): Promise<boolean> {
      if (!isScriptingForbidden(error)) return false;
      const tab = await deps.tabs.get(tabId).catch(() => undefined);
      if (!tab || !isPdfJsTab(tab, order.url)) return false;
      // The same document loading again (a reload): still read, never reported twice.
      if ((await load())[String(tabId)]?.url === order.url) return true;
      const attendedMs = now() - order.attendedSince + order.earlierMs;
      if (await report(tab, attendedMs)) {
        await keep((all) => (all[String(tabId)] = { url: order.url }));
      }
      return true;
    },
    /**
     * tabs.onUpdated: a tab read as a viewer that shows another address has left its page; one
     * whose title changes once after its report (pdf.js names the PDF once it has read it) is
     * reported again under it, as the reading path reports a page again for a title settled.
     */
    async tabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) {
      const viewer = (await load())[String(tabId)];
      if (!viewer) return;
      if (change.url !== undefined && routeOf(change.url) !== viewer.url) {
        await speak(tab, 'page-left', {}).catch(() => undefined);
        await keep((all) => Reflect.deleteProperty(all, String(tabId)));
      } else if (change.title !== undefined && viewer.retitled !== true) {
        await keep((all) => (all[String(tabId)] = { ...viewer, retitled: true }));
        await report(tab).catch(() => false);
      }
    },
    /** tabs.onRemoved: the tracker hears it itself; the tab is forgotten here. */
    async tabRemoved(tabId: number): Promise<void> {
      if ((await load())[String(tabId)]) {
        await keep((all) => Reflect.deleteProperty(all, String(tabId)));
      }
    },
    /** Any browser event: a worker started again resumes the heartbeat of the tabs it kept. */
    async resume(): Promise<void> {
      beatFor(await load());
    },
  };
}

/** The tab viewers (createTabViewers). */
export type TabViewers = ReturnType<typeof createTabViewers>;
