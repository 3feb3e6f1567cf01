// Silent re-authorisation (issue #15, item 3), in real Chromium against the sandbox provider: its
// refresh tokens get a fixed lifetime of a few seconds (Entra's is 24 h for single-page apps) and
// are then refused as Entra refuses them (invalid_grant, AADSTS700084). While the provider's
// session lives the worker renews with a hidden prompt=none sign-in and nobody is asked; once the
// session is gone the user is asked once, and what waited is delivered after they sign in.
import type { BrowserContext, Page } from '@playwright/test';
import { openPopup, readPages, syncNow } from '../harness/reading';
import { configureAndSignIn, signInAs } from '../harness/sign-in';
import { extensionWorker } from '../harness/browser';
import { untilRead } from './fixtures/extension';
import { expect, test, type Sandbox, type SandboxAdmin } from './fixtures/sandbox';

/** Seconds a refresh token lives in these tests: shorter than one page read (7 s). */
const REFRESH_TOKEN_TTL = 4;

/** Pages of the provider's origin the browser shows from now on (a sign-in window would be one). */
function providerPagesShown(context: BrowserContext, sandbox: Sandbox): string[] {
  const origin = new URL(sandbox.authority).origin;
  const shown: string[] = [];
  context.on('page', (page) => {
    if (page.url().startsWith(origin)) shown.push(page.url());
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith(origin)) shown.push(frame.url());
    });
  });
  return shown;
}

async function signInWithShortRefreshTokens(
  context: BrowserContext,
  extensionId: string,
  sandbox: Sandbox,
  admin: SandboxAdmin,
): Promise<Page> {
  // Access tokens inside the worker's 2-minute renewal margin: every pass needs the refresh token.
  await admin.setAccessTokenTtl(60);
  await admin.setRefreshTokenTtl(REFRESH_TOKEN_TTL);
  return configureAndSignIn(context, extensionId, sandbox, 'alice');
}

const titles = async (admin: SandboxAdmin) =>
  ((await admin.dump()).users.alice?.activities ?? []).map((a) => a.visualElements.displayText);

test('an expired refresh token is renewed silently while the provider session lives: no prompt, sync goes on', async ({
  context,
  extensionId,
  sandbox,
  admin,
  pages,
}) => {
  const control = await signInWithShortRefreshTokens(context, extensionId, sandbox, admin);
  const shown = providerPagesShown(context, sandbox);

  // Reading takes longer than the refresh token lives: the next pass finds it refused.
  await readPages(context, [pages.url('/tides.html')]);
  await control.bringToFront();
  await untilRead(control, pages.url('/tides.html'));
  expect(await syncNow(control)).toMatchObject({ state: 'idle', pending: 0 });
  expect(await titles(admin)).toEqual(['How tides really work']);

  // The renewed sign-in expires too, and is renewed again the same way.
  await readPages(context, [pages.url('/sourdough.html')]);
  await control.bringToFront();
  await untilRead(control, pages.url('/sourdough.html'));
  expect(await syncNow(control)).toMatchObject({ state: 'idle', pending: 0 });
  expect((await titles(admin)).sort()).toEqual([
    'A patient guide to sourdough',
    'How tides really work',
  ]);

  expect(shown).toEqual([]);
  await control.reload();
  await expect(control.locator('#account-status')).toContainText('Signed in');
  const worker = await extensionWorker(context);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});

test('with the provider session gone the user is asked once; the outbox waits and is delivered after signing in', async ({
  context,
  extensionId,
  sandbox,
  admin,
  pages,
}) => {
  const control = await signInWithShortRefreshTokens(context, extensionId, sandbox, admin);
  // Signed out at the provider (its refresh tokens still work until their lifetime ends).
  await admin.endSession('alice', { keepGrants: true });
  const shown = providerPagesShown(context, sandbox);

  await readPages(context, [pages.url('/tides.html')]);
  await control.bringToFront();
  await untilRead(control, pages.url('/tides.html'));
  const stuck = await syncNow(control);
  expect(stuck).toMatchObject({ state: 'sign-in-required', pending: 1 });
  // Asking again does not try again, and never opens a window by itself.
  expect(await syncNow(control)).toMatchObject({ state: 'sign-in-required', pending: 1 });
  expect(shown).toEqual([]);
  expect(await titles(admin)).toEqual([]);

  const popup = await openPopup(context, extensionId);
  await expect(popup.getByText('Sign in again', { exact: false })).toHaveCount(1);
  await expect(popup.locator('#sync-action')).toHaveText('Sign in');
  await popup.close();
  const worker = await extensionWorker(context);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');

  await control.reload();
  await expect(control.locator('#sign-in')).toHaveText('Sign in again');
  await signInAs(context, control, sandbox, 'alice');
  await expect.poll(async () => (await syncNow(control)).pending, { timeout: 20_000 }).toBe(0);
  expect(await titles(admin)).toEqual(['How tides really work']);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});
