import type { Page } from '@playwright/test';
import { seedPastReads } from '../harness/history-seed';
import { expect, test } from './fixtures/extension';

// Search as a reader sees it: text with no search word (an emoji, stop words, one letter), German
// words typed without umlauts, and what matched marked in the history page's and popup's rows.

const PIZZA = 'The 10 best 🍕 places in Berlin';
const HEAT_PUMP =
  'Streit um die Wärmepumpe: was die neue Förderung für Mieter in den Ländern bedeutet und was nicht';
const READS = [
  { url: 'https://food.example/pizza', title: PIZZA, hoursAgo: 30 },
  { url: 'https://books.example/c', title: 'The C programming language', hoursAgo: 20 },
  { url: 'https://news.example/wetter', title: 'Wetter in München: Schnee', hoursAgo: 10 },
  { url: 'https://news.example/waermepumpe', title: HEAT_PUMP, hoursAgo: 8 },
  { url: 'https://news.example/strasse', title: 'Die Straße der Pendler', hoursAgo: 6 },
  { url: 'https://science.example/climate', title: 'Climate and the oceans', hoursAgo: 4 },
  { url: 'https://dev.example/css', title: 'Why CSS grid matters', hoursAgo: 2 },
];

/** The titles listed, and the marked parts of each. */
const shown = (page: Page, rows: string) =>
  page.locator(rows).evaluateAll((titles) =>
    titles.map((title) => ({
      title: title.textContent,
      marked: [...title.querySelectorAll('mark')].map((mark) => mark.textContent),
    })),
  );

test.describe('search', () => {
  test.beforeEach(async ({ extensionPage }) => {
    await seedPastReads(extensionPage, READS);
  });

  test('the history page finds text with no search word, German words spelled out, and marks the match', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/ui/history/index.html`);
    await expect(page.locator('.row')).toHaveCount(READS.length);
    const search = page.locator('#search');
    const status = page.locator('#status');
    const cases: [string, string, string[]][] = [
      ['🍕', PIZZA, ['🍕']],
      ['c', 'The C programming language', ['C']],
      ['Muenchen', 'Wetter in München: Schnee', ['München']],
      ['waermepumpe', HEAT_PUMP, ['Wärmepumpe']],
      ['Strasse', 'Die Straße der Pendler', ['Straße']],
      ['climte', 'Climate and the oceans', ['Climate']],
    ];
    for (const [query, title, marked] of cases) {
      await search.fill(query);
      await expect.poll(() => shown(page, '.row .title')).toEqual([{ title, marked }]);
      await expect(status).toHaveText('1 page found.');
    }
    // Stop words only, as typed: no page holds them, and the list says so instead of counting
    // the whole history as found.
    await search.fill('die und das');
    await expect(page.locator('.row')).toHaveCount(0);
    await expect(page.locator('#end')).toHaveText('No page matches your search.');
    await expect(status).toHaveText('0 pages found.');
  });

  test('the popup marks the match and lets a result’s title take two lines', async ({
    context,
    extensionId,
  }) => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
    const title = popup.locator('.activity .title', { hasText: 'Wärmepumpe' });
    await expect(title).toBeVisible();
    const oneLine = (await title.boundingBox())?.height ?? 0;
    await popup.locator('#search').fill('Waermepumpe');
    await expect(popup.locator('.activity')).toHaveCount(1);
    expect(await shown(popup, '.activity .title')).toEqual([
      { title: HEAT_PUMP, marked: ['Wärmepumpe'] },
    ]);
    // Two lines in search mode (the match in view), one line again for the recent pages.
    await expect
      .poll(async () => (await title.boundingBox())?.height)
      .toBeGreaterThan(1.8 * oneLine);
    await popup.locator('#search').fill('');
    await expect(popup.locator('.activity')).toHaveCount(READS.length);
    expect((await title.boundingBox())?.height).toBe(oneLine);
    await expect(popup.locator('.activity mark')).toHaveCount(0);
  });
});
