// The first-run page as a new user meets it (review "newuser", session 26, item 12): it opens by
// itself on install, says it is already recording, gives this browser's pin steps only (Chromium:
// Chrome's), has one main button that opens Reading Timeline's toolbar popup, shows no developer
// material, and fits one screen at 1280 × 800 and reads without sideways scrolling at 420 px.
// Screenshots: English and German, light and dark, 1280 and 420 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { callWorker } from '../harness/reading';
import { launchWithExtension, WELCOME_PATH } from '../harness/browser';
import { COLOR_SCHEMES } from '../harness/screenshots';
import { AXE_TAGS } from './fixtures/shots';

/** A fresh profile's first start in `lang`: the context and the welcome page the install opened. */
async function install(
  profile: string,
  lang: 'en' | 'de' = 'en',
): Promise<{ context: BrowserContext; welcome: Page }> {
  const context = await launchWithExtension({
    userDataDir: profile,
    welcome: 'keep',
    viewport: { width: 1280, height: 800 },
    extraArgs: [`--lang=${lang}`],
  });
  const isWelcome = (page: Page): boolean => page.url().endsWith(WELCOME_PATH);
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
  await welcome.waitForLoadState('load');
  return { context, welcome };
}

/** The popups open now and whether each has drawn its list (asked from an extension page). */
function popupViews(page: Page): Promise<boolean[]> {
  return page.evaluate(() =>
    chrome.extension
      .getViews({ type: 'popup' })
      .map((view) => view.document.querySelector('#activities li, #empty:not([hidden])') !== null),
  );
}

/** Shoots the whole page at 1280 and 420 px, light and dark, with axe over it in each scheme. */
async function shoot(welcome: Page, lang: string, path: (file: string) => string): Promise<void> {
  for (const width of [1280, 420]) {
    await welcome.setViewportSize({ width, height: 800 });
    for (const colorScheme of COLOR_SCHEMES) {
      await welcome.emulateMedia({ colorScheme });
      await welcome.screenshot({
        path: path(`welcome-${lang}-${String(width)}-${colorScheme}.png`),
        fullPage: true,
      });
      const { violations } = await new AxeBuilder({ page: welcome }).withTags(AXE_TAGS).analyze();
      expect(
        violations.map((v) => v.id),
        `${String(width)} px ${colorScheme}`,
      ).toEqual([]);
    }
  }
  await welcome.emulateMedia({ colorScheme: 'light' });
  await welcome.setViewportSize({ width: 1280, height: 800 });
}

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
test('on install the first-run page opens with Chrome’s pin steps only, one main button, on one screen', async ({}, testInfo) => {
  const { context, welcome } = await install(testInfo.outputPath('profile'));
  try {
    await expect(welcome.locator('h1')).toHaveText('Welcome to Reading Timeline');
    await expect(welcome.locator('#recording')).toHaveAttribute('data-state', 'recording');
    await expect(welcome.locator('#recording-heading')).toHaveText('It is already recording');
    const hint = welcome.locator('#pin-hint');
    await expect(hint).toHaveAttribute('data-browser', 'chrome');
    await expect(hint).toContainText('Chrome');
    await expect(hint).toContainText('the pin beside Reading Timeline');
    // The other browsers' steps are nowhere on the page (they were all three in one paragraph).
    const text = (await welcome.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/Edge|Firefox|the eye|the gear|Pin to Toolbar/);
    // No developer material for store users, folded or not.
    expect(text).not.toMatch(/npm|VITE_|sandbox|Entra/);
    // One main button, Open Reading Timeline, in the first screen.
    await expect(welcome.locator('button.primary:visible')).toHaveCount(1);
    await expect(welcome.locator('#open-popup')).toHaveClass(/primary/);
    await expect(welcome.locator('#open-popup')).toBeInViewport();
    // One screen at 1280 × 800 (it was 1,348 px tall), and nothing sideways at 420 px (1,801).
    expect(await welcome.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      800,
    );
    await welcome.setViewportSize({ width: 420, height: 800 });
    const narrow = await welcome.evaluate(() => ({
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      height: document.documentElement.scrollHeight,
    }));
    expect(narrow.sideways).toBeLessThanOrEqual(0);
    expect(narrow.height).toBeLessThanOrEqual(1200);
    await shoot(welcome, 'en', (file) => testInfo.outputPath(file));
  } finally {
    await context.close();
  }
});

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
test('Open Reading Timeline opens the toolbar popup; paused, the page says so; the options page’s link opens What is recorded', async ({}, testInfo) => {
  const { context, welcome } = await install(testInfo.outputPath('profile'));
  try {
    expect(await popupViews(welcome)).toEqual([]);
    await welcome.locator('#open-popup').click();
    await expect.poll(() => popupViews(welcome)).toEqual([true]);
    // The popup, not the history page in a tab (the fallback where a browser refuses popups).
    expect(context.pages().filter((page) => page.url().includes('/history/'))).toEqual([]);

    await callWorker(welcome, 'set-paused', { paused: true });
    await welcome.reload();
    await expect(welcome.locator('#recording')).toHaveAttribute('data-state', 'paused');
    await expect(welcome.locator('#recording-heading')).toHaveText('Recording is paused');
    await welcome.screenshot({ path: testInfo.outputPath('welcome-paused-light.png') });

    // The options page's "What is recorded, and what never is" comes back here, to that part open.
    const options = await context.newPage();
    await options.goto(welcome.url().replace('/welcome/', '/options/'));
    await options.getByRole('link', { name: 'What is recorded, and what never is' }).click();
    await expect(options.locator('#recorded')).toHaveAttribute('open', '');
    await expect(options.getByText('Never: anything in a private window')).toBeVisible();
    await options.screenshot({ path: testInfo.outputPath('welcome-recorded-light.png') });
  } finally {
    await context.close();
  }
});

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
test('German: the first-run page in German, Chrome’s pin steps', async ({}, testInfo) => {
  const { context, welcome } = await install(testInfo.outputPath('profile'), 'de');
  try {
    await expect(welcome.locator('h1')).toHaveText('Willkommen bei Reading Timeline');
    await expect(welcome.locator('#pin-hint')).toContainText(
      'die Stecknadel neben Reading Timeline',
    );
    await expect(welcome.locator('#open-popup')).toHaveText('Reading Timeline öffnen');
    expect(await welcome.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      800,
    );
    await shoot(welcome, 'de', (file) => testInfo.outputPath(file));
  } finally {
    await context.close();
  }
});
