import type { Page } from '@playwright/test';
import { generateHistory, MARKERS, seedHistory } from '../harness/history-seed';
import { callWorker, readFor } from '../harness/reading';
import { roundShown } from '../src/tracking/shown-rounding';
import { expect, test } from './fixtures/extension';

const DAY = 24 * 3600 * 1000;
const PAGES = 600;

async function openHistory(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/src/ui/history/index.html`);
  await expect(page.locator('.row').first()).toBeVisible();
}

const titles = (page: Page): Promise<string[]> => page.locator('.row .title').allTextContents();

test.describe('history page', () => {
  let now: number;

  test.beforeEach(async ({ extensionPage }) => {
    now = Date.now();
    const seeded = await seedHistory(extensionPage, { pages: PAGES, days: 90, now });
    expect(seeded.activities).toBe(PAGES);
  });

  test('reaches the oldest page by scrolling and by a date jump', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openHistory(page, extensionId);
    // At the newest there is nothing to go back to: no "Back to newest" until the reader moves.
    await expect(page.locator('#newest')).toBeHidden();
    const oldest = page.locator('.row .title', { hasText: MARKERS.oldestTitle });
    // Scroll to the end again and again: the list loads older batches as it nears its end.
    for (let i = 0; i < 40 && !(await oldest.isVisible()); i++) {
      await page.locator('#scroller').evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      await page.waitForTimeout(150);
    }
    await expect(oldest).toBeVisible();
    await expect(page.locator('#end')).toBeVisible();
    // Only the rows near the viewport exist in the page, however long the history.
    expect(await page.locator('.row').count()).toBeLessThan(120);

    await page.locator('#newest').click();
    await expect(oldest).toBeHidden();
    await expect(page.locator('#newest')).toBeHidden();
    const oldestDay = new Date(now - 90 * DAY + 20 * 60_000);
    const iso = `${String(oldestDay.getFullYear())}-${String(oldestDay.getMonth() + 1).padStart(2, '0')}-${String(oldestDay.getDate()).padStart(2, '0')}`;
    await page.locator('input[name=jump]').fill(iso);
    await page.locator('input[name=jump]').dispatchEvent('change');
    await expect(oldest).toBeVisible();
    await expect(page.locator('#newest')).toBeVisible();
  });

  test('day totals equal the sum of each day’s engagements', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openHistory(page, extensionId);
    // The truth, from what was seeded, summed per local day of the browser (same machine clock),
    // each engagement as its row shows it (tracking/shown-rounding.ts: totals add up with rows).
    const expected = new Map<number, number>();
    for (const seeded of generateHistory({ pages: PAGES, days: 90, now })) {
      for (const e of seeded.engagements) {
        const day = new Date(e.startedAt);
        day.setHours(0, 0, 0, 0);
        expected.set(day.getTime(), (expected.get(day.getTime()) ?? 0) + roundShown(e.activeMs));
      }
    }
    // The headings of a few screens: how many days one screen holds depends on the time of day
    // (shortly after midnight, today has one row or none).
    const headings = new Map<number, number>();
    for (let screen = 0; screen < 4; screen++) {
      const shown = await page
        .locator('.day')
        .evaluateAll((days) =>
          days.map((d) => [
            Number(d.getAttribute('data-day-start')),
            Number(d.getAttribute('data-active-ms')),
          ]),
        );
      for (const [dayStart, activeMs] of shown) headings.set(dayStart ?? 0, activeMs ?? NaN);
      await page.locator('#scroller').evaluate((el) => {
        el.scrollTop += el.clientHeight;
      });
      await page.waitForTimeout(150);
    }
    expect(headings.size).toBeGreaterThan(3);
    for (const [dayStart, activeMs] of headings) {
      expect(activeMs).toBe(expected.get(dayStart));
    }
    await page.locator('#scroller').evaluate((el) => {
      el.scrollTop = 0;
    });
    await page.waitForTimeout(150);
    // And each fully shown day's rows add up to its heading.
    const sums = await page.locator('.list').evaluate((list) => {
      const items = [...list.children].sort(
        (a, b) =>
          parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top),
      );
      const result: [number, number[]][] = [];
      for (const item of items) {
        const total = item.getAttribute('data-active-ms');
        if (item.classList.contains('day')) result.push([Number(total), []]);
        else result[result.length - 1]?.[1].push(Number(total));
      }
      return result;
    });
    const [first] = sums;
    const rowsShown = (first?.[1] ?? []).reduce((sum, ms) => sum + roundShown(ms), 0);
    expect(first?.[0]).toBe(rowsShown);
  });

  test('day headings and totals line up with the rows’ columns, and page counts with their header', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await openHistory(page, extensionId);
    const box = async (selector: string) => {
      const found = await page.locator(selector).first().boundingBox();
      if (!found) throw new Error(`${selector} is not shown`);
      return { left: found.x, right: found.x + found.width };
    };
    // The day's name starts over the checkboxes; its total ends over the rows' times.
    expect((await box('.day h2')).left).toBeCloseTo((await box('.row input')).left, 0);
    expect((await box('.day .day-total')).right).toBeCloseTo(
      (await box('.row .duration')).right,
      0,
    );
    // (The filter bar's checkbox, when it wraps, under "Site": history-filter-bar.spec.ts.)
    // The sites table's "Pages" ends where its counts do.
    await page.locator('#view-charts').click();
    // (Where the text ends, not the cell: the cells share their column's edges however aligned.)
    const textRight = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return range.getBoundingClientRect().right;
        });
    expect(await textRight('.charts thead th:last-child')).toBeCloseTo(
      await textRight('.charts td.number'),
      0,
    );
  });

  test('the page being read shows its latest time, and today’s total with it, as the popup does', async ({
    context,
    extensionId,
    extensionPage,
    pages,
  }) => {
    const history = await context.newPage();
    await openHistory(history, extensionId);
    const reading = await context.newPage();
    await reading.goto(pages.url('/tides.html'));
    await readFor(reading, 10);
    // What the store holds of the read, as the day list reads it without asking the page.
    const stored = async () => {
      const { rows } = await callWorker(extensionPage, 'list-engagements', {
        limit: 1,
        collectEvidence: false,
      });
      const [row] = rows;
      return row?.url === pages.url('/tides.html') ? row : undefined;
    };
    // Just after the page said its input (input is said at most every 5 s), keep reading 2.5 s:
    // that much is in the page only, not yet in the store.
    const first = (await stored())?.activeMs;
    let banked = await stored();
    for (let step = 0; step < 40 && banked?.activeMs === first; step++) {
      await reading.mouse.move(100 + step * 5, 200);
      await reading.waitForTimeout(200);
      banked = await stored();
    }
    expect(banked).toBeDefined();
    await readFor(reading, 2.5);
    const dayStart = new Date(banked?.startedAt ?? 0).setHours(0, 0, 0, 0);
    const [storedToday] = await callWorker(extensionPage, 'engagement-totals', {
      ranges: [[dayStart, dayStart + DAY]],
    });
    // The list is drawn again while the page is still in front ("Newest", without leaving it).
    await history.evaluate(() => {
      document.querySelector<HTMLButtonElement>('#newest')?.click();
    });
    const row = history.locator('.row', { hasText: /tides really work/i });
    const shownMs = async () => Number(await row.first().getAttribute('data-active-ms'));
    await expect.poll(shownMs).toBeGreaterThanOrEqual((banked?.activeMs ?? 0) + 1_500);
    const today = history.locator(`.day[data-day-start="${String(dayStart)}"]`);
    await expect
      .poll(async () => Number(await today.getAttribute('data-active-ms')))
      .toBeGreaterThanOrEqual((storedToday?.activeMs ?? 0) + 1_500);
    // Never more than the popup says for the page (one engagement: the page's whole time, as the
    // row shows it).
    const popup = await callWorker(extensionPage, 'list-pages', { query: 'tides really work' });
    expect(roundShown(await shownMs())).toBeLessThanOrEqual(popup.rows[0]?.activeMs ?? 0);
  });

  test('search finds pages by an author and by a word of the description', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openHistory(page, extensionId);
    await expect(page.locator('#search')).toBeFocused();
    await page.locator('#search').fill('quarrington');
    await expect.poll(() => titles(page)).toEqual([MARKERS.authorTitle]);
    await page.locator('#search').fill(MARKERS.descriptionWord);
    await expect.poll(() => titles(page)).toEqual([MARKERS.descriptionTitle]);
    // A typo still finds her.
    await page.locator('#search').fill('Quarington');
    await expect.poll(() => titles(page)).toEqual([MARKERS.authorTitle]);
    // A narrow window (a history tab beside the page read): the box keeps room to type in, on a
    // line of its own under the title, instead of shrinking to a few characters.
    await page.setViewportSize({ width: 480, height: 700 });
    const box = await page.locator('#search').boundingBox();
    expect(box?.width).toBeGreaterThan(400);
    const title = await page.locator('h1').boundingBox();
    expect(box?.y).toBeGreaterThan((title?.y ?? 0) + (title?.height ?? 0));
    // The result's date and time go on two short lines: its title keeps most of the row.
    const found = await page.locator('.row .text').first().boundingBox();
    expect(found?.width).toBeGreaterThan(200);
  });

  test('a new search or filter clears the selection, so Delete selected never acts on hidden rows', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openHistory(page, extensionId);
    const bar = page.locator('#selection');
    const select = async () => {
      await page.locator('.row input[type=checkbox]').first().check();
      await expect(bar).toBeVisible();
      await expect(page.locator('#selection-count')).toHaveText('1 selected');
    };
    await select();
    // A search that hides the selected row: nothing is left selected to delete unseen.
    await page.locator('#search').fill('quarrington');
    await expect.poll(() => titles(page)).toEqual([MARKERS.authorTitle]);
    await expect(bar).toBeHidden();
    // Back to the whole list: the row is not selected again behind the reader's back.
    await page.locator('#search').fill('');
    await expect(page.locator('.row').nth(5)).toBeVisible();
    await expect(bar).toBeHidden();
    await expect(page.locator('.row input[type=checkbox]:checked')).toHaveCount(0);
    // A filter does the same.
    await select();
    await page.locator('input[name=unfinished]').check();
    await expect(bar).toBeHidden();
  });

  test('a reply to an abandoned search never empties the list', async ({
    context,
    extensionId,
  }) => {
    for (const path of ['src/ui/history/index.html', 'src/ui/popup/index.html']) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      const rows = page.locator('.row, #activities li');
      await expect(rows.first()).toBeVisible();
      for (let round = 0; round < 5; round++) {
        await page.locator('#search').fill('zzzqqqxxyy nomatch');
        await page.waitForTimeout(130 + round * 10);
        await page.locator('#search').fill('');
        await page.waitForTimeout(1000);
        expect(await rows.count(), `${path}, round ${String(round)}`).toBeGreaterThan(0);
      }
      await page.close();
    }
  });

  test('keyboard only: arrows move, Enter opens, Delete deletes and focus moves to the next row', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openHistory(page, extensionId);
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('.row:focus');
    const shown = await titles(page);
    const [first, second] = shown;
    // A page read twice has two rows: Delete removes the page, so focus goes to the next other page.
    const next = shown.slice(2).find((title) => title !== second);
    await expect(focused.locator('.title')).toHaveText(first ?? '');
    await page.keyboard.press('ArrowDown');
    await expect(focused.locator('.title')).toHaveText(second ?? '');

    // The seeded sites do not exist: the new tab's request for the page is the proof it opened.
    const opened = context.waitForEvent('page');
    const requested = context.waitForEvent('request', (r) => r.url().includes('.example/'));
    await page.keyboard.press('Enter');
    expect((await requested).url()).toMatch(/^https:\/\/[a-z]+\.example\//);
    await (await opened).close();
    await page.bringToFront();

    await page.keyboard.press('Delete');
    await expect(page.locator('#status')).toContainText(second ?? '');
    await expect(page.locator('.row .title', { hasText: second ?? '' })).toHaveCount(0);
    await expect(focused.locator('.title')).toHaveText(next ?? '');
    await page.keyboard.press('ArrowUp');
    if (first !== second) await expect(focused.locator('.title')).toHaveText(first ?? '');

    // The same undo window as the popup: the page is back after Undo.
    await expect(page.locator('#undo')).toContainText(second ?? '');
    await page.locator('#undo button').click();
    await expect(page.locator('#undo')).toHaveText('Undone: nothing was deleted.');
    await expect(page.locator('.row .title', { hasText: second ?? '' }).first()).toBeVisible();
  });
});
