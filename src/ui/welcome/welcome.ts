// Welcome page (opened once, on install): what is recorded and what never is, how to pause, where
// data lives, and "Connect to Microsoft": one click when the build carries a client id
// (src/auth/defaults.ts), else the settings page, which explains how to add one.
import browser from 'webextension-polyfill';
import { checkAuthConfig } from '../../auth/config';
import { loadAuthConfig } from '../../auth/config-store';
import { describeSignInError } from '../../auth/errors';
import { signInInteractively } from '../../auth/interactive-sign-in';
import { localizeDocument, t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { AccountStatus } from '../../auth/grant';
import { requireElement } from '../dom';

localizeDocument();

const connect = requireElement('#connect', HTMLButtonElement);
const openSettings = requireElement('#open-settings', HTMLButtonElement);
const status = requireElement('#connect-status', HTMLElement);
const errorLine = requireElement('#connect-error', HTMLElement);
const needsSetup = requireElement('#connect-needs-setup', HTMLElement);

let connected = false;
/** Whether this build or the settings carry an app registration (a client id) to sign in with. */
let registered = true;

/**
 * One button per action: without a registration, "Connect" could only open the settings, which
 * "Open settings" beside it already does, so it is hidden and "Open settings" is the main action.
 */
function showActions(): void {
  connect.hidden = connected || !registered;
  openSettings.classList.toggle('primary', !connected && !registered);
  needsSetup.hidden = registered;
}

function showAccount(account: AccountStatus): void {
  connected = account.state === 'signed-in';
  status.textContent = connected ? t('welcome_connected') : '';
  showActions();
}

async function connectNow(): Promise<void> {
  errorLine.hidden = true;
  const check = checkAuthConfig(await loadAuthConfig(browser.storage.local));
  if (!check.ok) {
    // No registration built in or entered yet: the settings page walks through it.
    await browser.runtime.openOptionsPage();
    return;
  }
  connect.disabled = true;
  status.textContent = t('options_account_signing_in');
  try {
    const grant = await signInInteractively({
      clientId: check.config.clientId,
      authority: check.authority,
    });
    showAccount(await sendToWorker('complete-sign-in', { grant }));
  } catch (error) {
    status.textContent = '';
    errorLine.textContent = describeSignInError(error).message;
    errorLine.hidden = false;
  } finally {
    connect.disabled = false;
  }
}

connect.addEventListener('click', () => void connectNow());
openSettings.addEventListener('click', () => void browser.runtime.openOptionsPage());
void loadAuthConfig(browser.storage.local).then((config) => {
  registered = config.clientId !== '';
  showActions();
});
void sendToWorker('get-account', {}).then(showAccount);
