import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { WELCOME_PATH } from '../../harness/browser';
import {
  callWorker,
  EXTENSION_ORIGIN,
  findPage,
  type FirefoxWithExtension,
} from '../../harness/firefox';
import { recordedPagesVia } from '../../harness/reading';
import { firefoxSpec } from './per-test';

/**
 * Firefox (MV3) lets the user withdraw an add-on's access to websites (about:addons →
 * Permissions, the Extensions panel's "Always allow on all sites"); then nothing is recorded. The
 * welcome page, the popup and the options page say so, and their one button, "Allow access to
 * websites", asks Firefox for it again from the click (site-access-watch.ts). Access is withdrawn
 * here as the user's switch does, with `permissions.remove` of the manifest's hosts; the grant goes
 * through Firefox's own permission prompt, accepted in the browser window as a user would.
 */

const POPUP = '/src/ui/popup/index.html';
const OPTIONS = '/src/ui/options/index.html';
const HOSTS = ['http://*/*', 'https://*/*'];

const spec = firefoxSpec();

/** Withdraws access to every website, as the user's switch in Firefox does. */
async function withdrawAccess(extensionPage: Page): Promise<void> {
  const removed = await extensionPage.evaluate(async (origins: string[]) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    await api.permissions.remove({ origins });
    return !(await api.permissions.contains({ origins }));
  }, HOSTS);
  expect(removed).toBe(true);
}

/** Whether the add-on may read every website now (asked from one of its pages). */
function hasAccess(extensionPage: Page): Promise<boolean> {
  return extensionPage.evaluate(async (origins: string[]) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return api.permissions.contains({ origins });
  }, HOSTS);
}

/**
 * Accepts Firefox's prompt for the add-on's permissions (the doorhanger "Reading Timeline requests
 * additional permissions") with its main button, as the user would click Allow.
 */
async function acceptPermissionPrompt(ff: FirefoxWithExtension): Promise<void> {
  await expect
    .poll(
      () =>
        ff.inBrowserWindow(
          `(() => {
            const prompt = document.getElementById('addon-webext-permissions-notification');
            if (!prompt || prompt.hidden) return 'waiting';
            prompt.button.click();
            return 'accepted';
          })()`,
        ),
      { timeout: 10_000 },
    )
    .toBe('accepted');
}

