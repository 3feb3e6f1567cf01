// A history row's menu (src/ui/history/row-actions.ts): "Delete all from <site>…" from any row,
// signed in to the local Graph sandbox (the site's rows go at once, the others stay, Undo brings
// them back, and once the undo window has passed Graph receives the DELETEs); "Show only <site>"
// setting the Site filter; the list's size for screen readers under a Site filter, right after
// its first batch and right after a deletion; all of it from the keyboard; and the menu and its
// question in light and dark, English and German (kept with the test's output).
import type { Page } from '@playwright/test';
import { launchGermanWith } from '../harness/german';
import { seedPastReads, type PastRead } from '../harness/history-seed';
import { openHistory, test as unsigned } from './fixtures/extension';
import { shootSchemes } from './fixtures/shots';
import { expect, test } from './fixtures/signed-in';
import {
  graphUrls,
  historyPageInGraph,
  localUrls,
  SITE_READS as READS,
} from './fixtures/your-data';
const NEWS = [
  'https://news.example.com/a',
  'https://news.example.com/b',
  'https://news.example.com/c',
];

const titles = (page: Page) => page.locator('.row .title');
/** The history page's size in every test but the narrow window's. */
const VIEW = { width: 1100, height: 800 };

/** The row titled `title` (its ⋯ button, its menu once opened). */
const rowOf = (page: Page, title: string) =>
  page.locator('.row').filter({
    has: page.locator('.title', {
      hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    }),
  });

test('a row’s “Delete all from <site>…”: the site’s rows go, the others stay, Undo brings them back; then Graph’s DELETEs', async ({
  control,
  context,
  sandbox,
  admin,
  extensionId,
  pages,
}) => {
  const now = pages.url('/tides.html');
  const history = await historyPageInGraph(
    { control, context, admin, extensionId },
    now,
    READS,
    VIEW,
  );
  const all = [/tides/i, 'News A', 'Other one', 'News B', 'A blog post', 'News C'];
  const others = [/tides/i, 'Other one', 'A blog post'];
  await expect(titles(history)).toHaveText(all);

  const row = rowOf(history, 'Other one');
  const more = row.getByRole('button', { name: 'More actions: Other one' });
  // Seen without pointing at it (review newuser item 15), quiet: no box until pointed at.
  await expect(more).toHaveCSS('opacity', '1');
  await expect(more).toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
  await rowOf(history, 'News B').hover();
  const newsMore = rowOf(history, 'News B').locator('.row-actions');
  await expect(newsMore).toHaveCSS('opacity', '1');
  await expect(newsMore).toHaveAttribute('aria-haspopup', 'menu');
  await newsMore.click();
  const menu = history.getByRole('menu', { name: 'More actions: News B' });
  await expect(menu).toBeVisible();
  await expect(newsMore).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Show only news.example.com',
    'Delete all from news.example.com…',
  ]);
  await menu.getByRole('menuitem', { name: 'Delete all from news.example.com…' }).click();
  const dialog = history.locator('dialog.control-dialog');
  await expect(dialog.locator('h3')).toHaveText('Delete all from news.example.com?');
  const summary = dialog.locator('.summary');
  await expect(summary).toContainText('3 pages (3 reading sessions) will be deleted');
  await expect(summary).toContainText('3 pages will also be deleted from your Microsoft Timeline');
  await expect(dialog.locator('input[name=alsoTimeline]')).toBeChecked();
  await dialog.getByRole('button', { name: 'Delete' }).click();

  // At once: the site's rows gone, on both days; focus on the row after the one asked from.
  await expect(titles(history)).toHaveText(others);
  const undo = history.locator('#undo');
  await expect(undo).toContainText('Deleted from news.example.com.');
  await expect(history.locator('.row:focus .title')).toHaveText('A blog post');
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(undo).toHaveText('Undone: nothing was deleted.');
  await expect(titles(history)).toHaveText(all);

  // Again, past the undo window this time.
  await rowOf(history, 'News C').hover();
  await rowOf(history, 'News C').locator('.row-actions').click();
  await history.getByRole('menuitem', { name: 'Delete all from news.example.com…' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(undo).toContainText('Deleted.', { timeout: 15_000 });
  const kept = [now, 'https://blog.example.com/p', 'https://other.test/o1'].sort();
  await expect.poll(() => localUrls(control, sandbox)).toEqual(kept);
  await expect.poll(() => graphUrls(sandbox), { timeout: 30_000 }).toEqual(kept);
  const deletes = (await admin.requestLog()).filter((r) => r.method === 'DELETE');
  // One activity DELETE per page of the site (each read only there), no history item alone.
  expect(deletes.filter((r) => r.path.includes('/historyItems/'))).toHaveLength(0);
  expect(deletes).toHaveLength(NEWS.length);
  await history.reload();
  await expect(titles(history)).toHaveText(others);
});

