import type { Browser } from 'webextension-polyfill';
import { loadAuthConfig } from '../auth/config-store';
import { parseSettings } from '../settings/settings';
import { focusedWindowId } from './browser-state';
import type { BackgroundContext } from './context';
import { createEventRouter } from './event-routing';
import { createInjector } from './injection/injector';
import { mayRead } from './may-read';
import { createSignInTabs } from './sign-in-tabs';
import { createMessageRouter } from './message-router';
import { syncPauseAlarm } from './pause-alarm';
import { startBackground, type BackgroundOptions, type SettingsCell } from './start-up';
import { createTickAlarm } from './tick-alarm';
import { createTabViewers } from './viewer-tab/tab-viewers';

export type { BackgroundOptions } from './start-up';

/**
 * The service worker's behaviour, independent of how listeners are registered: wires start-up
 * (start-up.ts), sender trust and messages (message-router.ts) and browser events
 * (event-routing.ts). Every handler waits for the one `ready` promise, so the entry file can
 * register listeners synchronously at top level while set-up is still running.
 */
export function createBackgroundApp(browser: Browser, options: BackgroundOptions = {}) {
  const settings: SettingsCell = { current: parseSettings(undefined) };
  const tickAlarm = createTickAlarm(browser.alarms);
  const ready: Promise<BackgroundContext> = startBackground({
    browser,
    options,
    settings,
    tickAlarm,
  });
  const onMessage = createMessageRouter({
    extension: { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin },
    ready,
  });
  const events = createEventRouter({
    ready,
    settings,
    tickAlarm,
    setIdleInterval: (seconds) => {
      browser.idle.setDetectionInterval(seconds);
    },
    focusedWindowId: () => focusedWindowId(browser),
    noWindowId: browser.windows.WINDOW_ID_NONE,
    syncPauseAlarm: (current, storage) =>
      syncPauseAlarm(current, { alarms: browser.alarms, storage }),
  });
  // The sign-in flow's own tab, marked for the flow's duration (issue #13 kind 5).
  const signInTabs = createSignInTabs(browser.storage.session, {
    windowType: (windowId) =>
      browser.windows.get(windowId).then(
        (window) => window.type,
        () => undefined,
      ),
  });
  // A PDF in Firefox's viewer, where no add-on script may run, is read from its tab.
  const viewers = createTabViewers({
    ready,
    session: browser.storage.session,
    tabs: browser.tabs,
  });
  // Reads pages once they hold attention (issue #13): apart from start-up, never waits for it.
  const injector = createInjector({
    scripting: browser.scripting,
    session: browser.storage.session,
    tabs: browser.tabs,
    focusedWindowId: () => focusedWindowId(browser),
    queryIdle: () => browser.idle.queryState(settings.current.idleThresholdSec),
    // The settings as start-up read them (4 s after attention it is long done; a failed start-up
    // rejects, and nothing is read).
    mayRead: async (url, tabId) => {
      const context = await ready;
      if (await signInTabs.isSignInTab(tabId)) return false;
      return mayRead(url, context.settings(), await loadAuthConfig(context.storage));
    },
    refused: (tabId, order, error) => viewers.refused(tabId, order, error),
  });
  return { ready, onMessage, injector, signInTabs, viewers, ...events };
}

/**
 * The worker's app (createBackgroundApp): `ready` (start-up: database, settings, sync), the
 * message handler, the injector, the sign-in flow's tab marks, the tabs read as viewers
 * (viewer-tab/tab-viewers.ts) and one handler per browser event
 * service-worker.ts wires.
 */
export type BackgroundApp = ReturnType<typeof createBackgroundApp>;
