import { expect, test } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { callWorker, type FirefoxWithExtension } from '../../harness/firefox';
import { recordedPagesVia } from '../../harness/reading';
import { startTestSandbox } from '../../harness/sandbox-browser';
import type { Sandbox } from '../../sandbox';
import type { ActivityListItem } from '../../src/messaging/contract';
import { configureSandbox } from './extension-pages';
import { firefoxSpec } from './per-test';

/**
 * Issue #13 kind 5 in Firefox: nothing of the sign-in flow (the provider's pages in the window
 * identity.launchWebAuthFlow opens) is recorded, however long it is read; a page read afterwards
 * is. Firefox opens that window as a browser window without a toolbar (ext-identity.js,
 * `openOAuthWindow`: "chrome,location=yes,…"), which the windows API calls a `popup`; the tabs API
 * lists its tab and the worker reads a page there like any other unless it refuses it. What
 * refuses it: on the provider's own login page the tab mark (src/background/sign-in-tabs.ts) and
 * the URL floors (the authority's origin, the interaction id in the path); on the organisation's
 * identity provider of a federated sign-in only the mark, given because the tab opened in a popup
 * window as the flow began (without that rule it is not marked: no address on the authority's
 * origin reaches tabs.onUpdated there, as in Chromium).
 */

const OPTIONS = '/src/ui/options/index.html';
const TIDES = 'How tides really work';
/** Longer than a page needs to be read (4 s) and kept (5 s): docs/reading-time.md. */
const ON_LOGIN_PAGE_SECONDS = 10;

const spec = firefoxSpec();

const recordedPages = (page: Page): Promise<ActivityListItem[]> =>
  recordedPagesVia((type, payload) => callWorker(page, type, payload));

/** The first page that shows the login form on one of `origins` (the flow's window). */
function loginPageOn(browser: Browser, origins: string[]): Promise<Page> {
  return new Promise<Page>((resolve) => {
    browser.on('targetcreated', (target) => {
      void target
        .page()
        .then(async (page) => {
          if (!page) return;
          await page.waitForSelector('#username', { timeout: 30_000 });
          if (origins.includes(await page.evaluate(() => location.origin))) resolve(page);
        })
        .catch(() => undefined); // Another tab, or the flow's window closing after sign-in.
    });
  });
}

/** What the extension's APIs say of the tab showing `url`: its window's type and its mark. */
async function flowTab(
  options: Page,
  url: string,
): Promise<{ windowType?: string; marked: boolean }> {
  return options.evaluate(async (loginUrl) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const tab = (await api.tabs.query({})).find((t) => t.url === loginUrl);
    if (tab?.id === undefined) return { marked: false };
    const window = await api.windows.get(tab.windowId);
    const kept = await api.storage.session.get('sign-in-tabs');
    const marks = (kept['sign-in-tabs'] ?? {}) as Record<string, number>;
    return { windowType: window.type, marked: String(tab.id) in marks };
  }, url);
}

/** Signs in as alice through the flow's window, lingering on its login page; returns its URL. */
async function signInLingering(ff: FirefoxWithExtension, sandbox: Sandbox): Promise<string> {
  const options = await ff.openExtensionPage(OPTIONS);
  await configureSandbox(options, sandbox);
  const origins = [new URL(sandbox.authority).origin, sandbox.federatedIdpOrigin ?? []].flat();
  const loginPage = loginPageOn(ff.browser, origins);
  await options.locator('#sign-in').click();
  const login = await loginPage;
  const loginUrl = await login.evaluate(() => location.href);
  const lingered = await ff.readFor(login, ON_LOGIN_PAGE_SECONDS);
  expect(lingered).toBeGreaterThanOrEqual(ON_LOGIN_PAGE_SECONDS);
  expect(await flowTab(options, loginUrl)).toEqual({ windowType: 'popup', marked: true });
  await login.select('#username', 'alice');
  await login.locator('#sign-in').click();
  await options.waitForFunction(
    () => document.querySelector('#account-username')?.textContent.includes('alice@sandbox.test'),
    { timeout: 30_000, polling: 200 },
  );
  await options.close();
  return loginUrl;
}

for (const federated of [false, true]) {
  const where = federated ? "the organisation's identity provider" : "the provider's login page";
  test(`signing in with ${String(ON_LOGIN_PAGE_SECONDS)} s on ${where} records nothing of the flow; a page read next is recorded`, async () => {
    const sandbox = await startTestSandbox({ federated });
    try {
      const ff = await spec.launch();
      const loginUrl = await signInLingering(ff, sandbox);
      if (federated) expect(new URL(loginUrl).origin).toBe(sandbox.federatedIdpOrigin);

      const tides = await ff.browser.newPage();
      await tides.goto(spec.pages.url('/tides.html'));
      const readTides = await ff.readFor(tides, 6);
      const control = await ff.openExtensionPage(OPTIONS);
      await expect
        .poll(async () => (await recordedPages(control)).map((a) => a.metadata.title))
        .toContain(TIDES);
      const recorded = await recordedPages(control);
      // Only the page read after: nothing from the authority, the IdP, nor the redirect URI.
      const fromFlow = recorded
        .filter((a) => a.metadata.title !== TIDES)
        .map((a) => `${a.metadata.url}: ${(a.activeMs / 1000).toFixed(2)} s`);
      expect(fromFlow, `recorded after ${loginUrl}`).toEqual([]);
      expect(recorded.map((a) => a.metadata.url)).toEqual([spec.pages.url('/tides.html')]);
      const tidesSeconds = (recorded[0]?.activeMs ?? 0) / 1000;
      expect(Math.abs(tidesSeconds - readTides)).toBeLessThanOrEqual(2);
    } finally {
      await sandbox.stop();
    }
  });
}
