// The extension's pages at 200 % and 400 % browser zoom (WCAG 2.2 SC 1.4.4 Resize text, 1.4.10
// Reflow), zoomed as Ctrl+plus zooms them (harness/zoom.ts): in a 1280 × 720 window that is
// 640 × 360 CSS px at 200 % and 320 × 180 at 400 %. The toolbar popup is opened for real, in a
// headed browser on a display of its own, at the browser's default zoom: only the real popup has
// the browser's cap of 800 × 600 px of the screen.
import type { Page } from '@playwright/test';
import { extensionWorker, launchWithExtension } from '../harness/browser';
import { seedPastReads, type PastRead } from '../harness/history-seed';
import { ensureDisplay } from '../harness/tracking/display';
import { DEVTOOLS_PORT_ARG, openToolbarPopup, setDefaultZoom, zoomTab } from '../harness/zoom';
import { expect, test, type ExtensionFixtures } from './fixtures/extension';

/** Six days of five reads each, the first of each day with a long title. */
function week(): PastRead[] {
  return Array.from({ length: 30 }, (_, i) => ({
    url: `https://site-${String(i % 4)}.example/read-${String(i)}`,
    title:
      i % 5 === 0
        ? `How web accessibility improves everyone’s experience, part ${String(i)}`
        : `Page ${String(i)}`,
    hoursAgo: 1 + Math.floor(i / 5) * 24 + (i % 5),
  }));
}

/** Opens an extension page in a 1280 × 720 window and zooms it to `factor`. */
async function zoomed(page: Page, url: string, factor: number, ready: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await zoomTab(page, factor);
}

/** Rows of the history list wholly in the window and drawn on top (nothing over their middle). */
function wholeRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('#list .row')].filter((row) => {
        const box = row.getBoundingClientRect();
        const middle = document.elementFromPoint(
          box.left + box.width / 2,
          box.top + box.height / 2,
        );
        return box.top >= 0 && box.bottom <= innerHeight && row.contains(middle);
      }).length,
  );
}

/**
 * What is cut at the sides: the page scrolls sideways, or a drawn control of `selector` (or, in a
 * row, any part) reaches past the window's or its row's edge. "tag.class" for each.
 */
function cutAtSides(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((controls) => {
    const width = document.documentElement.clientWidth;
    const cut =
      document.documentElement.scrollWidth > innerWidth ? ['the page scrolls sideways'] : [];
    for (const element of document.querySelectorAll(`${controls}, #list .row > *`)) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || element.getClientRects().length === 0) continue;
      const row = element.parentElement?.closest('.row')?.getBoundingClientRect();
      const [left, right] = row ? [row.left, row.right] : [0, width];
      if (box.left < left - 0.5 || box.right > right + 0.5) {
        cut.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
    }
    return cut;
  }, selector);
}

/**
 * Where the focused element is: a row (`row`), wholly in the window and below "Back to newest"
 * when shown (`inView`), with its box and the button's bottom for the failure message.
 */
function focusedRow(page: Page): Promise<{ row: boolean; inView: boolean; where: string }> {
  return page.evaluate(() => {
    const row = document.activeElement;
    const box = row?.getBoundingClientRect();
    const newest = document.querySelector<HTMLElement>('#newest');
    const floats = newest && !newest.hidden ? newest.getBoundingClientRect().bottom : 0;
    return {
      row: Boolean(row?.classList.contains('row')),
      inView: Boolean(box && box.top >= floats && box.bottom <= innerHeight),
      where: `${row?.className ?? ''} ${String(box?.top)}-${String(box?.bottom)} under ${String(floats)}, scrolled ${String(scrollY)}`,
    };
  });
}

const CONTROLS = 'button, input, select, textarea, a, summary, label, h1';

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

test('options and welcome at 200 % and 400 %: no sideways scroll, no control cut, the dialog scrolls', async ({
  context,
  extensionId,
}) => {
  for (const factor of [2, 4]) {
    const options = await context.newPage();
    await zoomed(
      options,
      `chrome-extension://${extensionId}/src/ui/options/index.html`,
      factor,
      '#account-status[data-state]',
    );
    // The sign-in steps (with "UserActivity.ReadWrite.CreatedByApp", which ran off the side).
    await expect(options.locator('#setup-help ol')).toBeVisible();
    expect(await cutAtSides(options, CONTROLS), `options at ${String(factor * 100)} %`).toEqual([]);
    await options.locator('#clear-history').click();
    const dialog = options.locator('dialog[open]');
    await dialog.locator('.summary:not(:empty)').waitFor();
    expect(await cutAtSides(options, 'dialog[open] :is(button, select, input, label)')).toEqual([]);
    // Taller than the window at 400 %: it scrolls, and its buttons come into view.
    await dialog.evaluate((d) => {
      d.scrollTop = d.scrollHeight;
    });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
    await options.close();

    const welcome = await options.context().newPage();
    await zoomed(
      welcome,
      `chrome-extension://${extensionId}/src/ui/welcome/index.html`,
      factor,
      'details summary',
    );
    await welcome.locator('details summary').click();
    expect(await cutAtSides(welcome, CONTROLS), `welcome at ${String(factor * 100)} %`).toEqual([]);
    await welcome.close();
  }
});

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
test('the toolbar popup at 200 % and 400 %: as wide as the browser lets it, nothing off its side; at 100 % it settles', async ({}, testInfo) => {
  const stopDisplay = await ensureDisplay({ mayShare: false });
  const profile = testInfo.outputPath('profile');
  try {
    const seeding = await launchWithExtension({ userDataDir: profile });
    const worker = await extensionWorker(seeding);
    const seeder = await seeding.newPage();
    await seeder.goto(new URL('/src/ui/options/index.html', worker.url()).href);
    await seedPastReads(seeder, week());
    await seeding.close();
    for (const factor of [2, 4, 1]) {
      setDefaultZoom(profile, factor);
      const context = await launchWithExtension({
        userDataDir: profile,
        headless: false,
        viewport: null,
        extraArgs: [DEVTOOLS_PORT_ARG],
      });
      try {
        await (context.pages()[0] ?? (await context.newPage())).bringToFront();
        const { popup, browser } = await openToolbarPopup(await extensionWorker(context), profile);
        try {
          const size = await popup.evaluate(() => ({
            zoom: devicePixelRatio,
            room: document.documentElement.clientWidth,
            body: document.body.getBoundingClientRect().width,
          }));
          expect(size.zoom).toBe(factor);
          // At 200 % it was 400 px of body in 392 px of popup (its scroll bar), 196 at 400 %.
          expect(size.body).toBeLessThanOrEqual(size.room);
          expect(await cutAtSides(popup, 'button, input, h1')).toEqual([]);
          await testInfo.attach(`popup at ${String(factor * 100)} %`, {
            body: await popup.screenshot(),
            contentType: 'image/png',
          });
          if (factor === 1) {
            // Its list ends on a whole row (whole-rows.ts) without resizing the popup again and
            // again: 145 resize events in 3 s before.
            const resizes = await popup.evaluate(
              () =>
                new Promise<number>((resolve) => {
                  let count = 0;
                  addEventListener('resize', () => count++);
                  setTimeout(() => {
                    resolve(count);
                  }, 2000);
                }),
            );
            expect(resizes).toBeLessThanOrEqual(1);
          }
        } finally {
          await browser.close();
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await stopDisplay();
  }
});
