// Entry point of the background service worker: registers every listener synchronously (a worker
// woken by an event must have its listener in place on the first turn) and nothing else.
import browser from 'webextension-polyfill';
import { createBackgroundApp } from './background-app';
import { openWelcomeOnInstall } from './first-run';
import { createBackgroundAuth } from '../auth/background-auth';
import { createSilentSignIn } from '../auth/silent-sign-in';
import { openAuthStore } from '../auth/token-store';
import { registerHistoryMenu } from './history-menu';

// Sign-in: tokens live in this worker only (encrypted refresh token in IndexedDB, access token in
// storage.session); see docs/sign-in.md.
// When the refresh token fails (24 h for SPA registrations), a hidden prompt=none sign-in renews
// first; the user is asked only if that fails (src/auth/renewal-policy.ts).
const auth = createBackgroundAuth({
  store: openAuthStore(),
  session: browser.storage.session,
  silentSignIn: createSilentSignIn({
    launch: (url) => chrome.identity.launchWebAuthFlow({ url, interactive: false }),
    redirectUri: () => chrome.identity.getRedirectURL(),
  }),
});
const app = createBackgroundApp(browser, {
  tokens: auth.tokens,
  tokenFor: (scope, options) => auth.tokenFor(scope, options),
  auth,
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  app.onMessage(message, sender),
);
browser.tabs.onActivated.addListener((info) => {
  void app.injector.hear({ type: 'tab-activated', ...info });
  void app.onTabActivated(info);
  void app.viewers.resume();
});
browser.tabs.onCreated.addListener((tab) => void app.signInTabs.created(tab));
browser.tabs.onRemoved.addListener((tabId) => {
  void app.signInTabs.removed(tabId);
  void app.injector.hear({ type: 'tab-removed', tabId });
  void app.onTabRemoved(tabId);
  void app.viewers.tabRemoved(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined) void app.signInTabs.heard(tabId, change.url);
  app.injector.tabUpdated(tabId, change, tab);
  void app.onTabUpdated(tabId, change);
  void app.viewers.tabUpdated(tabId, change, tab);
});
browser.windows.onFocusChanged.addListener((windowId) => {
  void app.injector.windowFocused(windowId, browser.windows.WINDOW_ID_NONE);
  void app.onWindowFocusChanged(windowId);
  void app.viewers.resume();
});
browser.windows.onRemoved.addListener((windowId) => void app.onWindowRemoved(windowId));
browser.idle.onStateChanged.addListener((state) => {
  void app.injector.hear({ type: 'idle-state', state });
  void app.onIdleStateChanged(state);
  void app.viewers.resume();
});
browser.alarms.onAlarm.addListener((alarm) => void app.onAlarm(alarm));
browser.storage.onChanged.addListener((changes, area) => void app.onStorageChanged(changes, area));
self.addEventListener('online', () => void app.onOnline());
registerHistoryMenu(browser);
browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details, browser));
browser.runtime.onInstalled.addListener((details) => void app.onInstalled(details));
