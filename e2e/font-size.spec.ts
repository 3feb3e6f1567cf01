// The extension's pages at a larger default font size (Chrome: Settings → Appearance → Font size,
// "Large" = 20 px, "Very large" = 24 px), set in the profile before launch (harness/font-size.ts).
// Not zoom: a CSS px stays the same size and only rem and em grow, so what is sized in px (the
// history list's rows were 52 px) must follow the text (src/ui/history/item-sizer.ts).
import type { Page } from '@playwright/test';
import { seedPastReads } from '../harness/history-seed';
import { openExtensionPage, type ExtensionPageName } from '../harness/screenshots';
import { expect, test as base } from './fixtures/extension';
import { CONTROLS, cutAtSides, focusedRow, week } from './fixtures/layout';

/**
 * What is not whole among `selector`'s items: an item or a part of it whose text is cut
 * (scrollHeight over clientHeight by more than 1 px), a part reaching out of its item, or an item
 * overlapping the next one. Empty when all are whole.
 */
function notWhole(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((items) => {
    const problems: string[] = [];
    const elements = [...document.querySelectorAll<HTMLElement>(items)].filter(
      (e) => e.getClientRects().length > 0,
    );
    const name = (e: Element): string =>
      `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.slice(0, 30)}"`;
    const sorted = elements
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .sort((a, b) => a.box.top - b.box.top);
    for (const [i, { e, box }] of sorted.entries()) {
      for (const part of [e, ...e.querySelectorAll<HTMLElement>('*')]) {
        if (part.getClientRects().length === 0 || part.closest('.visually-hidden')) continue;
        if (part.scrollHeight > part.clientHeight + 1 && part.clientHeight > 0) {
          problems.push(
            `cut: ${name(part)} ${String(part.scrollHeight)} > ${String(part.clientHeight)}`,
          );
        }
        const inner = part.getBoundingClientRect();
        if (part !== e && (inner.top < box.top - 1 || inner.bottom > box.bottom + 1)) {
          problems.push(
            `out of its item: ${name(part)} ${String(inner.top)}-${String(inner.bottom)} in ${String(box.top)}-${String(box.bottom)}`,
          );
        }
      }
      const next = sorted[i + 1];
      if (next && next.box.top < box.bottom - 0.5) {
        problems.push(
          `overlap: ${name(e)} ends ${String(box.bottom)}, next starts ${String(next.box.top)}`,
        );
      }
    }
    return problems;
  }, selector);
}

/** The extension fixtures, and `open`: an extension page (harness/screenshots.ts sizes) over `week()`. */
const test = base.extend<{ open: (name: ExtensionPageName) => Promise<Page> }>({
  open: async ({ context, extensionId, extensionPage }, use) => {
    await seedPastReads(extensionPage, week());
    await use((name) => openExtensionPage(context, extensionId, name));
  },
});

/** The root font size the page got, "24px" at "Very large". */
function rootFontSize(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
}

/** The heights (px) of the history list's first row and day heading. */
function itemHeights(page: Page): Promise<{ day: number; row: number }> {
  return page.evaluate(() => ({
    day: document.querySelector('#list .day')?.getBoundingClientRect().height ?? 0,
    row: document.querySelector('#list .row')?.getBoundingClientRect().height ?? 0,
  }));
}

/** Moves focus down the history list by ↓ `count` times, checking the focused row each time. */
async function arrowDown(page: Page, count: number): Promise<void> {
  for (let step = 1; step <= count; step++) {
    await page.keyboard.press('ArrowDown');
    const focused = await focusedRow(page);
    expect(focused.row && focused.inView, `after ↓ ${String(step)}: ${focused.where}`).toBe(true);
  }
}

test.describe('at 24 px ("Very large")', () => {
  test.use({ defaultFontSize: 24 });

  test('the history list: rows and day headings whole, none overlapping, ↓ keeps the focused row in view', async ({
    open,
  }) => {
    const page = await open('history');
    expect(await rootFontSize(page)).toBe('24px');
    const heights = await itemHeights(page);
    // 52 and 40 px at 16 px: the title and info line alone are 63 px high at 24.
    expect(heights.row).toBeGreaterThanOrEqual(70);
    expect(heights.day).toBeGreaterThan(40);
    expect(await notWhole(page, '#list .row, #list .day')).toEqual([]);
    expect(await cutAtSides(page, CONTROLS)).toEqual([]);
    await page.locator('#search').focus();
    await arrowDown(page, 30);
    expect(await notWhole(page, '#list .row, #list .day')).toEqual([]);
  });

  test('the popup’s rows whole; options and welcome with nothing cut or scrolling sideways', async ({
    open,
  }) => {
    const popup = await open('popup');
    expect(await rootFontSize(popup)).toBe('24px');
    expect(await notWhole(popup, '#activities > li')).toEqual([]);
    expect(await cutAtSides(popup, 'button, input, h1')).toEqual([]);
    for (const name of ['options', 'welcome'] as const) {
      const page = await open(name);
      if (name === 'welcome') await page.locator('details summary').click();
      expect(await cutAtSides(page, CONTROLS), name).toEqual([]);
      await page.close();
    }
  });
});

test('at 16 px the history list is as it was: rows 52 px, day headings 40 px', async ({ open }) => {
  const page = await open('history');
  expect(await rootFontSize(page)).toBe('16px');
  expect(await itemHeights(page)).toEqual({ day: 40, row: 52 });
  expect(await notWhole(page, '#list .row, #list .day')).toEqual([]);
});

test('the text size changed while the history page is open: the rows follow, the focused row stays in view', async ({
  open,
}) => {
  const page = await open('history');
  await page.locator('#search').focus();
  await arrowDown(page, 12);
  const before = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
  // As the browser's setting does to an open page: the root's font size, 150 % of 16 px.
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '24px';
  });
  await expect.poll(async () => (await itemHeights(page)).row).toBeGreaterThanOrEqual(70);
  const focused = await focusedRow(page);
  expect(focused.row && focused.inView, focused.where).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(before);
  expect(await notWhole(page, '#list .row, #list .day')).toEqual([]);
  await arrowDown(page, 10);
});
