import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import {
  callWorker,
  EXTENSION_ORIGIN,
  findPage,
  type FirefoxWithExtension,
} from '../../harness/firefox';
import { recordedPagesVia } from '../../harness/reading';
import type { ActivityListItem } from '../../src/messaging/contract';
import { firefoxSpec } from './per-test';

/**
 * The popup's line about the page in front in Firefox ESR (the AMO package), as privacy.spec.ts
 * checks it in Chromium: "Don't record <site>" stops recording the site of the page in front, and
 * "Record <site>" undoes it. The popup is opened as openPopupOver does in Chromium: in a window of
 * its own (type popup, unfocused) over the page, so the page's window stays the last focused
 * normal window, which is where the worker finds the page in front.
 */

const POPUP = '/src/ui/popup/index.html';
const OPTIONS = '/src/ui/options/index.html';

const spec = firefoxSpec();

const recordedPages = (page: Page): Promise<ActivityListItem[]> =>
  recordedPagesVia((type, payload) => callWorker(page, type, payload));

/**
 * Reloads an extension page from within (BiDi does not navigate moz-extension:// pages, so
 * puppeteer's reload times out) and waits until it has loaded again.
 */
async function reloadFromWithin(page: Page): Promise<void> {
  const before = await page.evaluate(() => performance.timeOrigin);
  await page.evaluate(() => {
    location.reload();
  });
  await page.waitForFunction(
    (origin: number) => performance.timeOrigin !== origin && document.readyState === 'complete',
    { polling: 100 },
    before,
  );
}

/**
 * Opens the popup in a popup-type window over `page`, as the toolbar button would show it: `page`
 * in front of its window, and that window the last focused one. Firefox gives the new window
 * focus although `windows.create` asks for none, and its `windows.getLastFocused` ignores
 * `windowTypes`, so the worker would take the popup's own window for the one in front (and say
 * "not-web"). So the page's window is focused again and the popup reloaded there, asking its
 * first screen anew: what the worker then finds is what it finds under the real toolbar popup,
 * which is no window at all.
 */
async function openPopupOver(
  ff: FirefoxWithExtension,
  extensionPage: Page,
  page: Page,
): Promise<Page> {
  await page.bringToFront();
  const before = new Set(await ff.browser.pages());
  const url = new URL(POPUP, EXTENSION_ORIGIN).href;
  await extensionPage.evaluate(async (popupUrl: string) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const pageWindow = await api.windows.getCurrent();
    await api.windows.create({
      url: popupUrl,
      type: 'popup',
      focused: false,
      width: 400,
      height: 600,
    });
    if (pageWindow.id !== undefined) await api.windows.update(pageWindow.id, { focused: true });
  }, url);
  const popup = await findPage(ff.browser, url, before);
  await reloadFromWithin(popup);
  return popup;
}

/** The line's words ('' for none) and its button's text, once the line has its answer. */
async function pageLine(popup: Page): Promise<{ why: string; button: string }> {
  await popup.waitForSelector('#page-line button');
  return popup.$eval('#page-line', (line) => ({
    why: line.querySelector('.page-why')?.textContent ?? '',
    button: line.querySelector('button')?.textContent ?? '',
  }));
}

test("the popup's Don't record stops recording the site in front; Record undoes it", async () => {
  const testInfo = test.info();
  const ff = await spec.launch();
  const control = await ff.openExtensionPage(OPTIONS);
  const tides = spec.pages.url('/tides.html');
  const page = await ff.browser.newPage();
  await page.goto(tides);
  await ff.readFor(page, 7);
  await expect
    .poll(async () => (await recordedPages(control)).map((a) => a.metadata.url))
    .toEqual([tides]);

  // The page server is 127.0.0.1: an IP address is its own site.
  const popup = await openPopupOver(ff, control, page);
  await expect
    .poll(() => pageLine(popup))
    .toEqual({ why: 'This page is recorded', button: 'Don’t record 127.0.0.1' });
  await popup.screenshot({ path: testInfo.outputPath('popup-page-recorded-firefox.png') });
  await popup.click('#page-line button');
  await expect
    .poll(() => pageLine(popup))
    .toEqual({
      why: '127.0.0.1 is not recorded (excluded in your settings)',
      button: 'Record 127.0.0.1',
    });
  await popup.screenshot({ path: testInfo.outputPath('popup-page-excluded-firefox.png') });
  // Focus stays on the button, now offering the way back.
  expect(
    await popup.evaluate(
      () => document.activeElement === document.querySelector('#page-line button'),
    ),
  ).toBe(true);
  await popup.close();

  // Stored as the options page stores a site it lists.
  await reloadFromWithin(control);
  await expect
    .poll(() => control.$eval('#excluded-sites', (area) => (area as HTMLTextAreaElement).value))
    .toBe('127.0.0.1');

  // Another page of the site, read well past the 5 s minimum visit: nothing. The first page's
  // reading ended at the exclusion and was kept.
  await page.goto(spec.pages.url('/sourdough.html'));
  await ff.readFor(page, 7);
  const kept = await recordedPages(control);
  expect(kept.map((a) => a.metadata.url)).toEqual([tides]);
  expect(kept[0]?.activeMs).toBeGreaterThanOrEqual(5000);

  const again = await openPopupOver(ff, control, page);
  expect(await pageLine(again)).toEqual({
    why: '127.0.0.1 is not recorded (excluded in your settings)',
    button: 'Record 127.0.0.1',
  });
  await again.click('#page-line button');
  await expect
    .poll(() => pageLine(again))
    .toEqual({ why: 'This page is recorded', button: 'Don’t record 127.0.0.1' });
  await reloadFromWithin(control);
  await expect
    .poll(() => control.$eval('#excluded-sites', (area) => (area as HTMLTextAreaElement).value))
    .toBe('');
});
