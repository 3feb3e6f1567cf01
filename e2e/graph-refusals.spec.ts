// What Graph refuses, end to end (#15 items 2 and 4): the built extension in Chromium, signed in
// to the local Graph sandbox, whose fault switches refuse one page's PUT or the whole account.
// What reached Graph is checked through the sandbox.
import type { Page } from '@playwright/test';
import { readBackActivities } from '../harness/graph-readback';
import { callWorker, openPopup, readPages, syncNow } from '../harness/reading';
import { expect, test } from './fixtures/signed-in';

const PAGES = ['/tides.html', '/sourdough.html', '/lighthouses.html'];

/** The id the extension gave the page at `url` (from its own list, as the popup gets it). */
async function idOf(control: Page, url: string): Promise<string> {
  const { rows } = await callWorker(control, 'list-pages', {});
  const row = rows.find((r) => r.url === url);
  if (!row) throw new Error(`${url} was not recorded`);
  return row.appActivityId;
}

test.describe('pages and accounts Graph refuses', () => {
  test('a refused page is shown with its reason, delivered after the fault is lifted and Retry', async ({
    control,
    readAndReturn,
    context,
    extensionId,
    sandbox,
    admin,
    pages,
  }, testInfo) => {
    const urls = PAGES.map((p) => pages.url(p));
    // Read offline: nothing reaches Graph while the three pages are read, the oldest first.
    await admin.dropNext(10_000);
    await readAndReturn(urls);
    await admin.clearFaults();
    const oldest = await idOf(control, urls[0] ?? '');
    await admin.failNext(10_000, {
      status: 400,
      code: 'invalidRequest',
      method: 'PUT',
      pathPrefix: `/me/activities/${oldest}`,
    });
    await expect.poll(async () => (await syncNow(control)).pending, { timeout: 60_000 }).toBe(0);
    expect((await callWorker(control, 'get-status', {})).sync.parked).toBe(1);
    const delivered = async () =>
      (await readBackActivities(sandbox, 'alice')).map((a) => a.activationUrl).sort();
    expect(await delivered()).toEqual([urls[1], urls[2]].sort());

    const popup = await openPopup(context, extensionId);
    const row = popup.locator('#parked-writes li');
    await expect(row).toHaveCount(1);
    await expect(row.locator('.title')).toHaveText('How tides really work');
    await expect(row.locator('.reason')).toContainText(
      'Microsoft Graph did not accept this page’s details.',
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await popup.screenshot({ path: testInfo.outputPath(`popup-parked-${colorScheme}.png`) });
    }
    await popup.emulateMedia({ colorScheme: 'light' });

    // Retry while Graph still refuses: refused again, still listed, nothing else sent twice.
    await row.getByRole('button', { name: /^Retry/ }).click();
    await expect(popup.locator('#parked-writes li')).toHaveCount(1);
    const tries = async () =>
      (await admin.requestLog()).filter((r) => r.method === 'PUT' && r.path.includes(oldest))
        .length;
    await expect.poll(tries).toBe(2);

    // The fault is lifted: the user's Retry delivers it, and the list empties.
    await admin.clearFaults();
    await popup
      .locator('#parked-writes li')
      .getByRole('button', { name: /^Retry/ })
      .click();
    await expect(popup.locator('#parked-writes')).toBeHidden();
    expect(await delivered()).toEqual([...urls].sort());
    expect((await callWorker(control, 'get-status', {})).sync).toMatchObject({
      pending: 0,
      parked: 0,
    });
  });

  test("Don't publish takes a refused page out of the outbox: it is never sent again", async ({
    control,
    readAndReturn,
    context,
    extensionId,
    sandbox,
    admin,
    pages,
  }, testInfo) => {
    const url = pages.url('/sourdough.html');
    await admin.dropNext(10_000);
    await readAndReturn([url]);
    await admin.clearFaults();
    const id = await idOf(control, url);
    await admin.failNext(1, { status: 400, code: 'invalidRequest', method: 'PUT' });
    await syncNow(control);
    expect((await callWorker(control, 'get-status', {})).sync.parked).toBe(1);

    const history = await context.newPage();
    await history.goto(`chrome-extension://${extensionId}/src/ui/history/index.html`);
    const row = history.locator('#parked-writes li');
    await expect(row).toHaveCount(1);
    for (const colorScheme of ['light', 'dark'] as const) {
      await history.emulateMedia({ colorScheme });
      await history.screenshot({ path: testInfo.outputPath(`history-parked-${colorScheme}.png`) });
    }
    await row.getByRole('button', { name: /^Don’t publish/ }).click();
    await expect(history.locator('#parked-writes')).toBeHidden();

    // Graph would take it now; it is not offered: the outbox is empty and nothing more goes out.
    const sent = async () =>
      (await admin.requestLog()).filter((r) => r.method !== 'GET' && r.path.includes(id)).length;
    expect(await sent()).toBe(1);
    const overview = await syncNow(control);
    expect(overview).toMatchObject({ pending: 0, parked: 0 });
    expect(await sent()).toBe(1);
    expect(await readBackActivities(sandbox, 'alice')).toEqual([]);
    // Still in the local history.
    await expect(history.locator('#list [role="listitem"]').first()).toBeVisible();
  });

  test('an account Graph refuses as a whole: said in plain words, nothing sent again until Sync now', async ({
    control,
    readAndReturn,
    context,
    extensionId,
    sandbox,
    admin,
    pages,
  }, testInfo) => {
    const urls = PAGES.slice(0, 2).map((p) => pages.url(p));
    await admin.dropNext(10_000);
    await readAndReturn(urls);
    await admin.clearFaults();
    await admin.failNext(10_000, {
      status: 403,
      code: 'accessDenied',
      pathPrefix: '/me/activities',
    });
    const refused = await syncNow(control);
    expect(refused).toMatchObject({ state: 'account-refused', pending: 2, parked: 0 });
    const log = (await admin.requestLog()).length;

    const popup = await openPopup(context, extensionId);
    await expect(popup.locator('#sync-status')).toHaveText(
      'Microsoft Graph refuses this account access to your activities: its organisation or account type may not allow them. Everything stays on this device; nothing is sent until you try again.',
    );
    await expect(popup.locator('#sync-status')).toHaveClass(/warn/);
    // The line warns; All history and Sync now beside it keep their colour.
    const colour = (selector: string) =>
      popup.locator(selector).evaluate((element) => getComputedStyle(element).color);
    expect(await colour('#open-history')).not.toBe(await colour('#sync-status'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await popup.screenshot({ path: testInfo.outputPath(`popup-account-${colorScheme}.png`) });
    }
    // Reading on and a settings change do not make it try again by itself.
    await readPages(context, [pages.url('/lighthouses.html')]);
    await callWorker(control, 'update-settings', { patch: { continuationGapSec: 45 } });
    await popup.waitForTimeout(3_000);
    expect(await admin.requestLog()).toHaveLength(log);
    expect((await callWorker(control, 'get-status', {})).sync.state).toBe('account-refused');

    // Graph serves the account again; the user's Sync now sends everything that was kept.
    await admin.clearFaults();
    await popup.locator('#sync-action').click();
    await expect
      .poll(async () => (await readBackActivities(sandbox, 'alice')).length, { timeout: 30_000 })
      .toBe(3);
  });
});
