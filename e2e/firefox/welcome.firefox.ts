import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { WELCOME_PATH } from '../../harness/browser';
import { EXTENSION_ORIGIN, findPage } from '../../harness/firefox';
import { firefoxSpec } from './per-test';

/**
 * The first-run page in Firefox ESR (the AMO package), as e2e/welcome.spec.ts checks it in
 * Chromium: it opens on install, gives Firefox's pin steps only (the gear, Pin to Toolbar), and
 * its main button opens the real toolbar popup: `action.openPopup()` from the page's click, with
 * no preference allowing popups without a user gesture, as for a user.
 */

const spec = firefoxSpec();

/** The popups open now and whether each has drawn its list (asked from an extension page). */
function popupViews(page: Page): Promise<boolean[]> {
  return page.evaluate(() => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return api.extension
      .getViews({ type: 'popup' })
      .map((view) => view.document.querySelector('#activities li, #empty:not([hidden])') !== null);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`Firefox: the first-run page opens on install with Firefox's pin steps, and Open Reading Timeline opens the popup (${scheme})`, async () => {
    const ff = await spec.launch({
      welcome: 'keep',
      prefs: { 'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0 },
    });
    const welcome = await findPage(ff.browser, new URL(WELCOME_PATH, EXTENSION_ORIGIN).href);
    await welcome.bringToFront();
    await welcome.setViewport({ width: 1280, height: 800 });
    await welcome.waitForSelector('#pin-hint[data-browser]');
    const shown = await welcome.evaluate(() => ({
      browser: document.querySelector<HTMLElement>('#pin-hint')?.dataset.browser,
      hint: document.querySelector('#pin-hint')?.textContent ?? '',
      body: document.body.textContent,
      height: document.documentElement.scrollHeight,
    }));
    expect(shown.browser).toBe('firefox');
    expect(shown.hint).toContain('the gear beside Reading Timeline and Pin to Toolbar');
    expect(shown.body).not.toMatch(/Chrome|Edge|the pin beside|the eye|npm|VITE_|sandbox/);
    expect(shown.height).toBeLessThanOrEqual(800);
    await welcome.screenshot({
      path: test.info().outputPath(`welcome-firefox-1280-${scheme}.png`),
      fullPage: true,
    });

    expect(await popupViews(welcome)).toEqual([]);
    const before = new Set(await ff.browser.pages());
    await welcome.click('#open-popup');
    await expect.poll(() => popupViews(welcome), { timeout: 10_000 }).toEqual([true]);
    // The popup, not the history page in a new tab (the fallback where a popup is refused).
    const opened = (await ff.browser.pages()).filter((page) => !before.has(page));
    expect(opened).toEqual([]);
  });
}
