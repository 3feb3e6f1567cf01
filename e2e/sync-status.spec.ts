// The sync line a user can trust (review 22, B1 and B3): while the write budget paces the upload
// the popup says so and when the next batch goes, "Sync now" answers why nothing goes sooner, and
// the options page's account card shows the same line, following each pass while it is open.
import type { Page } from '@playwright/test';
import { callWorker, openPopup, syncNow } from '../harness/reading';
import { expect, test } from './fixtures/signed-in';

const PAGES = ['/tides.html', '/sourdough.html', '/lighthouses.html'];
/** "next batch at 15:05" in the machine's clock style (en: "3:05 PM" in some zones). */
const PACED =
  /^Publishing in batches, as Microsoft allows · next batch at \d{1,2}:\d{2}(\s[AP]M)? · 2 waiting to sync$/;

/** Screenshots of `page` in light and dark, kept with the test's output. */
async function shoot(page: Page, name: string, path: (file: string) => string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: path(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a paced upload says when its next batch goes, in the popup and on the options page', async ({
  control,
  readAndReturn,
  context,
  extensionId,
  admin,
  pages,
}, testInfo) => {
  // One write per 5 minutes: the first page goes, the other two wait for the budget.
  await callWorker(control, 'update-settings', { patch: { writeBudgetPer5Min: 1 } });
  await readAndReturn(PAGES.map((p) => pages.url(p)));
  const paced = await syncNow(control);
  expect(paced).toMatchObject({ state: 'waiting', pending: 2 });
  expect(paced.nextSlotAt).toBeGreaterThan(Date.now() + 4 * 60_000);

  const popup = await openPopup(context, extensionId);
  const line = popup.locator('#sync-status');
  await expect(line).toHaveText(PACED);
  await expect(line).not.toHaveClass(/warn/);
  await shoot(popup, 'popup-paced', (f) => testInfo.outputPath(f));
  // Sync now cannot hasten the budget: it says so, with the same time.
  const before = (await line.textContent()) ?? '';
  await popup.locator('#sync-action').click();
  await expect(line).toHaveText(
    before.replace(
      'Publishing in batches, as Microsoft allows',
      'Already publishing as fast as Microsoft allows',
    ),
  );
  // ...and keeps saying so when the popup redraws its status after the pass (a second later).
  await popup.waitForTimeout(1_500);
  await expect(line).toHaveText(/^Already publishing as fast as Microsoft allows/);
  await shoot(popup, 'popup-paced-sync-now', (f) => testInfo.outputPath(f));

  // The account card: who is signed in, and the popup's line, not a claim that all is published.
  await control.reload();
  await expect(control.locator('#account-status')).toHaveText('Signed in as alice@sandbox.test');
  await expect(control.locator('#account-sync')).toHaveText(PACED);
  const card = control.locator('section.card[aria-labelledby="account-heading"]');
  for (const colorScheme of ['light', 'dark'] as const) {
    await control.emulateMedia({ colorScheme });
    await card.screenshot({
      path: testInfo.outputPath(`options-account-paced-${colorScheme}.png`),
    });
  }
  await control.emulateMedia({ colorScheme: 'light' });

  // Graph goes down while the page is open: the budget is raised, the next pass meets a 503, and
  // the card follows without a reload, with its next try as a 429's would have.
  await admin.failNext(100_000, { status: 503 });
  await callWorker(control, 'update-settings', { patch: { writeBudgetPer5Min: 60 } });
  await syncNow(popup);
  await expect(control.locator('#account-sync')).toHaveText(
    /^Microsoft Graph is not available right now · next try (this minute|in \d+ seconds?) · 2 waiting to sync$/,
  );
  await expect(line).toBeVisible();
  await card.screenshot({ path: testInfo.outputPath('options-account-outage-light.png') });

  // Graph is back: everything goes, and the card says so.
  await admin.clearFaults();
  await syncNow(popup);
  await expect(control.locator('#account-sync')).toHaveText('Synced just now');
});
