import { expect, test } from './fixtures/extension';
import { recordedPages, readFor } from '../harness/reading';
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
    '1 line was not a site and was left out.',
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
