import { seedPastReads } from '../harness/history-seed';
import { readAndClose } from '../harness/reading';
import { COLOR_SCHEMES, openExtensionPage } from '../harness/screenshots';
import { expect, test, untilRead } from './fixtures/extension';

// The history page and the popup show each page's icon without asking its site for it: a request
// per row would tell every site that the person looked at their history (src/ui/favicon-source.ts).

test('the history page and the popup draw icons and request none from the sites', async ({
  context,
  extensionId,
  extensionPage,
  pages,
}) => {
  // One page read for real, so Chromium's favicon cache has its icon (the tab loaded it: that
  // request is the browser's own, made while the page was open, and is not counted).
  const read = pages.url('/long-read.html');
  await readAndClose(context, read, 6);
  await untilRead(extensionPage, read);
  // Pages read elsewhere or long ago, each naming an icon on the page server.
  const icons = ['/favicon.png', '/icons/sourdough.ico', '/tides-icon.png?v=2'];
  await seedPastReads(
    extensionPage,
    ['/sourdough.html', '/tides.html', '/lighthouses.html'].map((path, i) => ({
      url: pages.url(path),
      title: `Seeded page ${String(i + 1)}`,
      hoursAgo: i + 1,
      faviconUrl: pages.url(icons[i] ?? '/favicon.png'),
    })),
  );
  const from = pages.requests.length;

  for (const name of ['history', 'popup'] as const) {
    for (const scheme of COLOR_SCHEMES) {
      const page = await openExtensionPage(context, extensionId, name, scheme);
      const rows = page.locator(name === 'history' ? '#list .row' : '#activities li');
      await expect(rows).toHaveCount(4);
      // Every row has its icon element, and the one the browser has seen shows a real image.
      await expect(rows.locator('.site-icon')).toHaveCount(4);
      const readIcon = rows.filter({ hasText: /long/i }).locator('.site-icon img');
      await expect
        .poll(() => readIcon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      // The pages this browser never showed: its favicon cache answers with its grey globe, and
      // each row shows the site's mark on its disc instead (3 grey globes before).
      const seeded = rows.filter({ hasText: /Seeded page/ });
      await expect(seeded.locator('.site-icon-initial')).toHaveCount(3);
      await expect(seeded.locator('.site-icon img')).toHaveCount(0);
      // Their site is the page server's IP address: a plain globe, not its first digit "1".
      await expect(seeded.locator('.site-icon-initial svg')).toHaveCount(3);
      await expect(seeded.locator('.site-icon-initial').first()).toHaveText('');
      // The read page keeps its real icon, shown.
      await expect(rows.filter({ hasText: /long/i }).locator('.site-icon-pending')).toHaveCount(0);
      await expect(readIcon).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`${name}-${scheme}.png`) });
      await page.close();
    }
  }
  const asked = pages.requests.slice(from);
  expect(asked, 'requests that reached the sites while the lists were open').toEqual([]);
});