unsigned(
  'from the keyboard: Tab from a row to its ⋯, the menu’s keys, Show only <site>, Delete all from <site>…',
  async ({ context, extensionId, extensionPage }) => {
    await seedPastReads(extensionPage, READS);
    const history = await openHistory(context, extensionId, VIEW);
    await history.locator('#search').press('ArrowDown');
    await history.keyboard.press('ArrowDown');
    await expect(history.locator('.row:focus .title')).toHaveText('Other one');
    // Tab: the row's ⋯, named with the page; Enter opens its menu on the first item.
    await history.keyboard.press('Tab');
    const more = history.locator('.row-actions:focus');
    await expect(more).toHaveAccessibleName('More actions: Other one');
    await expect(more).toHaveCSS('opacity', '1');
    await history.keyboard.press('Enter');
    const item = history.locator('[role="menuitem"]:focus');
    await expect(item).toHaveText('Show only other.test');
    await history.keyboard.press('ArrowDown');
    await expect(item).toHaveText('Delete all from other.test…');
    await history.keyboard.press('ArrowDown');
    await expect(item).toHaveText('Show only other.test');
    // Escape: closed, focus back on ⋯; ↑ opens it on its last item.
    await history.keyboard.press('Escape');
    await expect(history.getByRole('menu')).toBeHidden();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await history.keyboard.press('ArrowUp');
    await expect(item).toHaveText('Delete all from other.test…');
    // Tab leaves the menu, and the list: the search box is before it, so Shift+Tab twice is the row.
    await history.keyboard.press('Tab');
    await expect(history.getByRole('menu')).toBeHidden();
    await expect(history.locator('#list :focus')).toHaveCount(0);
    await history.keyboard.press('Shift+Tab');
    await expect(more).toBeFocused();
    await history.keyboard.press('Shift+Tab');
    await expect(history.locator('.row:focus .title')).toHaveText('Other one');

    // Shift+F10 on the row opens its menu too; Show only <site>: the filter, its rows, the first focused.
    await history.keyboard.press('Shift+F10');
    await expect(item).toHaveText('Show only other.test');
    await history.keyboard.press('Enter');
    await expect(history.locator('input[name=site]')).toHaveValue('other.test');
    await expect(titles(history)).toHaveText(['Other one']);
    await expect(history.locator('.row:focus .title')).toHaveText('Other one');
    await expect(history.locator('#delete-site')).toHaveText('Delete all from other.test…');

    // Back to every site; from News B's menu, delete all from its site.
    // Blurred, the field says its change once (a change dispatched by hand would come again when
    // focus left it, loading the list again under the keys).
    await history.locator('input[name=site]').fill('');
    await history.locator('input[name=site]').blur();
    await expect(titles(history)).toHaveCount(READS.length);
    await history.locator('#search').press('ArrowDown');
    for (let i = 0; i < 2; i++) await history.keyboard.press('ArrowDown');
    await expect(history.locator('.row:focus .title')).toHaveText('News B');
    await history.keyboard.press('Tab');
    await history.keyboard.press('ArrowUp');
    await history.keyboard.press('Enter');
    const dialog = history.locator('dialog.control-dialog');
    await expect(dialog.locator('.summary')).toContainText('3 pages (3 reading sessions)');
    await expect(dialog.locator('input[name=alsoTimeline]')).toHaveCount(0);
    await expect(dialog).not.toContainText('Timeline');
    // Cancel has focus; Shift+Tab reaches Delete.
    await history.keyboard.press('Shift+Tab');
    await history.keyboard.press('Enter');
    await expect(titles(history)).toHaveText(['Other one', 'A blog post']);
    await expect(history.locator('.row:focus .title')).toHaveText('A blog post');
    // Undo from the keyboard: Shift+Tab from the row (its day's Delete day), again (the list's
    // top), up to the undo bar's button.
    const undo = history.locator('#undo').getByRole('button', { name: 'Undo' });
    for (let i = 0; i < 6 && !(await undo.evaluate((el) => el === document.activeElement)); i++) {
      await history.keyboard.press('Shift+Tab');
    }
    await expect(undo).toBeFocused();
    await history.keyboard.press('Enter');
    await expect(titles(history)).toHaveCount(READS.length);
  },
);

