import { expect, test } from './fixtures/extension';
import { openPopupOver, recordedPages, readFor } from '../harness/reading';
import { FRAME_PRESENCE_PATH, READING_MODULE_PATH } from '../src/content/reading-module-path';

test('a site excluded in the options is never recorded; others still are', async ({
  context,
  extensionId,
  extensionPage,
  pages,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  await options.locator('#excluded-sites').fill(`${pages.origin}/whatever\nnot a site!`);
  await options.locator('#excluded-sites').blur();
  await expect(options.locator('#excludedSites-error')).toHaveText(
    '1 line was not a site and was left out. A site looks like example.com or localhost.',
  );
  await expect(options.locator('#kept-form .saved')).toHaveText('Saved');
  await expect(options.locator('#excluded-sites')).toHaveValue('127.0.0.1');

  const page = await context.newPage();
  await page.goto(pages.url('/tides.html'));
  await readFor(page, 7);
  expect(await recordedPages(extensionPage)).toEqual([]);

  // The same page under another name for this machine is not excluded.
  await page.goto(pages.url('/sourdough.html').replace('127.0.0.1', 'localhost'));
  await readFor(page, 7);
  await expect
    .poll(async () => (await recordedPages(extensionPage)).map((a) => a.metadata.title))
    .toEqual(['A patient guide to sourdough']);
});

test('a site cannot detect the extension by fetching its files, while pages are still read', async ({
  context,
  extensionId,
  extensionPage,
  pages,
  worker,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('/tides.html'));
  // Read: the worker has injected the reading path by now.
  await readFor(page, 7);
  await expect
    .poll(async () => (await recordedPages(extensionPage)).map((a) => a.metadata.url))
    .toEqual([pages.url('/tides.html')]);

  // The manifest opens no file to pages (the worker injects the reading path; nothing is fetched
  // by the page), and the injected files, asked for by their fixed path as a site would, are refused.
  const exposed = await worker.evaluate(() =>
    (chrome.runtime.getManifest().web_accessible_resources ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : entry.resources,
    ),
  );
  expect(exposed).toEqual([]);
  for (const path of [READING_MODULE_PATH, FRAME_PRESENCE_PATH]) {
    const fetched = await page.evaluate(async (url) => {
      try {
        return `status ${String((await fetch(url)).status)}`;
      } catch {
        return 'refused';
      }
    }, `chrome-extension://${extensionId}/${path}`);
    expect(fetched, path).toBe('refused');
  }
  // Nor does the page's own resource timing name the module it loaded.
  const seen = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(seen.filter((name) => !name.startsWith('http'))).toEqual([]);
});

test("the popup's Don't record stops recording the site in front; Record undoes it", async ({
  context,
  extensionPage,
  pages,
}) => {
  const tides = pages.url('/tides.html');
  const page = await context.newPage();
  await page.goto(tides);
  await readFor(page, 7);
  await expect
    .poll(async () => (await recordedPages(extensionPage)).map((a) => a.metadata.url))
    .toEqual([tides]);

  // The page server is 127.0.0.1: an IP address is its own site.
  const popup = await openPopupOver(context, extensionPage, page);
  const line = popup.locator('#page-line');
  await expect(line.locator('.page-why')).toHaveText('This page is recorded');
  await line.getByRole('button', { name: 'Don’t record 127.0.0.1' }).click();
  await expect(line.locator('.page-why')).toHaveText(
    '127.0.0.1 is not recorded (excluded in your settings)',
  );
  await expect(line.getByRole('button')).toHaveText('Record 127.0.0.1');
  await expect(line.getByRole('button')).toBeFocused();
  await popup.close();

  // Stored as the options page stores a site it lists.
  await extensionPage.reload();
  await expect(extensionPage.locator('#excluded-sites')).toHaveValue('127.0.0.1');

  // Another page of the site, read well past the 5 s minimum visit: nothing. The first page's
  // reading ended at the exclusion and was kept.
  await page.goto(pages.url('/sourdough.html'));
  await readFor(page, 7);
  const kept = await recordedPages(extensionPage);
  expect(kept.map((a) => a.metadata.url)).toEqual([tides]);
  expect(kept[0]?.activeMs).toBeGreaterThanOrEqual(5000);

  const again = await openPopupOver(context, extensionPage, page);
  const lineAgain = again.locator('#page-line');
  await expect(lineAgain.locator('.page-why')).toHaveText(
    '127.0.0.1 is not recorded (excluded in your settings)',
  );
  await lineAgain.getByRole('button', { name: 'Record 127.0.0.1' }).click();
  await expect(lineAgain.getByRole('button')).toHaveText('Don’t record 127.0.0.1');
  await expect(lineAgain.locator('.page-why')).toHaveText('This page is recorded');
  await extensionPage.reload();
  await expect(extensionPage.locator('#excluded-sites')).toHaveValue('');
});
