import type { Page } from '@playwright/test';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../harness/browser';
import { launchGermanWith } from '../harness/german';
import { COLOR_SCHEMES, openExtensionPage } from '../harness/screenshots';
import { expect, test } from './fixtures/extension';
import { week } from './fixtures/layout';

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
      // From and To sit in their range (.range), which wraps as one.
      fields: [...bar.querySelectorAll(':scope > label, :scope > .range > label')].map(box),
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

// With the Site filter set, above the list: "Delete all from <site>…" and the sync line. With the
// keys there too it took three lines at 520 px in English and four in German; the keys now show
// only while the list has keyboard focus, over the window's foot (history.css): two lines at most
// in either language, the sync line kept.
for (const lang of ['en', 'de'] as const) {
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  test(`with the Site filter set at 520 px, the line above the list takes two lines at most, the sync line kept (${lang})`, async ({}, testInfo) => {
    const { context, extensionId } = await launchGermanWith(
      testInfo.outputPath(`profile-${lang}`),
      week(),
      lang,
    );
    try {
      const page = await openExtensionPage(context, extensionId, 'history');
      await page.setViewportSize({ width: 520, height: 700 });
      await page.locator('input[name=site]').fill('site-1.example');
      await page.locator('input[name=site]').dispatchEvent('change');
      await expect(page.locator('#delete-site')).toBeVisible();
      // The sync line as it shows once sync was used (history-sync.ts; left out while never used,
      // as in this profile): its words written in, the page's own layout drawn around them.
      await page.evaluate((de) => {
        const line = document.querySelector<HTMLElement>('#sync-line');
        const status = document.querySelector('#sync-status');
        if (!line || !status) throw new Error('no sync line');
        line.hidden = false;
        line.removeAttribute('aria-busy');
        status.textContent = de ? 'Zuletzt vor 5 Minuten synchronisiert' : 'Synced 5 minutes ago';
      }, lang === 'de');
      const lines = await page.evaluate(() => {
        const top = document.querySelector('.list-top')?.getBoundingClientRect();
        const boxes = ['#delete-site', '#sync-line']
          .map((p) => document.querySelector(p)?.getBoundingClientRect())
          .filter((b) => b !== undefined)
          .sort((a, b) => a.top - b.top);
        const line = document.querySelector('#sync-status');
        return {
          height: top?.height ?? 0,
          lineHeight: line ? parseFloat(getComputedStyle(line).lineHeight) : 0,
          inside: boxes.length === 2 && boxes.every((b) => top && b.right <= top.right + 0.5),
        };
      });
      await page.screenshot({
        path: testInfo.outputPath(`list-top-520-${lang}.png`),
        clip: { x: 0, y: 0, width: 520, height: 340 },
      });
      // Two lines of text and the sync button's padding: 52 px (German was 72 px, four lines).
      expect(lines.height, JSON.stringify(lines)).toBeLessThan(3 * lines.lineHeight);
      expect(lines.inside).toBe(true);
      await expect(page.locator('#keyboard-hint')).toBeHidden();
      await expect(page.locator('#sync-status')).toBeVisible();
      await expect(page.locator('#sync-action')).toBeVisible();
    } finally {
      await context.close();
    }
  });
}
