import { expect, test } from './fixtures/extension';
import { listActivities, readFor } from '../harness/reading';

test('a site excluded in the options is never recorded; others still are', async ({
  context,
  extensionId,
  extensionPage,
  pages,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  await options.locator('#excluded-sites').fill(`${pages.origin}/whatever\nnot a site!`);
  await options.locator('#kept-form button[type=submit]').click();
  await expect(options.locator('#kept-saved')).toContainText('1 line(s) were not a site');
  await expect(options.locator('#excluded-sites')).toHaveValue('127.0.0.1');

  const page = await context.newPage();
  await page.goto(pages.url('/tides.html'));
  await readFor(page, 7);
  expect(await listActivities(extensionPage)).toEqual([]);

  // The same page under another name for this machine is not excluded.
  await page.goto(pages.url('/sourdough.html').replace('127.0.0.1', 'localhost'));
  await readFor(page, 7);
  await expect
    .poll(async () => (await listActivities(extensionPage)).map((a) => a.metadata.title))
    .toEqual(['A patient guide to sourdough']);
});
