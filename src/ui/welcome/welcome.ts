// Welcome page (opened once, on install): pinning the icon, what is recorded and what never is, how
// to pause, where data lives, and the "Publish" card (connect-card.ts). Entry: wires the card to
// the browser, the sign-in and the worker.
import browser from 'webextension-polyfill';
import { loadAuthConfig } from '../../auth/config-store';
import { signInInteractively } from '../../auth/interactive-sign-in';
import { localizeDocument } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { requireElement } from '../dom';
import { mountConnectCard } from './connect-card';

localizeDocument();

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
