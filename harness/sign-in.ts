// Drives sign-in the way a person does: the options page's settings and button, then the
// provider's login page in the window chrome.identity.launchWebAuthFlow opens.
import type { BrowserContext, Page } from 'playwright-core';
import type { Sandbox } from '../sandbox';

/** The options page's path in the extension. */
export const OPTIONS_PATH = '/src/ui/options/index.html';

/** Opens the options page in a new tab of `context`. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}${OPTIONS_PATH}`);
  return page;
}

/**
 * Fills the Sign-in settings with the sandbox's values as a user would (each field saves when it
 * loses focus), unlocking them first when signed in ("Change settings…"). Resolves once storage
 * holds all three values: a status line could still show an earlier field's "Saved".
 */
export async function configureSandbox(
  options: Page,
  sandbox: Pick<Sandbox, 'clientId' | 'authority' | 'graphBaseUrl'>,
): Promise<void> {
  const change = options.locator('#change-settings');
  if (await change.isVisible()) await change.click();
  await options.locator('#client-id').fill(sandbox.clientId);
  await options.locator('#tenant').fill(sandbox.authority);
  await options.locator('#graph-base-url').fill(sandbox.graphBaseUrl);
  await options.locator('#graph-base-url').blur();
  const wanted = [sandbox.clientId, sandbox.authority, sandbox.graphBaseUrl];
  const deadline = Date.now() + 15_000;
  for (;;) {
    const stored = await options.evaluate(async () => {
      const all = await chrome.storage.local.get(['auth-config', 'settings']);
      const auth = all['auth-config'] as { clientId?: string; tenant?: string } | undefined;
      const settings = all['settings'] as { graphBaseUrl?: string } | undefined;
      return [auth?.clientId, auth?.tenant, settings?.graphBaseUrl];
    });
    if (stored.every((value, i) => value === wanted[i])) return;
    if (Date.now() > deadline) {
      throw new Error(`Sign-in settings not saved: ${JSON.stringify(stored)}`);
    }
    await options.waitForTimeout(100);
  }
}

/**
 * Presses Sign in (or Sign in again) and completes the provider's login page as `user`. Resolves
 * once the options page shows the account. Returns the options page. `onLoginPage` runs once the
 * provider's login page is open, before it is filled in (e.g. to spend a while on it).
 */
export async function signInAs(
  context: BrowserContext,
  options: Page,
  sandbox: Pick<Sandbox, 'authority' | 'federatedIdpOrigin'>,
  user: string,
  onLoginPage?: (login: Page) => Promise<void>,
): Promise<Page> {
  // A federated sandbox's window may already be at the organisation's IdP when Playwright sees it.
  const origins = [new URL(sandbox.authority).origin, sandbox.federatedIdpOrigin ?? []].flat();
  const loginPage = context.waitForEvent('page', {
    predicate: (page) => origins.some((origin) => page.url().startsWith(`${origin}/`)),
    timeout: 30_000,
  });
  await options.locator('#sign-in').click();
  const login = await loginPage;
  await onLoginPage?.(login);
  await login.locator('#username').selectOption(user);
  await login.locator('#sign-in').click();
  // Attached, not visible: the row is hidden while the status line names the account by it.
  await options
    .locator('#account-username')
    .getByText(`${user}@sandbox.test`)
    .waitFor({ state: 'attached', timeout: 30_000 });
  await options
    .locator('#account-status')
    // English or German (a spec may run the browser in German: e2e/popup-sync.spec.ts).
    .getByText(/^(Signed in as|Angemeldet als) /)
    .waitFor();
  return options;
}

/**
 * Opens the options page, enters the sandbox's settings as a user would, and signs in as `user`
 * (alice, bob or carol) through the provider's login page. Returns the options page.
 */
export async function configureAndSignIn(
  context: BrowserContext,
  extensionId: string,
  sandbox: Pick<Sandbox, 'clientId' | 'authority' | 'graphBaseUrl'>,
  user: string,
): Promise<Page> {
  const options = await openOptions(context, extensionId);
  await configureSandbox(options, sandbox);
  return signInAs(context, options, sandbox, user);
}
