/**
 * The welcome page's optional "Publish" card: "Connect to Microsoft" signs in at once when the
 * build or the settings carry an app registration (a client id); without one, "Open settings" is
 * its one way on (the settings page explains how to add one). Neither is the page's main button:
 * connecting is optional, opening Reading Timeline is (welcome-view.ts). Browser and worker are
 * injected, so the card's states are unit-tested (connect-card.test.ts).
 */
import type { AuthConfig, ResolvedAuthority } from '../../auth/config';
import { checkAuthConfig } from '../../auth/config';
import { describeSignInError } from '../../auth/errors';
import type { AccountStatus, SignInGrant } from '../../auth/grant';
import { t } from '../../i18n/i18n';

/** The card's elements. */
export interface ConnectCardParts {
  connect: HTMLButtonElement;
  openSettings: HTMLButtonElement;
  /** "Signing in…", then "Connected": a live status line. */
  status: HTMLElement;
  /** Why signing in failed, in words (auth/errors.ts); hidden otherwise. */
  errorLine: HTMLElement;
  /** Shown when there is no registration to sign in with. */
  needsSetup: HTMLElement;
}

/** What the card asks of the browser, the sign-in and the worker. */
export interface ConnectCardDeps {
  loadConfig(): Promise<AuthConfig>;
  openOptions(): Promise<void>;
  /** The interactive sign-in (auth/interactive-sign-in.ts); throws when it ends without a grant. */
  signIn(options: { clientId: string; authority: ResolvedAuthority }): Promise<SignInGrant>;
  /** Hands the grant to the worker, which keeps the tokens; answers the account it signed in. */
  completeSignIn(grant: SignInGrant): Promise<AccountStatus>;
  account(): Promise<AccountStatus>;
}

/**
 * Wires the card and shows what the settings and the worker say now. Resolves once both have
 * answered (the page does not wait for it).
 */
export async function mountConnectCard(
  parts: ConnectCardParts,
  deps: ConnectCardDeps,
): Promise<void> {
  const { connect, openSettings, status, errorLine, needsSetup } = parts;
  let connected = false;
  /** Whether this build or the settings carry an app registration (a client id) to sign in with. */
  let registered = true;

  // One button per action: without a registration, "Connect" could only open the settings, which
  // "Open settings" beside it already does, so it is hidden.
  const showActions = (): void => {
    connect.hidden = connected || !registered;
    needsSetup.hidden = registered;
  };

  const showAccount = (account: AccountStatus): void => {
    connected = account.state === 'signed-in';
    status.textContent = connected ? t('welcome_connected') : '';
    showActions();
  };

  const connectNow = async (): Promise<void> => {
    errorLine.hidden = true;
    const check = checkAuthConfig(await deps.loadConfig());
    if (!check.ok) {
      // No registration built in or entered yet: the settings page walks through it.
      await deps.openOptions();
      return;
    }
    connect.disabled = true;
    status.textContent = t('options_account_signing_in');
    try {
      const grant = await deps.signIn({
        clientId: check.config.clientId,
        authority: check.authority,
      });
      showAccount(await deps.completeSignIn(grant));
    } catch (error) {
      status.textContent = '';
      errorLine.textContent = describeSignInError(error).message;
      errorLine.hidden = false;
    } finally {
      connect.disabled = false;
    }
  };

  connect.addEventListener('click', () => void connectNow());
  openSettings.addEventListener('click', () => void deps.openOptions());
  await Promise.all([
    deps.loadConfig().then((config) => {
      registered = config.clientId !== '';
      showActions();
    }),
    deps.account().then(showAccount),
  ]);
}
