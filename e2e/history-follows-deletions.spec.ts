// The history page follows deletions made elsewhere while it is open (the worker's note of each,
// messaging/deletion-note.ts): a page deleted in the popup leaves its list at once, comes back on
// the popup's Undo, and the Delete day question counts without it. The undo bar's outcome goes
// by itself; a history emptied by a deletion says so, not the first run's words; signed out, no
// deletion question offers the Timeline (options' Clear reading history included).
import type { BrowserContext, Page } from '@playwright/test';
import { seedPastReads, type PastRead } from '../harness/history-seed';
import { expect, test } from './fixtures/extension';

/** Local midnight yesterday, epoch ms. */
const yesterday = (): number => {
  const day = new Date();
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - 1);
  return day.getTime();
};
/** `hoursAgo` of a PastRead at `hour` o'clock yesterday. */
const at = (hour: number): number => (Date.now() - (yesterday() + hour * 3_600_000)) / 3_600_000;

const READS: PastRead[] = [
  { url: 'https://news.example.com/one', title: 'First read', hoursAgo: at(9) },
  { url: 'https://blog.example.com/two', title: 'Second read', hoursAgo: at(10) },
  { url: 'https://other.test/three', title: 'Third read', hoursAgo: at(11) },
];

const titles = (page: Page) => page.locator('.row .title');
const shot = async (page: Page, name: string): Promise<void> => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/histlive/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
};

/** The three READS seeded, and the history page opened on them. */
async function seededHistory(
  context: BrowserContext,
  extensionId: string,
  extensionPage: Page,
): Promise<Page> {
  await seedPastReads(extensionPage, READS);
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/src/ui/history/index.html`);
  await expect(titles(history)).toHaveText(['Third read', 'Second read', 'First read']);
  return history;
}

test('a page deleted in the popup leaves the open history page at once, Undo brings it back, Delete day counts without it', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  const history = await seededHistory(context, extensionId, extensionPage);
  // The second row holds the list's focus: it goes, focus lands on the next kept row.
  await history.locator('#search').press('ArrowDown');
  await history.keyboard.press('ArrowDown');
  await expect(history.locator('.row:focus .title')).toHaveText('Second read');
  const size = Number(await history.locator('.row').first().getAttribute('aria-setsize'));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  await popup.getByRole('button', { name: 'Delete “Second read” from your history' }).click();
  await expect(popup.locator('.deleted-text')).toContainText('Second read');

  await expect(titles(history)).toHaveText(['Third read', 'First read'], { timeout: 1_000 });
  await expect(history.locator('.row:focus .title')).toHaveText('First read');
  // The list's size for screen readers follows: one row less.
  await expect(history.locator('.row').first()).toHaveAttribute('aria-setsize', String(size - 1));
  await shot(history, 'after-popup-delete');

  // Delete day counts what is listed: the page waiting out the popup's undo window is not.
  const day = history.locator(`.day[data-day-start="${String(yesterday())}"]`);
  await day.hover();
  await day.getByRole('button', { name: /^Delete day: / }).click();
  const dialog = history.locator('dialog.control-dialog');
  await expect(dialog.locator('.summary')).toContainText('2 pages (2 reading sessions)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await popup.getByRole('button', { name: /^Undo/ }).click();
  await expect(titles(history)).toHaveText(['Third read', 'Second read', 'First read'], {
    timeout: 1_000,
  });
});

test('the undo bar goes by itself once deleted; a history emptied by a deletion says so', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  const history = await seededHistory(context, extensionId, extensionPage);
  // Everything, through the day's Delete day (signed out: no Timeline choice).
  const day = history.locator(`.day[data-day-start="${String(yesterday())}"]`);
  await day.hover();
  await day.getByRole('button', { name: /^Delete day: / }).click();
  const dialog = history.locator('dialog.control-dialog');
  await expect(dialog.locator('.summary')).toContainText('3 pages');
  await expect(dialog.locator('input[name=alsoTimeline]')).toHaveCount(0);
  await expect(dialog).not.toContainText('Timeline');
  await shot(history, 'delete-day-signed-out');
  await dialog.getByRole('button', { name: 'Delete' }).click();

  const end = history.locator('#end');
  await expect(end).toHaveText('No readings in your history: what was here has been deleted.');
  const undo = history.locator('#undo');
  await expect(undo).toHaveText('Deleted.', { timeout: 10_000 });
  // Said to screen readers as it comes (a status region), then gone without moving focus.
  await expect(undo).toHaveAttribute('role', 'status');
  await expect(undo).toBeHidden({ timeout: 8_000 });
  await expect(end).toHaveText('No readings in your history: what was here has been deleted.');
  await shot(history, 'emptied');
});

test('signed out, Clear reading history in the options offers no Timeline choice', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  await options.locator('#clear-history').click();
  const dialog = options.locator('dialog.control-dialog');
  await expect(dialog.locator('.summary')).not.toBeEmpty();
  await expect(dialog.locator('input[name=alsoTimeline]')).toHaveCount(0);
  await expect(dialog).not.toContainText('Timeline');
  await shot(options, 'clear-history-signed-out');
});
