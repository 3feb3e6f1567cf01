import type { Page } from '@playwright/test';
import { seedHistory } from '../harness/history-seed';
import { expect, openHistory, test } from './fixtures/extension';

const PAGES = 600;

/** How many of the day chart's canvas pixels are exactly each of `colours` ('#rrggbb'). */
function pixelCounts(page: Page, colours: string[]): Promise<number[]> {
  return page
    .locator('#charts figure')
    .first()
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement, wanted) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const rgb = wanted.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const counts = wanted.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        for (const [k, [r, g, b]] of rgb.entries()) {
          if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) {
            counts[k] = (counts[k] ?? 0) + 1;
          }
        }
      }
      return counts;
    }, colours);
}

test.describe('history charts', () => {
  test.beforeEach(async ({ extensionPage }) => {
    const seeded = await seedHistory(extensionPage, { pages: PAGES, days: 90, now: Date.now() });
    expect(seeded.activities).toBe(PAGES);
  });

  test('charts: a week over an hour reads as hours and minutes, on hover as in its table', async ({
    context,
    extensionId,
  }) => {
    const page = await openHistory(context, extensionId, { width: 1100, height: 800 });
    await page.locator('#view-charts').click();
    const week = page.locator('#charts figure').nth(1);
    // The title names no unit: each axis label and the tip say their own.
    await expect(week.locator('h2')).toHaveText('Reading time per week');
    const plot = await week.locator('.u-over').boundingBox();
    if (!plot) throw new Error('the week chart is not drawn');
    // The second-to-last week (a whole one): its bar's middle, near the plot's bottom.
    const bars = await week.locator('table tr').count();
    const x = plot.x + ((bars - 1.5) / bars) * plot.width;
    await page.mouse.move(x, plot.y + plot.height - 4);
    const tip = week.locator('.chart-tip');
    await expect(tip).toBeVisible();
    // "Nov 16: 2 hr 14 min", the same words as the chart's table row for that week.
    await expect(tip).toHaveText(/^\w{3} \d{1,2}: \d+ hr( \d+ min)?$/);
    const duration = (await tip.textContent())?.split(': ')[1];
    await expect(
      week
        .locator('table tr')
        .nth(bars - 2)
        .locator('td')
        .nth(1),
    ).toHaveText(duration ?? '');
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
  });

  test('the charts follow a switch to dark and back while shown: bars, grid and labels in the theme’s colours', async ({
    context,
    extensionId,
  }) => {
    const page = await openHistory(context, extensionId, { width: 1100, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('#view-charts').click();
    await expect(page.locator('#charts figure canvas').first()).toBeVisible();
    // theme.css: --accent light #0b57d0, dark #8ab4f8; --line light #d0d7de, dark #3b4047.
    const LIGHT = ['#0b57d0', '#d0d7de'];
    const DARK = ['#8ab4f8', '#3b4047'];
    await expect.poll(async () => (await pixelCounts(page, LIGHT))[0]).toBeGreaterThan(500);
    const light = await pixelCounts(page, [...LIGHT, ...DARK]);
    expect(light[0]).toBeGreaterThan(500);
    expect(light[1]).toBeGreaterThan(200);
    expect(light[2]).toBe(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    // Bars and grid redrawn in the dark theme's colours, none of the light theme's left.
    await expect
      .poll(async () => {
        const [lightBar, lightGrid, darkBar, darkGrid] = await pixelCounts(page, [
          ...LIGHT,
          ...DARK,
        ]);
        return { lightBar, lightGrid, dark: (darkBar ?? 0) > 500 && (darkGrid ?? 0) > 200 };
      })
      .toEqual({ lightBar: 0, lightGrid: 0, dark: true });
    // The axis labels in the dark theme's text colour (#e6e8eb), not the browser's default black.
    const [black, fg] = await pixelCounts(page, ['#000000', '#e6e8eb']);
    expect(black).toBe(0);
    expect(fg).toBeGreaterThan(50);
    await page.screenshot({ path: test.info().outputPath('charts-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => pixelCounts(page, DARK)).toEqual([0, 0]);
    await page.screenshot({ path: test.info().outputPath('charts-light.png') });
  });
});
