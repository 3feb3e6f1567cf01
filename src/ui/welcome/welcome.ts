// Welcome page (opened once, on install): that it is already recording, how to pin it in this
// browser with a button that opens it, privacy in a sentence, and the optional "Publish" card
// (connect-card.ts). Entry: wires the parts (welcome-view.ts) to the browser, sign-in and worker.
import browser from 'webextension-polyfill';
import { loadAuthConfig } from '../../auth/config-store';
import { signInInteractively } from '../../auth/interactive-sign-in';
import { HISTORY_PAGE } from '../../background/history-menu';
import { localizeDocument } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { browserFamily } from '../browser-family';
import { requireElement } from '../dom';
import { mountConnectCard } from './connect-card';
import type { SiteAccess } from '../site-access';
import { browserSiteAccess, watchSiteAccess, wireAllowButton } from '../site-access-watch';
import { openReadingList, recordingStateOf, showPinHint, showRecording } from './welcome-view';

localizeDocument();

showPinHint(requireElement('#pin-hint', HTMLElement), browserFamily(navigator));

requireElement('#open-popup', HTMLButtonElement).addEventListener('click', () => {
  void openReadingList({
    openPopup: () => browser.action.openPopup(),
    openHistory: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(HISTORY_PAGE) });
    },
  });
});

// The options page links to the folded "What is recorded" part by its id.
const recorded = requireElement('#recorded', HTMLDetailsElement);
if (location.hash === `#${recorded.id}`) recorded.open = true;

// The first card: recording, paused, or waiting for access to websites (site-access.ts), which
// the browser may withhold (Firefox: withdrawn or never granted; Chrome/Edge: site access).
const recording = {
  card: requireElement('#recording', HTMLElement),
  heading: requireElement('#recording-heading', HTMLElement),
  text: requireElement('#recording-text', HTMLElement),
  allow: requireElement('#allow-sites-line', HTMLElement),
};
let paused = false;
let access: SiteAccess = 'all';
const showState = (): void => {
  showRecording(recording, recordingStateOf(paused, access));
};
const siteAccess = browserSiteAccess();
const accessOutcome = requireElement('#allow-sites-outcome', HTMLElement);
wireAllowButton(requireElement('#allow-sites', HTMLButtonElement), siteAccess, (text) => {
  accessOutcome.textContent = text;
});
watchSiteAccess(siteAccess, (now) => {
  access = now;
  if (now === 'all') accessOutcome.textContent = '';
  showState();
});
void sendToWorker('get-status', {}).then((status) => {
  paused = status.paused;
  showState();
});

void mountConnectCard(
  {
    connect: requireElement('#connect', HTMLButtonElement),
    openSettings: requireElement('#open-settings', HTMLButtonElement),
    status: requireElement('#connect-status', HTMLElement),
    errorLine: requireElement('#connect-error', HTMLElement),
    needsSetup: requireElement('#connect-needs-setup', HTMLElement),
  },
  {
    loadConfig: () => loadAuthConfig(browser.storage.local),
    openOptions: () => browser.runtime.openOptionsPage(),
    signIn: signInInteractively,
    completeSignIn: (grant) => sendToWorker('complete-sign-in', { grant }),
    account: () => sendToWorker('get-account', {}),
  },
);