/** The notice's words and button on the popup or the options page ('' while hidden). */
function notice(page: Page): Promise<{ text: string; button: string }> {
  return page.$eval('#site-access', (box) =>
    (box as HTMLElement).hidden
      ? { text: '', button: '' }
      : {
          text: box.querySelector('.site-access-text')?.textContent ?? '',
          button: box.querySelector('button')?.textContent ?? '',
        },
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`Firefox: the welcome page says access to websites is missing, and Allow gives it back (${scheme})`, async () => {
    const ff = await spec.launch({
      welcome: 'keep',
      prefs: { 'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0 },
    });
    const welcome = await findPage(ff.browser, new URL(WELCOME_PATH, EXTENSION_ORIGIN).href);
    await welcome.bringToFront();
    await welcome.setViewport({ width: 1280, height: 800 });
    await welcome.waitForSelector('#recording[data-state="recording"]');
    expect(await welcome.$eval('#allow-sites-line', (line) => (line as HTMLElement).hidden)).toBe(
      true,
    );

    await withdrawAccess(welcome);
    // permissions.onRemoved: the page follows without a reload.
    await welcome.waitForSelector('#recording[data-state="no-access"]');
    const shown = await welcome.evaluate(() => ({
      heading: document.querySelector('#recording-heading')?.textContent ?? '',
      text: document.querySelector('#recording-text')?.textContent ?? '',
      button: document.querySelector('#allow-sites-line:not([hidden]) button')?.textContent ?? '',
      height: document.documentElement.scrollHeight,
    }));
    expect(shown.heading).toBe('It needs your permission to record');
    expect(shown.text).toMatch(/needs access to the websites you visit/);
    expect(shown.button.trim()).toBe('Allow access to websites');
    await welcome.screenshot({
      path: test.info().outputPath(`welcome-no-access-firefox-${scheme}.png`),
      fullPage: true,
    });

    await welcome.click('#allow-sites');
    await acceptPermissionPrompt(ff);
    await welcome.waitForSelector('#recording[data-state="recording"]');
    expect(await hasAccess(welcome)).toBe(true);
    expect(await welcome.$eval('#recording-heading', (h) => h.textContent)).toBe(
      'It is already recording',
    );
  });
}

test('Firefox: without access nothing is recorded, the popup and options say so, and Allow brings recording back', async () => {
  const testInfo = test.info();
  const ff = await spec.launch();
  const control = await ff.openExtensionPage(OPTIONS);
  const recorded = async (): Promise<string[]> =>
    (await recordedPagesVia((type, payload) => callWorker(control, type, payload))).map(
      (a) => a.metadata.url,
    );
  expect(await notice(control)).toEqual({ text: '', button: '' });
  await withdrawAccess(control);
  await expect
    .poll(() => notice(control))
    .toEqual({
      text: 'Reading Timeline may not read websites, so nothing you read is recorded.',
      button: 'Allow access to websites',
    });
  await control.screenshot({ path: testInfo.outputPath('options-no-access-firefox.png') });

  // Read well past the 5 s minimum visit: nothing, since the reading path cannot be put in a page.
  const tides = spec.pages.url('/tides.html');
  const page = await ff.browser.newPage();
  await page.goto(tides);
  await ff.readFor(page, 7);
  expect(await recorded()).toEqual([]);

  const popup = await ff.openExtensionPage(POPUP);
  await popup.setViewport({ width: 400, height: 600 });
  await expect
    .poll(() => notice(popup))
    .toEqual({
      text: 'Reading Timeline may not read websites, so nothing you read is recorded.',
      button: 'Allow access to websites',
    });
  await popup.screenshot({ path: testInfo.outputPath('popup-no-access-firefox.png') });

  await popup.click('#site-access button');
  await acceptPermissionPrompt(ff);
  await expect.poll(() => notice(popup)).toEqual({ text: '', button: '' });
  // The options page, open meanwhile, follows (permissions.onAdded).
  await expect.poll(() => notice(control)).toEqual({ text: '', button: '' });
  await popup.close();

  const sourdough = spec.pages.url('/sourdough.html');
  await page.goto(sourdough);
  await ff.readFor(page, 7);
  await expect.poll(recorded, { timeout: 15_000 }).toEqual([sourdough]);
});

test('Firefox in German (dark): the popup and the welcome page say access is missing in German', async () => {
  const testInfo = test.info();
  const ff = await spec.launch({
    locale: 'de',
    welcome: 'keep',
    prefs: { 'ui.systemUsesDarkTheme': 1 },
  });
  const welcome = await findPage(ff.browser, new URL(WELCOME_PATH, EXTENSION_ORIGIN).href);
  await withdrawAccess(welcome);
  await welcome.bringToFront();
  await welcome.setViewport({ width: 1280, height: 800 });
  await welcome.waitForSelector('#recording[data-state="no-access"]');
  expect(await welcome.$eval('#recording-heading', (h) => h.textContent)).toBe(
    'Die Aufzeichnung braucht deine Erlaubnis',
  );
  expect(await welcome.$eval('#allow-sites', (b) => b.textContent.trim())).toBe(
    'Zugriff auf Websites erlauben',
  );
  await welcome.screenshot({
    path: testInfo.outputPath('welcome-no-access-firefox-de-dark.png'),
    fullPage: true,
  });

  const popup = await ff.openExtensionPage(POPUP);
  await popup.setViewport({ width: 400, height: 600 });
  await expect
    .poll(() => notice(popup))
    .toEqual({
      text: 'Reading Timeline darf keine Websites lesen, deshalb wird nichts aufgezeichnet, was du liest.',
      button: 'Zugriff auf Websites erlauben',
    });
  await popup.screenshot({ path: testInfo.outputPath('popup-no-access-firefox-de-dark.png') });
});
