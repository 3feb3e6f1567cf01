import type { Browser, Tabs, Windows } from 'webextension-polyfill';
import type { TrackerEvent } from '../tracking/engagement-types';
import type { BrowserState, FrontTab } from './context';
import { coalescedByTab } from './injection/coalesced-by-tab';
import { injectFramePresence } from './injection/frame-presence-injection';

/**
 * The handlers' view of `browser.idle`, `browser.windows`, `browser.tabs` (titles, switching) and
 * `browser.scripting` (frame presence for frames added to a page being read).
 */
export function createBrowserState(
  browser: Pick<Browser, 'idle' | 'windows' | 'tabs' | 'scripting'>,
): BrowserState {
  // One pass per tab at a time, however many of its frames ask (coalesced-by-tab.ts).
  const framePresence = coalescedByTab(async (tabId) => {
    await injectFramePresence(browser.scripting, tabId);
  });
  return {
    async tabTitle(tabId) {
      // Chromium gives a tab's title to an extension with host permissions for its page (the
      // manifest's host_permissions, the content script's own pages): no `tabs` permission.
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      return tab?.title?.trim() || undefined;
    },
    async tabActive(tabId) {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      return tab?.active;
    },
    queryIdle: (thresholdSec) => browser.idle.queryState(thresholdSec),
    async windowFocus(windowId) {
      const window = await browser.windows.get(windowId).catch(() => undefined);
      return window ? { windowId, focused: window.focused } : undefined;
    },
    async showTab(tabId, windowId) {
      // Neither call needs the "tabs" permission: only reading a tab's URL does.
      try {
        await browser.tabs.update(tabId, { active: true });
        await browser.windows.update(windowId, { focused: true });
        return true;
      } catch {
        return false;
      }
    },
    async sendToTab(tabId, message) {
      return browser.tabs.sendMessage(tabId, message).then(
        () => true,
        () => false,
      );
    },
    injectFramePresence: framePresence,
    async openTab(url) {
      return (await browser.tabs.create({ url })).id;
    },
    async frontTab() {
      // Normal windows only: the popup opened as a window of its own (as the e2e harness does)
      // is not the page in front; the toolbar popup is no window at all. Chromium takes the
      // filter here (getAll's); a browser that does not is held to it below.
      const normalOnly: Windows.GetAllGetInfoType = { windowTypes: ['normal'] };
      const window = await browser.windows.getLastFocused(normalOnly).catch(() => undefined);
      if (window?.id === undefined || window.type !== 'normal') return undefined;
      const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
      return tab ? frontTabOf(tab, window.id) : undefined;
    },
    async lastTabBefore(windowId, except) {
      const tabs = await browser.tabs.query({ windowId }).catch(() => []);
      let last: Tabs.Tab | undefined;
      for (const tab of tabs) {
        if (tab.id === except || tab.lastAccessed === undefined) continue;
        if (!last || tab.lastAccessed > (last.lastAccessed ?? 0)) last = tab;
      }
      return last ? frontTabOf(last, windowId) : undefined;
    },
  };
}

/** A tab as the page line needs it; undefined without an id. */
function frontTabOf(tab: Tabs.Tab, windowId: number): FrontTab | undefined {
  if (tab.id === undefined) return undefined;
  return {
    tabId: tab.id,
    windowId,
    incognito: tab.incognito,
    ...(tab.url ? { url: tab.url } : {}),
  };
}

/** Which normal window has focus, if any (incognito windows are never tracked). */
export async function focusedWindowId(browser: Pick<Browser, 'windows'>): Promise<number | null> {
  const windows = await browser.windows.getAll().catch(() => []);
  return windows.find((w) => w.focused && !w.incognito)?.id ?? null;
}

/** What the browser shows right now, for the tracker after a browser start. */
export async function snapshotEvent(
  browser: Pick<Browser, 'idle' | 'tabs' | 'windows'>,
  idleThresholdSec: number,
): Promise<TrackerEvent> {
  const [focused, activeTabs] = await Promise.all([
    focusedWindowId(browser),
    browser.tabs.query({ active: true }),
  ]);
  return {
    type: 'snapshot',
    focusedWindowId: focused,
    activeTabs: activeTabs.flatMap((tab) =>
      tab.id !== undefined && !tab.incognito
        ? [{ windowId: tab.windowId ?? -1, tabId: tab.id }]
        : [],
    ),
    idle: await browser.idle.queryState(idleThresholdSec),
  };
}
