// The "Microsoft account" section: who is signed in, sign in (again), sign out.
import type { AccountStatus } from '../../auth/grant';
import { describeSignInError } from '../../auth/errors';
import { signInInteractively } from '../../auth/interactive-sign-in';
import { sendToWorker } from '../../messaging/client';
import { t } from '../../i18n/i18n';
import { requireElement } from '../dom';
import { initAccountSync, showAccountSync } from './account-sync';
import {
  lockAuthSettings,
  onSignInReady,
  saveAuthSettings,
  unlockAuthSettings,
} from './auth-settings';
import { signInReasonText } from './sign-in-reason';

const statusLine = requireElement('#account-status', HTMLElement);
const details = requireElement('#account-details', HTMLElement);
const signInButton = requireElement('#sign-in', HTMLButtonElement);
const signOutButton = requireElement('#sign-out', HTMLButtonElement);
const errorLine = requireElement('#sign-in-error', HTMLElement);
const dialog = requireElement('#sign-out-dialog', HTMLDialogElement);
const deleteHistory = requireElement('#delete-history', HTMLInputElement);
const changeSettings = requireElement('#change-settings', HTMLButtonElement);
const notReadyHint = requireElement('#sign-in-not-ready', HTMLElement);

/** Whether the stored sign-in settings have a client ID (auth-settings.ts tells on load). */
let ready = false;

/**
 * Signed out, "Sign in with Microsoft" is the main button only once the sign-in settings can sign
 * in; before that it is a plain button with a line saying the settings below come first (pressing
 * it still says so and moves focus there).
 */
function showReadiness(): void {
  const waiting = current.state === 'signed-out' && !ready;
  signInButton.classList.toggle('primary', !waiting);
  notReadyHint.hidden = !waiting;
}

let current: AccountStatus = { state: 'signed-out' };

const TENANT_KINDS = {
  personal: 'options_account_personal',
  'work-or-school': 'options_account_work',
  'other-provider': 'options_account_other',
} as const;

function showError(message: string | null): void {
  errorLine.textContent = message ?? '';
  errorLine.hidden = message === null;
}

function render(status: AccountStatus): void {
  current = status;
  statusLine.dataset.state = status.state;
  signInButton.disabled = false;
  signOutButton.disabled = false;
  // Signed in, the sign-in settings are what signed in: read-only until "Change settings…".
  const signedIn = status.state !== 'signed-out';
  lockAuthSettings(signedIn);
  changeSettings.hidden = !signedIn;
  showAccountSync(status.state === 'signed-in');
  showReadiness();
  if (status.state === 'signed-out') {
    statusLine.textContent = t('options_account_signed_out');
    details.hidden = true;
    signInButton.textContent = t('options_sign_in');
    signInButton.hidden = false;
    signOutButton.hidden = true;
    return;
  }
  const { account } = status;
  requireElement('#account-name', HTMLElement).textContent = account.name || '—';
  requireElement('#account-username', HTMLElement).textContent = account.username || '—';
  // "Signed in as alice@…" above, then "Username alice@…": the row only where the line does not
  // name the account by it (signing in again, or no username).
  const named = status.state === 'signed-in' && account.username !== '';
  for (const id of ['#account-username', '#account-username-label']) {
    requireElement(id, HTMLElement).hidden = named;
  }
  const kind = t(TENANT_KINDS[account.tenantKind]);
  requireElement('#account-tenant', HTMLElement).textContent = account.tenantId
    ? t('options_account_tenant', [kind, account.tenantId])
    : kind;
  details.hidden = false;
  signOutButton.hidden = false;
  if (status.state === 'interaction-required') {
    statusLine.textContent = t('options_account_sign_in_again', signInReasonText(status.reason));
    signInButton.textContent = t('options_sign_in_again');
    signInButton.hidden = false;
  } else {
    // Who, not a claim about publishing: the sync line below says whether anything goes.
    statusLine.textContent = t(
      'options_account_signed_in',
      account.username || account.name || t(TENANT_KINDS[account.tenantKind]),
    );
    signInButton.hidden = true;
  }
}

async function signIn(): Promise<void> {
  showError(null);
  const config = await saveAuthSettings();
  if (!config) {
    showError(t('options_complete_settings'));
    return;
  }
  signInButton.disabled = true;
  statusLine.textContent = t('options_account_signing_in');
  try {
    const loginHint = current.state === 'signed-out' ? undefined : current.account.username;
    const grant = await signInInteractively({
      clientId: config.config.clientId,
      authority: config.authority,
      ...(loginHint ? { loginHint } : {}),
    });
    render(await sendToWorker('complete-sign-in', { grant }));
  } catch (error) {
    showError(describeSignInError(error).message);
    render(current);
  }
}

async function signOut(): Promise<void> {
  showError(null);
  signOutButton.disabled = true;
  try {
    await sendToWorker('sign-out', { deleteHistory: deleteHistory.checked });
    deleteHistory.checked = false;
    render({ state: 'signed-out' });
  } catch (error) {
    showError(t('options_sign_out_failed', error instanceof Error ? error.message : String(error)));
    render(current);
  }
}

/** Shows the account as the worker has it now. */
export async function refreshAccount(): Promise<void> {
  render(await sendToWorker('get-account', {}));
}

/** Wires Account: sign in, change the sign-in settings, sign out (with or without the history). */
export function initAccountSection(): void {
  initAccountSync();
  onSignInReady((isReady) => {
    ready = isReady;
    showReadiness();
  });
  signInButton.addEventListener('click', () => void signIn());
  changeSettings.addEventListener('click', unlockAuthSettings);
  signOutButton.addEventListener('click', () => {
    deleteHistory.checked = false;
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'sign-out') void signOut();
  });
  // The worker may have found the sign-in expired while this page was in the background.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !signInButton.disabled) void refreshAccount();
  });
}
