import { expect, test } from '@playwright/test';
import { callWorker, type FirefoxWithExtension } from '../../harness/firefox';
import { recordedPagesVia } from '../../harness/reading';
import { firefoxSpec } from './per-test';

// Firefox has no favicon cache for extensions: the lists draw the site's initial and never load
// the icon a page named from its site (src/ui/favicon-source.ts; Chromium: e2e/favicons.spec.ts).

const spec = firefoxSpec();

async function readAndClose(ff: FirefoxWithExtension, path: string): Promise<void> {
  const page = await ff.browser.newPage();
  await page.goto(spec.pages.url(path));
  await ff.readFor(page, 6);
  await page.close();
}

test('the popup and the history page draw initials and request no icon from the sites', async () => {
  const ff = await spec.launch();
  await readAndClose(ff, '/tides.html');
  await readAndClose(ff, '/long-read.html');
  const control = await ff.openExtensionPage('/src/ui/options/index.html');
  // Both stored with the icon their page names (/favicon.png on the page server).
  await expect
    .poll(async () => {
      const pages = await recordedPagesVia((type, payload) => callWorker(control, type, payload));
      return pages.map((page) => page.metadata.faviconUrl);
    })
    .toEqual([spec.pages.url('/favicon.png'), spec.pages.url('/favicon.png')]);
  const from = spec.pages.requests.length;

  for (const [path, rows] of [
    ['/src/ui/popup/index.html', '#activities li'],
    ['/src/ui/history/index.html', '#list .row'],
  ] as const) {
    const page = await ff.openExtensionPage(path);
    await page.waitForSelector(rows);
    // Each row's icon is the site's initial on its disc, with no image behind it.
    const icons = await page.$$eval(`${rows} .site-icon`, (all) =>
      all.map((icon) => ({
        initial: icon.classList.contains('site-icon-initial') && icon.textContent.length > 0,
        images: icon.querySelectorAll('img').length,
      })),
    );
    expect.soft(icons, path).toEqual([
      { initial: true, images: 0 },
      { initial: true, images: 0 },
    ]);
    await page.close();
  }
  expect(spec.pages.requests.slice(from), 'requests that reached the sites').toEqual([]);
});
