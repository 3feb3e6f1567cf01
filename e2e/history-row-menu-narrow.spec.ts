// A history row's ⋯ menu and its question in a narrow window (under 520 px: a history tab beside
// the page being read), with a mouse and with a touch screen's pointer (⋯ always shown, in a
// column of its own): the menu inside the viewport, beside its ⋯ and not over it, opened upwards
// from a row near the bottom edge, no item cut; the question inside the viewport, its buttons
// whole. English and German (longer items), each shot in light and dark with axe over it.
import type { CDPSession, Page } from '@playwright/test';
import { launchGermanWith } from '../harness/german';
import { seedPastReads } from '../harness/history-seed';
import { expect, openHistory, test } from './fixtures/extension';
import { shootSchemes } from './fixtures/shots';
import { SITE_READS as READS } from './fixtures/your-data';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The open menu, its ⋯, the viewport, and the menu's items whose text does not fit them. */
function menuLayout(
  page: Page,
): Promise<{ menu: Box; button: Box; width: number; height: number; cut: string[] }> {
  return page.evaluate(() => {
    const box = (el: Element | null): Box => {
      const r = el?.getBoundingClientRect();
      return {
        left: r?.left ?? NaN,
        top: r?.top ?? NaN,
        right: r?.right ?? NaN,
        bottom: r?.bottom ?? NaN,
      };
    };
    const menu = document.querySelector('#row-menu');
    const items = [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    return {
      menu: box(menu),
      button: box(document.querySelector('.row-actions[aria-expanded="true"]')),
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
      cut: items
        .filter((i) => i.scrollWidth > i.clientWidth + 1 || i.scrollHeight > i.clientHeight + 1)
        .map((i) => i.textContent),
    };
  });
}

/** The question: its box, the viewport's width and height, and its buttons or text cut or out. */
function dialogLayout(
  page: Page,
): Promise<{ dialog: Box; width: number; height: number; out: string[] }> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog.control-dialog');
    const d = dialog?.getBoundingClientRect();
    const out = [...(dialog?.querySelectorAll<HTMLElement>('button, h3, .summary, label') ?? [])]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          !d ||
          r.left < d.left - 0.5 ||
          r.right > d.right + 0.5 ||
          el.scrollWidth > el.clientWidth + 1
        );
      })
      .map((el) => el.textContent.trim());
    if (dialog && dialog.scrollWidth > dialog.clientWidth + 1)
      out.push('the dialog scrolls sideways');
    return {
      dialog: {
        left: d?.left ?? NaN,
        top: d?.top ?? NaN,
        right: d?.right ?? NaN,
        bottom: d?.bottom ?? NaN,
      },
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
      out,
    };
  });
}

/** Focuses the row titled `title` from the search box and opens its menu from its ⋯. */
async function openMenuOf(page: Page, title: string): Promise<void> {
  await page.locator('#search').press('ArrowDown');
  for (let i = 0; i < READS.length; i++) {
    if ((await page.locator('.row:focus .title').textContent()) === title) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.locator('.row:focus .title')).toHaveText(title);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('[role="menuitem"]:focus')).toBeVisible();
}

/** The window's height that puts the bottom of `title`'s row `gap` px above the bottom edge. */
async function heightFor(page: Page, title: string, gap: number): Promise<number> {
  const row = await page.locator('.row', { hasText: title }).boundingBox();
  if (!row) throw new Error(`no row ${title}`);
  return Math.ceil(row.y + row.height + gap);
}

/**
 * At `width`: the menu of a row at the top opens below its ⋯, that of the last row (made to sit
 * at the window's bottom) above it; both in view and whole; then the question, in view, whole and apart from the edges.
 * Shot in light and dark (`name`) when `shots` is given.
 */
async function checkNarrow(
  page: Page,
  width: number,
  shots?: { name: string; path: (file: string) => string },
): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.setViewportSize({ width, height: await heightFor(page, 'News C', 12) });
  const inView = (b: Box, w: number, h: number) =>
    b.left >= 0 && b.top >= 0 && b.right <= w + 0.5 && b.bottom <= h + 0.5;

  await openMenuOf(page, 'News A');
  const top = await menuLayout(page);
  expect(inView(top.menu, top.width, top.height), JSON.stringify(top)).toBe(true);
  expect(top.menu.top, `${String(width)} px: below its ⋯`).toBeGreaterThanOrEqual(
    top.button.bottom - 0.5,
  );
  expect(top.cut).toEqual([]);
  await page.keyboard.press('Escape');

  await openMenuOf(page, 'News C');
  const bottom = await menuLayout(page);
  expect(inView(bottom.menu, bottom.width, bottom.height), JSON.stringify(bottom)).toBe(true);
  expect(bottom.menu.bottom, `${String(width)} px: above its ⋯`).toBeLessThanOrEqual(
    bottom.button.top + 0.5,
  );
  expect(bottom.cut).toEqual([]);
  if (shots) await shootSchemes(page, `${shots.name}-menu`, shots.path, { axe: '#row-menu' });

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.locator('dialog.control-dialog .summary')).toContainText('3');
  const question = await dialogLayout(page);
  expect(inView(question.dialog, question.width, question.height), JSON.stringify(question)).toBe(
    true,
  );
  // Apart from both edges (it reached them at 360 px, its rounded corners cut off).
  expect(question.dialog.left, JSON.stringify(question)).toBeGreaterThanOrEqual(8);
  expect(question.width - question.dialog.right, JSON.stringify(question)).toBeGreaterThanOrEqual(
    8,
  );
  expect(question.out).toEqual([]);
  if (shots) await shootSchemes(page, `${shots.name}-dialog`, shots.path, { axe: 'dialog' });
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.control-dialog')).toHaveCount(0);
}

/**
 * A touch screen's pointer (`hover: none`, `pointer: coarse`) through Chromium's touch emulation,
 * as DevTools' device mode sets it; checked, since the page's rules for it are what is tested.
 */
async function emulateTouch(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
  return cdp;
}

for (const lang of ['en', 'de'] as const) {
  test(`under 520 px the row menu and its question stay in view and whole, mouse and touch (${lang})`, async ({
    context,
    extensionId,
    extensionPage,
  }, testInfo) => {
    let history: Page;
    let close = async (): Promise<void> => {};
    if (lang === 'en') {
      await seedPastReads(extensionPage, READS);
      history = await openHistory(context, extensionId);
    } else {
      const german = await launchGermanWith(testInfo.outputPath('profile-de'), READS);
      close = () => german.context.close();
      history = await openHistory(german.context, german.extensionId);
    }
    try {
      const path = (file: string) => testInfo.outputPath(`${lang}-${file}`);
      await checkNarrow(history, 480, { name: 'narrow-480', path });
      await checkNarrow(history, 360, { name: 'narrow-360', path });
      await emulateTouch(history);
      await checkNarrow(history, 480, { name: 'touch-480', path });
    } finally {
      await close();
    }
  });
}
