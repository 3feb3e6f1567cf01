// Sign-in end to end, in real Chromium against the sandbox's OpenID provider over HTTPS: the
// options page signs in through the provider's login page (chrome.identity.launchWebAuthFlow), the
// worker gets tokens and syncs, sign-out forgets everything, a restart keeps the sign-in, and an
// ended provider session asks the user to sign in again without losing anything.
//
// Pages are read before signing in, or after a relaunch: in headless Chromium (and Xvfb without a
// window manager) closing the sign-in window leaves no window focused as far as
// chrome.windows.onFocusChanged is concerned, so the tracker would not count time until the user
// focuses a window again — a real desktop sends that event at once.
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from '../harness/browser';
import { openPopup, readAndClose, recordedPages, syncNow } from '../harness/reading';
import { untilRead } from './fixtures/extension';
import { expect, launchForSandbox, test } from './fixtures/sandbox';
import { configureAndSignIn, configureSandbox, openOptions, signInAs } from '../harness/sign-in';

/** Reads `url` for 7 s and closes it; `control` (an extension page) waits until it is listed. */
async function read(context: BrowserContext, control: Page, url: string): Promise<void> {
  await readAndClose(context, url, 7);
  await untilRead(control, url);
}

/** Everything the extension keeps: storage areas, every IndexedDB store, web storage, cookies. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dbs: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name ?? '');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise<unknown[]>((resolve) => {
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as unknown[]);
          };
        });
      }
      db.close();
      dbs[info.name] = stores;
    }
    const replacer = (_key: string, value: unknown) =>
      value instanceof CryptoKey
        ? '[CryptoKey]'
        : value instanceof ArrayBuffer || ArrayBuffer.isView(value)
          ? '[bytes]'
          : value;
    return JSON.stringify(
      {
        local: await chrome.storage.local.get(null),
        session: await chrome.storage.session.get(null),
        indexedDB: dbs,
        localStorage: Object.fromEntries(Object.entries(localStorage)),
        sessionStorage: Object.fromEntries(Object.entries(sessionStorage)),
        cookies: document.cookie,
      },
      replacer,
    );
  });
}

interface Stored {
  indexedDB: Record<string, Record<string, unknown[]>>;
  session: Record<string, unknown>;
  cookies: string;
}
const parseStored = (json: string) => JSON.parse(json) as Stored;

const JWT = /eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]*/;

test('signs in through the provider page; the worker syncs; sign-out forgets every token', async ({
  context,
  extensionId,
  extensionPage,
  pages,
  sandbox,
  admin,
}) => {
  // Read while signed out: it waits in the outbox.
  await read(context, extensionPage, pages.url('/tides.html'));
  expect((await syncNow(extensionPage)).state).toBe('signed-out');

  const options = await configureAndSignIn(context, extensionId, sandbox, 'alice');
  await expect(options.locator('#account-name')).toHaveText('Alice Sandbox');
  await expect(options.locator('#account-tenant')).toContainText(sandbox.tenantId);

  await expect
    .poll(async () => (await syncNow(extensionPage)).pending, { timeout: 20_000 })
    .toBe(0);
  const alice = (await admin.dump()).users.alice;
  expect(alice?.activities.map((a) => a.visualElements.displayText)).toEqual([
    'How tides really work',
  ]);
  expect(alice?.activities[0]?.appId).toBe(sandbox.clientId);

  // The access token is in the worker's session storage, the sealed refresh token in IndexedDB.
  const before = await everythingStored(options);
  expect(before).toMatch(JWT);
  expect(parseStored(before).indexedDB['reading-timeline-auth']?.signIn).toHaveLength(1);

  await options.locator('#sign-out').click();
  await expect(options.locator('#delete-history')).not.toBeChecked();
  await options.locator('#confirm-sign-out').click();
  await expect(options.locator('#account-status')).toContainText('Not signed in');

  const after = await everythingStored(options);
  expect(after).not.toMatch(JWT);
  expect(after).not.toMatch(/msal/i);
  const stored = parseStored(after);
  expect(stored.indexedDB['reading-timeline-auth']).toEqual({ signIn: [], keys: [] });
  expect(Object.keys(stored.session)).not.toContain('auth-access-token');
  expect(stored.cookies).toBe('');

  // Nothing is sent any more, and the history read here is still here.
  const seen = (await admin.requestLog()).length;
  await read(context, extensionPage, pages.url('/sourdough.html'));
  expect((await syncNow(extensionPage)).state).toBe('signed-out');
  expect(await admin.requestLog()).toHaveLength(seen);
  const list = await recordedPages(extensionPage);
  expect(list.length).toBeGreaterThan(0);
});

