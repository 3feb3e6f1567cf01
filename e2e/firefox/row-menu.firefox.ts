import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { seedPastReadsVia } from '../../harness/history-seed';
import { SITE_READS } from '../fixtures/your-data';
import { firefoxSpec } from './per-test';

/**
 * A history row's ⋯ menu in Firefox (src/ui/history/row-actions.ts; Chromium:
 * e2e/history-row-actions.spec.ts), from the keyboard: Tab from a row to its ⋯ and Enter, the
 * menu's arrows, Escape back on ⋯; Shift+F10 and a right click on a row; "Show only
 * <site>" setting the Site filter; "Delete all from <site>…" asking with the site's counts, its
 * rows gone on both days, Undo bringing them back.
 */

const spec = firefoxSpec();

const READS = SITE_READS;
const ALL = ['News A', 'Other one', 'News B', 'A blog post', 'News C'];

/** What has focus: a row (its title), a ⋯ button or a menu item (its name), or another element. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    if (el.classList.contains('row')) return `row ${el.querySelector('.title')?.textContent ?? ''}`;
    if (el.classList.contains('row-actions')) return `more ${el.getAttribute('aria-label') ?? ''}`;
    if (el.getAttribute('role') === 'menuitem') return `item ${el.textContent}`;
    return `${el.tagName.toLowerCase()}#${el.id}`;
  });
}

/** The list's row titles, in order. */
function titles(page: Page): Promise<string[]> {
  return page.$$eval('#list .row .title', (all) => all.map((title) => title.textContent));
}

/** The menu's state: shown, and what its open ⋯ button says. */
function menuState(page: Page): Promise<{ shown: boolean; expanded: string | null }> {
  return page.evaluate(() => {
    const menu = document.querySelector<HTMLElement>('#row-menu');
    const open = document.querySelector('.row-actions[aria-expanded="true"]');
    return {
      shown: menu !== null && !menu.hidden,
      expanded: open?.getAttribute('aria-label') ?? null,
    };
  });
}

/** Presses `key` with Shift held. */
async function shift(page: Page, key: 'Tab' | 'F10'): Promise<void> {
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
}

/** Moves focus from the search box down to the row titled `title`. */
async function focusRow(page: Page, title: string): Promise<void> {
  await page.focus('#search');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < ALL.length && (await focused(page)) !== `row ${title}`; i++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await focused(page)).toBe(`row ${title}`);
}

test('Firefox: a row’s ⋯ menu from the keyboard, Show only <site>, Delete all from <site>… and Undo', async () => {
  const ff = await spec.launch();
  const options = await ff.openExtensionPage('/src/ui/options/index.html');
  await seedPastReadsVia((script) => options.evaluate(script), READS);
  const page = await ff.openExtensionPage('/src/ui/history/index.html');
  await page.setViewport({ width: 1100, height: 800 });
  await page.waitForSelector('#list .row');
  await expect.poll(() => titles(page)).toEqual(ALL);
  const now = () => focused(page);

  // Tab from a row: its ⋯, named with the page; Enter opens the menu on its first item.
  await focusRow(page, 'Other one');
  await page.keyboard.press('Tab');
  expect(await now()).toBe('more More actions: Other one');
  await page.keyboard.press('Enter');
  await expect.poll(now).toBe('item Show only other.test');
  expect(await menuState(page)).toEqual({ shown: true, expanded: 'More actions: Other one' });
  await page.keyboard.press('ArrowDown');
  expect(await now()).toBe('item Delete all from other.test…');
  await page.keyboard.press('ArrowDown');
  expect(await now()).toBe('item Show only other.test');
  await page.keyboard.press('ArrowUp');
  expect(await now()).toBe('item Delete all from other.test…');
  // Escape: closed, focus back on ⋯; ↑ there opens it on its last item.
  await page.keyboard.press('Escape');
  await expect.poll(() => menuState(page)).toEqual({ shown: false, expanded: null });
  expect(await now()).toBe('more More actions: Other one');
  await page.keyboard.press('ArrowUp');
  await expect.poll(now).toBe('item Delete all from other.test…');
  await page.keyboard.press('Escape');
  await shift(page, 'Tab');
  expect(await now()).toBe('row Other one');

  // Shift+F10 on the row opens its menu, and no menu of Firefox's own over it.
  await shift(page, 'F10');
  await expect.poll(now).toBe('item Show only other.test');
  await page.keyboard.press('Escape');
  await expect.poll(now).toBe('more More actions: Other one');
  await shift(page, 'Tab');
  // A right click on the row likewise (the context-menu key's event: WebDriver has no code for
  // the key itself, so puppeteer cannot press it).
  expect(await now()).toBe('row Other one');
  await page.click('#list .row:focus .site', { button: 'right' });
  await expect.poll(now).toBe('item Show only other.test');
  // Show only <site>: the filter holds it, only its rows, the first focused.
  await page.keyboard.press('Enter');
  await expect.poll(() => page.$eval('input[name=site]', (i) => i.value)).toBe('other.test');
  await expect.poll(() => titles(page)).toEqual(['Other one']);
  await expect.poll(now).toBe('row Other one');
  expect(await page.$eval('#delete-site', (b) => b.textContent)).toBe(
    'Delete all from other.test…',
  );

  // Every site again; from News B's menu, Delete all from news.example.com….
  await page.$eval('input[name=site]', (input) => {
    const field = input;
    field.value = '';
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect.poll(() => titles(page)).toEqual(ALL);
  await focusRow(page, 'News B');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowUp');
  await expect.poll(now).toBe('item Delete all from news.example.com…');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.control-dialog[open]');
  const question = await page.$eval('dialog.control-dialog', (dialog) => ({
    heading: dialog.querySelector('h3')?.textContent ?? '',
    summary: dialog.querySelector('.summary')?.textContent.replace(/\s+/g, ' ') ?? '',
  }));
  expect(question.heading).toBe('Delete all from news.example.com?');
  expect(question.summary).toContain('3 pages (3 reading sessions) will be deleted');
  // Cancel has focus; Shift+Tab reaches Delete.
  expect(await now()).toBe('button#');
  await shift(page, 'Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => titles(page)).toEqual(['Other one', 'A blog post']);
  await expect.poll(now).toBe('row A blog post');
  await expect
    .poll(() => page.$eval('#undo', (bar) => bar.textContent))
    .toContain('Deleted from news.example.com.');
  // Undo brings every row back.
  await page.click('#undo button.undo');
  await expect
    .poll(() => page.$eval('#undo', (bar) => bar.textContent))
    .toBe('Undone: nothing was deleted.');
  await expect.poll(() => titles(page)).toEqual(ALL);
  // Opened anew (BiDi's reload of a moz-extension:// page never reports its load): all still there.
  await page.close();
  const again = await ff.openExtensionPage('/src/ui/history/index.html');
  await again.waitForSelector('#list .row');
  await expect.poll(() => titles(again)).toEqual(ALL);
});
