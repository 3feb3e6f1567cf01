// The history page at 200 % and 400 % browser zoom (WCAG 2.2 SC 1.4.4 Resize text, 1.4.10 Reflow),
// zoomed as Ctrl+plus zooms it (harness/zoom.ts): in a 1280 × 720 window that is 640 × 360 CSS px
// at 200 % and 320 × 180 at 400 %. The other pages: e2e/zoom.spec.ts.
import type { Page } from '@playwright/test';
import { seedPastReads } from '../harness/history-seed';
import { expect, test, type ExtensionFixtures } from './fixtures/extension';
import { CONTROLS, cutAtSides, focusedRow, week, wholeRows, zoomed } from './fixtures/layout';

/**
 * The history page over `week()` in a 1280 × 720 window at `factor`, its CSS viewport checked:
 * 1280 × 720 divided by the zoom.
 */
async function zoomedHistory(
  {
    context,
    extensionId,
    extensionPage,
  }: Pick<ExtensionFixtures, 'context' | 'extensionId' | 'extensionPage'>,
  factor: number,
): Promise<Page> {
  await seedPastReads(extensionPage, week());
  const page = await context.newPage();
  await zoomed(page, `chrome-extension://${extensionId}/src/ui/history/index.html`, factor, '.row');
  expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([
    1280 / factor,
    720 / factor,
  ]);
  return page;
}

test('the history page at 200 %: three whole rows at once, nothing pinned, focus never under a bar', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  const page = await zoomedHistory({ context, extensionId, extensionPage }, 2);
  // The filter bar is folded behind its button, so the list starts high enough for three rows.
  await expect(page.locator('#filters')).toBeHidden();
  await expect(page.locator('#filters-toggle')).toHaveAttribute('aria-expanded', 'false');
  expect(await wholeRows(page)).toBeGreaterThanOrEqual(3);
  // Nothing is pinned: the header goes up with the page, and the list fills the window.
  await page.evaluate(() => {
    scrollBy(0, 600);
  });
  await expect
    .poll(() => page.locator('header').evaluate((h) => h.getBoundingClientRect().bottom))
    .toBeLessThan(0);
  // Six rows' height of list; "Back to newest" over one, a day heading and parts of two others.
  expect(await wholeRows(page)).toBeGreaterThanOrEqual(4);
  // Down 20 rows and back up: each focused row whole in the window, never under "Back to newest".
  await page.evaluate(() => {
    scrollTo(0, 0);
  });
  await page.locator('#search').focus();
  for (const key of [
    ...Array<string>(20).fill('ArrowDown'),
    ...Array<string>(20).fill('ArrowUp'),
  ]) {
    await page.keyboard.press(key);
    const focused = await focusedRow(page);
    expect(focused.row && focused.inView, `after ${key}: ${focused.where}`).toBe(true);
  }
  await expect(page.locator('#newest')).toBeHidden();
  // The filters open from their button, and say how many are set once folded again.
  await page.locator('#filters-toggle').click();
  await expect(page.locator('#filters')).toBeVisible();
  await expect(page.locator('#filters-toggle')).toHaveAttribute('aria-expanded', 'true');
  await page.locator('input[name=site]').fill('site-1.example');
  await page.locator('#filters-toggle').click();
  await expect(page.locator('#filters-toggle')).toHaveText('Filters (1)');
  expect(await cutAtSides(page, CONTROLS)).toEqual([]);
});

test('the history page at 400 % (320 × 180 CSS px): one column, nothing cut at the sides', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  const page = await zoomedHistory({ context, extensionId, extensionPage }, 4);
  expect(await cutAtSides(page, CONTROLS)).toEqual([]);
  await page.locator('#filters-toggle').click();
  expect(await cutAtSides(page, CONTROLS)).toEqual([]);
  // A day's short name where the full one was cut ("Thursday, Decemb…").
  const day = page.locator('.day').first();
  await expect(day.locator('h2')).toBeHidden();
  await expect(day.locator('.day-short')).toBeVisible();
  expect(await day.locator('.day-short').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(
    true,
  );
  await page.locator('.row').nth(3).scrollIntoViewIfNeeded();
  expect(await cutAtSides(page, CONTROLS)).toEqual([]);
});
