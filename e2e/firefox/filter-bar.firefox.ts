import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { firefoxSpec } from './per-test';

/**
 * The history page's filter bar in Firefox without CSS `field-sizing` (Firefox 140 ESR, the
 * add-on's least version, has none; Debian's 153 has it, turned off here by its preference): Site,
 * From, To, Go to and Unfinished on one line at 1,024 px in German as in Chromium
 * (e2e/history-filter-bar.spec.ts). The date fields are as wide as their placeholder
 * (date-field.ts `sizeToPlaceholder`); at 14ch each the German bar took two lines.
 */

const spec = firefoxSpec();

/** The middles of the bar's fields (each a label with its text, field and calendar button). */
function fieldLines(page: Page): Promise<{ middles: number[]; overflow: boolean; hint: string }> {
  return page.evaluate(() => {
    const bar = document.querySelector('#filters');
    const fields = [...(bar?.querySelectorAll(':scope > label, :scope > .range > label') ?? [])];
    const right = bar?.getBoundingClientRect().right ?? 0;
    const date = document.querySelector<HTMLInputElement>('input[name=from]');
    return {
      middles: fields.map((field) => {
        const box = field.getBoundingClientRect();
        return Math.round((box.top + box.bottom) / 2);
      }),
      overflow: fields.some((field) => field.getBoundingClientRect().right > right + 0.5),
      // Whole: the placeholder shows every letter (no horizontal scroll in the field).
      hint: date ? `${date.placeholder} ${String(date.scrollWidth <= date.clientWidth)}` : '',
    };
  });
}

for (const locale of ['de', 'en']) {
  test(`Firefox: the filter bar holds one line at 1024 px, its dates whole (${locale})`, async () => {
    const firefox = await spec.launch({
      locale,
      prefs: { 'layout.css.field-sizing.enabled': false },
    });
    const page = await firefox.openExtensionPage('/src/ui/history/index.html');
    await page.setViewport({ width: 1024, height: 700 });
    await page.waitForSelector('#filters input[name=from][placeholder]');
    expect(await page.evaluate(() => CSS.supports('field-sizing', 'content'))).toBe(false);
    const lines = await fieldLines(page);
    expect(lines.middles).toHaveLength(5);
    expect(new Set(lines.middles).size, JSON.stringify(lines)).toBe(1);
    expect(lines.overflow).toBe(false);
    expect(lines.hint).toMatch(locale === 'de' ? /^TT\.MM\.JJJJ true$/ : / true$/);
  });
}