test('sign-out can also delete the local history', async ({
  context,
  extensionId,
  extensionPage,
  pages,
  sandbox,
}) => {
  await read(context, extensionPage, pages.url('/tides.html'));
  const options = await configureAndSignIn(context, extensionId, sandbox, 'bob');
  await options.locator('#sign-out').click();
  await options.locator('#delete-history').check();
  await options.locator('#confirm-sign-out').click();
  await expect(options.locator('#account-status')).toContainText('Not signed in');
  expect(await recordedPages(extensionPage)).toEqual([]);
});

test('a relaunch keeps the sign-in; an ended provider session asks to sign in again, losing nothing', async ({
  context,
  extensionId,
  extensionPage,
  pages,
  sandbox,
  admin,
}, testInfo) => {
  // Every pass renews the access token (it is always inside the renewal margin), so the refresh
  // token is what keeps sync going.
  await admin.setAccessTokenTtl(60);
  await read(context, extensionPage, pages.url('/tides.html'));
  await configureAndSignIn(context, extensionId, sandbox, 'carol');
  await expect
    .poll(async () => (await syncNow(extensionPage)).pending, { timeout: 20_000 })
    .toBe(0);

  // Relaunch on the same profile: storage.session is gone, the sealed refresh token is not.
  await context.close();
  const relaunched = await launchForSandbox(sandbox, testInfo.outputPath('profile'));
  try {
    await extensionWorker(relaunched);
    const options = await openOptions(relaunched, extensionId);
    await expect(options.locator('#account-status')).toContainText('Signed in');
    await expect(options.locator('#account-username')).toHaveText('carol@sandbox.test');
    await read(relaunched, options, pages.url('/sourdough.html'));
    await expect.poll(async () => (await syncNow(options)).pending, { timeout: 20_000 }).toBe(0);
    const titles = () =>
      admin
        .dump()
        .then((d) => d.users.carol?.activities.map((a) => a.visualElements.displayText).sort());
    expect(await titles()).toEqual(['A patient guide to sourdough', 'How tides really work']);

    // The provider ends carol's session and revokes her grants: the refresh token dies.
    await admin.endSession('carol');
    await read(relaunched, options, pages.url('/lighthouses.html'));
    const stuck = await syncNow(options);
    expect(stuck.state).toBe('sign-in-required');
    expect(stuck.pending).toBeGreaterThan(0);
    const worker = await extensionWorker(relaunched);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
    const popup = await openPopup(relaunched, extensionId);
    await expect(popup.locator('#sync-status')).toContainText('Sign in again');
    await expect(popup.locator('#sync-action')).toHaveText('Sign in');
    await popup.close();

    await options.reload();
    await expect(options.locator('#account-status')).toContainText('Sign in again');
    await expect(options.locator('#sign-in')).toHaveText('Sign in again');
    await signInAs(relaunched, options, sandbox, 'carol');
    await expect.poll(async () => (await syncNow(options)).pending, { timeout: 20_000 }).toBe(0);
    expect(await titles()).toEqual([
      'A patient guide to sourdough',
      'How tides really work',
      'The last lighthouse keepers',
    ]);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  } finally {
    await relaunched.close();
  }
});

test('sign-in errors say what to do: unknown client id, provider down; a fresh install explains', async ({
  context,
  extensionId,
  sandbox,
}) => {
  const options = await openOptions(context, extensionId);
  // No client id in this build: the page explains how to register an app in Entra and which
  // permission to grant, and says the extension works without one.
  await expect(options.locator('#setup-help')).toBeVisible();
  await expect(options.locator('#setup-help')).toContainText('App registrations');
  await expect(options.locator('#setup-help')).toContainText('UserActivity.ReadWrite.CreatedByApp');
  await expect(options.locator('#setup-help')).toContainText('still works');
  await expect(options.locator('#redirect-uri')).toHaveText(
    `https://${extensionId}.chromiumapp.org/`,
  );
  await options.locator('#sign-in').click();
  await expect(options.locator('#clientId-error')).toContainText('application (client) ID');

  // An unknown client id: the provider answers with an error page instead of its login page.
  await configureSandbox(options, { ...sandbox, clientId: 'no-such-app' });
  await options.locator('#sign-in').click();
  await expect(options.locator('#sign-in-error')).toContainText('application (client) ID');
  await expect(options.locator('#account-status')).toContainText('Not signed in');

  // The user closes the provider's window.
  await configureSandbox(options, sandbox);
  const providerPage = context.waitForEvent('page', {
    predicate: (page) => page.url().startsWith(new URL(sandbox.authority).origin),
  });
  await options.locator('#sign-in').click();
  await (await providerPage).close();
  await expect(options.locator('#sign-in-error')).toContainText('window was closed');

  // A provider that is not running.
  const down = 'https://127.0.0.1:9/c0ffee00-5a4d-4b0c-8e11-7ea0d1d11e5a/v2.0';
  await configureSandbox(options, { ...sandbox, authority: down });
  await options.locator('#sign-in').click();
  await expect(options.locator('#sign-in-error')).toContainText('could not be reached');
});
