// An open history page follows deletions made in other places than the popup (the worker's note
// of each, messaging/deletion-note.ts; history/list-follow.ts): a site cleared in the options
// (a scope naming a site: the list loads again), a shorter retention period (a deletion with no
// undo window) and a row deleted in another history tab. Each Undo made there brings the rows back.
import type { BrowserContext, Page } from '@playwright/test';
import { seedPastReads, type PastRead } from '../harness/history-seed';
import { expect, openHistory, test } from './fixtures/extension';
import { openClearDialog } from './fixtures/your-data';

const READS: PastRead[] = [
  { url: 'https://news.example.com/one', title: 'First read', hoursAgo: 30 },
  { url: 'https://blog.example.com/two', title: 'Second read', hoursAgo: 29 },
  { url: 'https://other.test/three', title: 'Third read', hoursAgo: 28 },
];

const titles = (page: Page) => page.locator('#list .row .title');
// Followed at once: a note is heard through storage.onChanged, no polling, no page reload.
const AT_ONCE = { timeout: 2_000 };

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  return options;
}

test('a site cleared in the options leaves the open history page at once; Undo there brings it back', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  await seedPastReads(extensionPage, READS);
  const history = await openHistory(context, extensionId);
  await expect(titles(history)).toHaveText(['Third read', 'Second read', 'First read']);

  const options = await openOptions(context, extensionId);
  const dialog = await openClearDialog(options);
  await dialog.locator('select[name=range]').selectOption('everything');
  await dialog.locator('input[name=site]').fill('example.com');
  await expect(dialog.locator('.summary')).toContainText('2 pages');
  await dialog.getByRole('button', { name: 'Delete' }).click();

  // Both subdomains of example.com go, and only they.
  await expect(titles(history)).toHaveText(['Third read'], AT_ONCE);

  await options.locator('#control-undo').getByRole('button', { name: 'Undo' }).click();
  await expect(titles(history)).toHaveText(['Third read', 'Second read', 'First read'], AT_ONCE);
});

test('a shorter retention set in the options leaves the open history page without its old pages', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  await seedPastReads(extensionPage, [
    { url: 'https://news.example.com/ancient', title: 'Ancient read', hoursAgo: 24 * 40 },
    { url: 'https://news.example.com/recent', title: 'Recent read', hoursAgo: 24 * 2 },
  ]);
  const history = await openHistory(context, extensionId);
  await expect(titles(history)).toHaveText(['Recent read', 'Ancient read']);
  // The list's size for screen readers counts rows and day headings (history/row-count.ts).
  const size = Number(await history.locator('#list .row').first().getAttribute('aria-setsize'));

  const options = await openOptions(context, extensionId);
  const days = options.locator('#kept-form input[name=retentionDays]');
  await expect(days).toHaveValue('0');
  await days.fill('30');
  await days.press('Enter');
  await options
    .locator('dialog.control-dialog')
    .getByRole('button', { name: 'Delete and save' })
    .click();

  // No undo window here: the list loads again as soon as the worker has deleted.
  await expect(titles(history)).toHaveText(['Recent read'], AT_ONCE);
  // The old page's row and its day's heading went.
  await expect(history.locator('#list .row').first()).toHaveAttribute(
    'aria-setsize',
    String(size - 2),
  );
});

test('a row deleted in another history tab leaves this one; Undo in that tab brings it back', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  await seedPastReads(extensionPage, READS);
  const watching = await openHistory(context, extensionId);
  const deleting = await openHistory(context, extensionId);

  // The keyboard's way: ↓ from the search box to the first row, ↓ again, Delete.
  await deleting.locator('#search').press('ArrowDown');
  await deleting.keyboard.press('ArrowDown');
  await expect(deleting.locator('.row:focus .title')).toHaveText('Second read');
  await deleting.keyboard.press('Delete');
  await expect(titles(deleting)).toHaveText(['Third read', 'First read']);

  await expect(titles(watching)).toHaveText(['Third read', 'First read'], AT_ONCE);

  await deleting.locator('#undo').getByRole('button', { name: 'Undo' }).click();
  await expect(titles(watching)).toHaveText(['Third read', 'Second read', 'First read'], AT_ONCE);
});

/** The row at the top of the list's view and how far below the view's top it starts (px). */
function topRow(page: Page): Promise<{ title: string; within: number }> {
  return page.evaluate(() => {
    const scroller = document.querySelector('#scroller');
    const top = scroller?.getBoundingClientRect().top ?? 0;
    const rows = [...document.querySelectorAll<HTMLElement>('#list .row')]
      .map((row) => ({ row, y: row.getBoundingClientRect().top - top }))
      .filter(({ y }) => y >= 0)
      .sort((a, b) => a.y - b.y);
    const [first] = rows;
    return {
      title: first?.row.querySelector('.title')?.textContent ?? '',
      within: Math.round(first?.y ?? -1),
    };
  });
}

test('a deletion undone in another tab keeps this tab’s place in the list, 150 rows down', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  // One read an hour: 300 rows, past the first load (40) and the next batch (200).
  await seedPastReads(
    extensionPage,
    Array.from({ length: 300 }, (_, i) => ({
      url: `https://news.example.com/${String(i)}`,
      title: `Read ${String(i)}`,
      hoursAgo: i + 1,
    })),
  );
  const watching = await openHistory(context, extensionId, { width: 1000, height: 700 });
  // Down the list, batch by batch, until row "Read 150" is near the view's top.
  for (let step = 0; step < 40; step++) {
    const { title } = await topRow(watching);
    if (Number(title.replace('Read ', '')) >= 150) break;
    await watching.locator('#scroller').evaluate((el) => {
      el.scrollTop += 600;
    });
    await watching.waitForTimeout(100);
  }
  const before = await topRow(watching);
  expect(Number(before.title.replace('Read ', ''))).toBeGreaterThanOrEqual(150);
  const size = () => watching.locator('#list .row').first().getAttribute('aria-setsize');
  const fullSize = await size();

  const deleting = await openHistory(context, extensionId);
  await deleting.locator('#search').press('ArrowDown');
  await deleting.keyboard.press('Delete');
  await expect(titles(deleting).first()).toHaveText('Read 1');
  // Its row went from the watching tab too (far above the reader: they stay where they are).
  await expect.poll(size, AT_ONCE).toBe(String(Number(fullSize) - 1));
  expect(await topRow(watching)).toEqual(before);

  await deleting.locator('#undo').getByRole('button', { name: 'Undo' }).click();
  await expect(titles(deleting).first()).toHaveText('Read 0', AT_ONCE);
  // The watching tab loaded again (the row back in its count) and kept its reader's place: it
  // went back to "Read 0" at the list's top.
  await expect.poll(size, AT_ONCE).toBe(fullSize);
  await expect.poll(() => topRow(watching)).toEqual(before);
  expect(await watching.locator('#scroller').evaluate((el) => el.scrollTop)).toBeGreaterThan(5000);
});
