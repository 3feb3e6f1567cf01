// Browser zoom for the e2e specs (e2e/zoom.spec.ts): a tab zoomed as Ctrl+plus zooms it, and the
// toolbar popup at the browser's default zoom, the only way to see its real size (the browser caps
// a popup at 800 × 600 px of the screen; a tab showing the popup's page has no such cap).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Worker } from 'playwright-core';

/**
 * Zooms `page`, an extension page, to `factor` (2 for 200 %) as the browser's zoom does, in this
 * tab only (`chrome.tabs.setZoom`), and waits until its CSS viewport is the window's size divided
 * by `factor`. Real zoom, not an emulation: the page's `devicePixelRatio` becomes `factor` too.
 */
export async function zoomTab(page: Page, factor: number): Promise<void> {
  const width = await page.evaluate(() => innerWidth * devicePixelRatio);
  await page.evaluate(async (zoom) => {
    const tab = await chrome.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('not in a tab');
    await chrome.tabs.setZoomSettings(tab.id, { scope: 'per-tab' });
    await chrome.tabs.setZoom(tab.id, zoom);
  }, factor);
  await page.waitForFunction(
    ([screen, zoom]) => Math.abs(innerWidth - screen / zoom) < 1 && devicePixelRatio === zoom,
    [width, factor] as const,
  );
}

/**
 * Sets the browser's default zoom (Settings → Appearance → Page zoom) in the profile at
 * `userDataDir`, for its next launch: Chromium's zoom level is log base 1.2 of the factor. The
 * profile must exist (launched once) and the browser be closed.
 */
export function setDefaultZoom(userDataDir: string, factor: number): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as { partition?: Record<string, unknown> };
  prefs.partition = {
    ...prefs.partition,
    default_zoom_level: { x: Math.log(factor) / Math.log(1.2) },
  };
  writeFileSync(file, JSON.stringify(prefs));
}

/** The DevTools flag that lets `openToolbarPopup` reach the popup: any free port. */
export const DEVTOOLS_PORT_ARG = '--remote-debugging-port=0';

/**
 * Opens the extension's toolbar popup (`chrome.action.openPopup()`, from its worker) in a headed
 * browser launched with DEVTOOLS_PORT_ARG on `userDataDir`, and returns its page, reached over the
 * DevTools protocol (Playwright does not list popups as pages of the context). Close `browser`
 * when done: it is that second connection.
 */
export async function openToolbarPopup(
  worker: Worker,
  userDataDir: string,
): Promise<{ popup: Page; browser: Browser }> {
  await worker.evaluate(() => chrome.action.openPopup());
  const [port] = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port ?? ''}`);
  for (let tries = 0; tries < 50; tries++) {
    const popup = browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((page) => page.url().endsWith('/src/ui/popup/index.html'));
    if (popup) {
      await popup.locator('#activities li, #empty:not([hidden])').first().waitFor();
      return { popup, browser };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await browser.close();
  throw new Error('the toolbar popup did not open');
}