/** The size the drawn items say (aria-setsize) while they all agree; NaN while they do not. */
const saidSize = async (page: Page): Promise<number> => {
  const sizes = new Set(
    await page
      .locator('#list > [role="listitem"]')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('aria-setsize')))),
  );
  return sizes.size === 1 ? ([...sizes][0] ?? Number.NaN) : Number.NaN;
};

unsigned(
  'with a Site filter the list’s size is known after its first batch, and right after a deletion',
  async ({ context, extensionId, extensionPage }) => {
    // 100 pages read an hour apart, 7 in 10 of many.example; its first 7 read again 100 hours
    // later, far past the first batch of 40 rows.
    const reads: PastRead[] = [];
    for (let i = 0; i < 100; i++) {
      const site = i % 10 < 7 ? 'many.example' : 'else.example';
      reads.push({
        url: `https://${site}/${String(i)}`,
        title: `Read ${String(i)}`,
        hoursAgo: 1 + i,
        ...(i < 7 && { alsoHoursAgo: [101 + i] }),
      });
    }
    await seedPastReads(extensionPage, reads);
    const history = await openHistory(context, extensionId, VIEW);
    await history.locator('input[name=site]').fill('many.example');
    await history.locator('input[name=site]').blur();
    // Read 7 to 9 are else.example's.
    await expect(titles(history).nth(7)).toHaveText('Read 10');
    // The first batch is 40 rows: the size is said at once, not "unknown" (-1) until the last.
    await expect.poll(() => saidSize(history), { timeout: 3_000 }).toBeGreaterThan(77);
    const size = await saidSize(history);
    expect(size).toBeLessThanOrEqual(77 + 6);

    // Read 1 deleted (its row here, and its reading not loaded yet): two fewer, said at once,
    // not after the 8 s the undo window and a retry took.
    await rowOf(history, 'Read 1').locator('time').click();
    await history.keyboard.press('Delete');
    await expect(history.locator('#undo')).toContainText('Deleted');
    await history.waitForTimeout(1_500);
    expect(await saidSize(history)).toBe(size - 2);
    await history.locator('#undo').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => saidSize(history), { timeout: 3_000 }).toBe(size);

    // Scrolled to the end, every row loaded: the last item's place is the size said at first.
    const scroller = history.locator('#scroller');
    for (let step = 0; step < 20 && (await history.locator('#end').isHidden()); step++) {
      await scroller.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      await history.waitForTimeout(200);
    }
    await expect(history.locator('#end')).toBeVisible();
    // The last batch lengthened the list: to its end again.
    await scroller.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const last = history.locator('#list > [role="listitem"]').last();
    await expect(last).toHaveAttribute('aria-posinset', String(size));
    expect(await saidSize(history)).toBe(size);
  },
);

/** The page with the menu open, or the question, light and dark; axe over each. */
const shoot = (page: Page, name: string, path: (file: string) => string): Promise<void> =>
  shootSchemes(page, `row-actions-${name}`, path, {
    axe: name.startsWith('menu') ? '#row-menu' : 'dialog',
  });

/** Opens News B's menu by keyboard, shoots it, then its question, and shoots that. */
async function shootMenuAndQuestion(
  page: Page,
  lang: 'en' | 'de',
  path: (file: string) => string,
): Promise<void> {
  await page.setViewportSize({ width: 800, height: 560 });
  await page.locator('#search').press('ArrowDown');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('[role="menuitem"]:focus')).toBeVisible();
  await shoot(page, `menu-${lang}`, path);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('dialog.control-dialog .summary')).toContainText('3');
  await shoot(page, `dialog-${lang}`, path);
}

unsigned(
  'the row menu and its question, light and dark, English and German',
  async ({ context, extensionId, extensionPage }, testInfo) => {
    await seedPastReads(extensionPage, READS);
    const history = await openHistory(context, extensionId, VIEW);
    await shootMenuAndQuestion(history, 'en', (file) => testInfo.outputPath(file));
    const { context: german, extensionId: germanId } = await launchGermanWith(
      testInfo.outputPath('profile-de'),
      READS,
    );
    try {
      const page = await openHistory(german, germanId, VIEW);
      await expect(page.locator('#keyboard-hint')).toContainText('Tab: mehr');
      await shootMenuAndQuestion(page, 'de', (file) => testInfo.outputPath(file));
    } finally {
      await german.close();
    }
  },
);
