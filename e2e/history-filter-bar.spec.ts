import type { Page } from '@playwright/test';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../harness/browser';
import { COLOR_SCHEMES, openExtensionPage } from '../harness/screenshots';
import { expect, test } from './fixtures/extension';

// The history page's filter bar: Site, From, To, Go to and Unfinished on one line at common
// widths (it wrapped at 1,100 px in both languages), and below them whole fields wrap, nothing
// overlapping, nothing cut, no sideways scroll. German has the longest labels.

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The bar's fields (each a label with its text, field and calendar button) and the bar. */
async function barLayout(page: Page): Promise<{ fields: Box[]; bar: Box; scrolls: boolean }> {
  return page.evaluate(() => {
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const bar = document.querySelector('#filters');
    if (!bar) throw new Error('no filter bar');
    return {
      fields: [...bar.querySelectorAll(':scope > label')].map(box),
      bar: box(bar),
      scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

for (const lang of ['en', 'de']) {
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  test(`the filter bar holds one line from 1024 px and wraps whole fields below (${lang})`, async ({}, testInfo) => {
    const context = await launchWithExtension({
      userDataDir: testInfo.outputPath(`profile-${lang}`),
      extraArgs: [`--lang=${lang}`],
    });
    try {
      const extensionId = extensionIdOf(await extensionWorker(context));
      for (const scheme of COLOR_SCHEMES) {
        const page = await openExtensionPage(context, extensionId, 'history', scheme);
        for (const width of [1280, 1100, 1024]) {
          await page.setViewportSize({ width, height: 700 });
          const { fields, bar, scrolls } = await barLayout(page);
          expect(fields, `${String(width)} px`).toHaveLength(5);
          // One line: every field's middle at the same height, inside the bar.
          const middles = fields.map((f) => Math.round((f.top + f.bottom) / 2));
          expect(new Set(middles).size, `${String(width)} px: lines of fields`).toBe(1);
          expect(Math.max(...fields.map((f) => f.right))).toBeLessThanOrEqual(bar.right);
          expect(scrolls).toBe(false);
        }
        // "Back to newest" (shown after a jump to a date) takes no room from the bar.
        const height = (await barLayout(page)).bar.bottom;
        await page.locator('input[name=jump]').fill('1/2/2020');
        await page.locator('input[name=jump]').dispatchEvent('change');
        await expect(page.locator('#newest')).toBeVisible();
        expect((await barLayout(page)).bar.bottom).toBe(height);
        await page.screenshot({ path: testInfo.outputPath(`bar-1024-${lang}-${scheme}.png`) });

        for (const width of [900, 700, 480, 360]) {
          await page.setViewportSize({ width, height: 700 });
          const { fields, bar, scrolls } = await barLayout(page);
          for (const [i, field] of fields.entries()) {
            // Whole: one control high (its text never wraps under its field), inside the bar.
            expect(
              field.bottom - field.top,
              `${String(width)} px, field ${String(i)}`,
            ).toBeLessThan(40);
            expect(field.right).toBeLessThanOrEqual(bar.right);
            for (const other of fields.slice(i + 1)) {
              const apart =
                other.left >= field.right ||
                other.right <= field.left ||
                other.top >= field.bottom ||
                other.bottom <= field.top;
              expect(apart, `${String(width)} px: fields overlap`).toBe(true);
            }
          }
          // A wrapped line starts where the first one does (the checkbox under "Site").
          const lefts = new Set(fields.filter((f) => f.left < bar.left + 40).map((f) => f.left));
          expect(lefts.size).toBe(1);
          expect(scrolls, `${String(width)} px scrolls sideways`).toBe(false);
          if (width === 700) {
            await page.screenshot({ path: testInfo.outputPath(`bar-700-${lang}-${scheme}.png`) });
          }
        }
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
}
