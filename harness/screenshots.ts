// Screenshots of every extension page in light and dark, for `npm start` and for review: each
// file is <page>-<lang>-<scheme>.png. The language is the browser's (launch with `--lang=de`).
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** The extension's pages, with the viewport each is seen in. */
export const EXTENSION_PAGES = {
  popup: { path: '/src/ui/popup/index.html', viewport: { width: 400, height: 580 } },
  history: { path: '/src/ui/history/index.html', viewport: { width: 1100, height: 800 } },
  options: { path: '/src/ui/options/index.html', viewport: { width: 1000, height: 900 } },
  welcome: { path: '/src/ui/welcome/index.html', viewport: { width: 1000, height: 900 } },
} as const;

/** An extension page the screenshots cover (popup, options, history, welcome). */
export type ExtensionPageName = keyof typeof EXTENSION_PAGES;
/** The colour schemes each page is shot in. */
export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** Opens one extension page in a colour scheme and waits until it has drawn its data. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  name: ExtensionPageName,
  colorScheme: (typeof COLOR_SCHEMES)[number] = 'light',
): Promise<Page> {
  const { path, viewport } = EXTENSION_PAGES[name];
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${extensionId}${path}`);
  await page.waitForLoadState('load');
  if (name === 'popup') {
    await page.locator('#activities li, #empty:not([hidden])').first().waitFor();
  }
  if (name === 'history') {
    await page.locator('#list .row, #end:not([hidden])').first().waitFor();
  }
  if (name === 'options') {
    await page.locator('#account-status[data-state]').waitFor({ state: 'attached' });
  }
  await page.waitForTimeout(300);
  return page;
}

/**
 * Saves each page in both schemes under `dir`, plus its second view (`openSecondView`); returns the
 * files written.
 */
export async function screenshotPages(
  context: BrowserContext,
  extensionId: string,
  dir: string,
  lang: string,
  names: readonly ExtensionPageName[] = Object.keys(EXTENSION_PAGES) as ExtensionPageName[],
): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    for (const scheme of COLOR_SCHEMES) {
      const page = await openExtensionPage(context, extensionId, name, scheme);
      const file = join(dir, `${name}-${lang}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: name !== 'popup' });
      files.push(file);
      const more = await openSecondView(page, name);
      if (more) {
        const second = join(dir, `${name}-${more}-${lang}-${scheme}.png`);
        await page.screenshot({ path: second });
        files.push(second);
      }
      await page.close();
    }
  }
  return files;
}

/**
 * Opens what a page shows besides its first view (the popup's card preview, the history's charts,
 * the options' Clear-history dialog) and returns its name, or null when the page has none.
 */
export async function openSecondView(page: Page, name: ExtensionPageName): Promise<string | null> {
  if (name === 'popup') {
    const toggle = page.locator('#activities .toggle').first();
    if ((await toggle.count()) === 0) return null;
    await toggle.click();
    await page.locator('.card-preview .ac-adaptiveCard').waitFor();
    return 'card';
  }
  if (name === 'history') {
    await page.locator('#view-charts').click();
    await page.locator('#charts figure').first().waitFor();
    return 'charts';
  }
  if (name === 'options') {
    await page.locator('#clear-history').click();
    await page.locator('dialog.control-dialog .summary:not(:empty)').waitFor();
    return 'clear';
  }
  return null;
}
