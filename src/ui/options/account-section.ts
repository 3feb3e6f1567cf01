// The "Microsoft account" section: who is signed in, sign in (again), sign out.
import type { AccountStatus } from '../../auth/grant';
import { describeSignInError } from '../../auth/errors';
import { signInInteractively } from '../../auth/interactive-sign-in';
import { sendToWorker } from '../../messaging/client';
import { requireElement } from '../dom';
import { saveAuthSettings } from './auth-settings';

const statusLine = requireElement('#account-status', HTMLElement);
const details = requireElement('#account-details', HTMLElement);
const signInButton = requireElement('#sign-in', HTMLButtonElement);
const signOutButton = requireElement('#sign-out', HTMLButtonElement);
const errorLine = requireElement('#sign-in-error', HTMLElement);
const dialog = requireElement('#sign-out-dialog', HTMLDialogElement);
const deleteHistory = requireElement('#delete-history', HTMLInputElement);

let current: AccountStatus = { state: 'signed-out' };

const TENANT_KINDS = {
  personal: 'Personal Microsoft account',
  'work-or-school': 'Work or school account',
  'other-provider': 'Account of another OpenID provider',
} as const;

function showError(message: string | null): void {
  errorLine.textContent = message ?? '';
  errorLine.hidden = message === null;
}

function render(status: AccountStatus): void {
  current = status;
  signInButton.disabled = false;
  signOutButton.disabled = false;
  if (status.state === 'signed-out') {
    statusLine.textContent =
      'Not signed in: what you read stays in this browser. Sign in to publish it to your Timeline.';
    details.hidden = true;
    signInButton.textContent = 'Sign in with Microsoft';
    signInButton.hidden = false;
    signOutButton.hidden = true;
    return;
  }
  const { account } = status;
  requireElement('#account-name', HTMLElement).textContent = account.name || '—';
  requireElement('#account-username', HTMLElement).textContent = account.username || '—';
  requireElement('#account-tenant', HTMLElement).textContent =
    `${TENANT_KINDS[account.tenantKind]}${account.tenantId ? ` (tenant ${account.tenantId})` : ''}`;
  details.hidden = false;
  signOutButton.hidden = false;
  if (status.state === 'interaction-required') {
    statusLine.textContent = `Sign in again: ${status.reason ?? 'your sign-in has ended.'} Nothing waiting to be published is lost.`;
    signInButton.textContent = 'Sign in again';
    signInButton.hidden = false;
  } else {
    statusLine.textContent = 'Signed in: what you read is published to your Timeline.';
    signInButton.hidden = true;
  }
}

async function signIn(): Promise<void> {
  showError(null);
  const config = await saveAuthSettings();
  if (!config) {
    showError('Complete the Sign-in settings below first.');
    return;
  }
  signInButton.disabled = true;
  statusLine.textContent = 'Signing in: finish in the window that opened…';
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
    showError(`Sign-out failed: ${error instanceof Error ? error.message : String(error)}`);
    render(current);
  }
}

export async function refreshAccount(): Promise<void> {
  render(await sendToWorker('get-account', {}));
}

export function initAccountSection(): void {
  signInButton.addEventListener('click', () => void signIn());
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
