// Access to websites in Chromium (site-access.ts): granted at install, so the popup and the
// settings page say nothing of it; with Site access "On click" (set as chrome://extensions sets
// it, through its developerPrivate API) `permissions.contains` answers false for the manifest's
// hosts, nothing is recorded, and they say so and offer "Allow access to websites". (Chromium
// refuses `permissions.remove` of required hosts.) Its prompt for giving them back is the
// browser's own dialog, which a test cannot answer, so the grant is checked in Firefox
// (e2e/firefox/site-access.firefox.ts).
import { openPopup, recordedPages, readFor } from '../harness/reading';
import { expect, test } from './fixtures/extension';

const HOSTS = ['http://*/*', 'https://*/*'];

/** The part of chrome://extensions' own API that sets an extension's site access. */
interface DeveloperPrivate {
  updateExtensionConfiguration(update: {
    extensionId: string;
    hostAccess: 'ON_CLICK' | 'ON_SPECIFIC_SITES' | 'ON_ALL_SITES';
  }): Promise<void>;
}

test('with access to every website (the install default) nothing is said about it', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  expect(
    await extensionPage.evaluate((origins) => chrome.permissions.contains({ origins }), HOSTS),
  ).toBe(true);
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('#activities')).not.toHaveAttribute('aria-busy');
  await expect(popup.locator('#site-access')).toBeHidden();
  await expect(extensionPage.locator('#site-access')).toBeHidden();
});

test('with the hosts withheld, nothing is recorded and the popup and settings say so', async ({
  context,
  extensionId,
  extensionPage,
  pages,
}) => {
  // The user's own setting, as chrome://extensions sets it (Details → Site access → On click).
  const settingsPage = await context.newPage();
  await settingsPage.goto(`chrome://extensions/?id=${extensionId}`);
  await settingsPage.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
      .developerPrivate;
    await api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' });
  }, extensionId);
  await settingsPage.close();
  expect(
    await extensionPage.evaluate((origins) => chrome.permissions.contains({ origins }), HOSTS),
  ).toBe(false);
  // permissions.onRemoved: the open settings page follows without a reload.
  await expect(extensionPage.locator('#site-access .site-access-text')).toHaveText(
    'Reading Timeline may not read websites, so nothing you read is recorded.',
  );

  const page = await context.newPage();
  await page.goto(pages.url('/tides.html'));
  await readFor(page, 7);
  expect(await recordedPages(extensionPage)).toEqual([]);

  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await expect(popup.locator('#site-access .site-access-text')).toHaveText(
    'Reading Timeline may not read websites, so nothing you read is recorded.',
  );
  await expect(popup.locator('#site-access button')).toHaveText('Allow access to websites');
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    await popup.screenshot({
      path: test.info().outputPath(`popup-no-access-chromium-${colorScheme}.png`),
    });
  }
});
