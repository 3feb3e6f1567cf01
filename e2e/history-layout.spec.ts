// The history list at the widths people use it: a tab beside the page being read (450 px, German
// too), a wide monitor (1600 px), and what a screen reader hears of it.
import type { BrowserContext, Page } from '@playwright/test';
import { seedPastReads, type PastRead } from '../harness/history-seed';
import { launchGermanWith } from '../harness/german';
import { expect, test } from './fixtures/extension';
import { shootSchemes } from './fixtures/shots';

const LONG_TITLE =
  'How web accessibility improves everyone’s experience, from captions to keyboard shortcuts';

/**
 * Six pages read 18 times each on the last Thursday before today: "1 Std. 48 Min." that day. The
 * one with the long title was read last, so its rows open the list.
 */
function longDay(now: number): PastRead[] {
  const thursday = new Date(now);
  thursday.setDate(thursday.getDate() - 1);
  while (thursday.getDay() !== 4) thursday.setDate(thursday.getDate() - 1);
  thursday.setHours(8, 0, 0, 0);
  const hoursAgo = (now - thursday.getTime()) / 3_600_000;
  return Array.from({ length: 6 }, (_, i) => ({
    url: `https://zeit.example/artikel-${String(i)}`,
    title: i === 5 ? LONG_TITLE : `Größer, schneller, grüner: Folge ${String(i)}`,
    hoursAgo: hoursAgo - i * 0.25,
    sessions: 18,
  }));
}

/** The history page at `width` px, over `longDay`'s reading seeded first. */
async function historyOfLongDay(
  {
    context,
    extensionId,
    extensionPage,
  }: { context: BrowserContext; extensionId: string; extensionPage: Page },
  width: number,
): Promise<Page> {
  await seedPastReads(extensionPage, longDay(Date.now()));
  const page = await context.newPage();
  await openHistory(page, extensionId, width);
  return page;
}

async function openHistory(page: Page, extensionId: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/src/ui/history/index.html`);
  await expect(page.locator('.row').first()).toBeVisible();
  await expect(page.locator('.day-total').first()).not.toBeEmpty();
}

/** How many lines `selector`'s first match is drawn on. */
function lineCount(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
    });
}

test('at 450 px a title keeps the row’s room: the time sits in the meta line, the full title on hover', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  const page = await historyOfLongDay({ context, extensionId, extensionPage }, 450);
  const row = page.locator('.row', { hasText: 'How web accessibility' }).first();
  await expect(row).toBeVisible();
  // The time column gave way: the title had about 200 px ("How web accessibility i…").
  await expect(row.locator('> time')).toBeHidden();
  await expect(row.locator('.site')).toHaveText(/^\d{1,2}:\d{2}( [AP]M)? · zeit\.example/, {
    useInnerText: true,
  });
  const title = row.locator('.title');
  // About 250 px: the ⋯ column, always shown since review newuser item 15, takes 36 of them.
  expect((await title.boundingBox())?.width).toBeGreaterThan(240);
  await expect(title).toHaveAttribute('title', LONG_TITLE);

  // A wider window keeps the time in its own column.
  await page.setViewportSize({ width: 900, height: 800 });
  await expect(row.locator('> time')).toBeVisible();
  await expect(row.locator('.site')).toHaveText(/^zeit\.example/, { useInnerText: true });
});

test('at 1600 px header, filters and list share one centred column, a row’s time near its title', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  const page = await historyOfLongDay({ context, extensionId, extensionPage }, 1600);
  const box = async (selector: string) => {
    const found = await page.locator(selector).first().boundingBox();
    if (!found) throw new Error(`${selector} is not drawn`);
    return found;
  };
  const list = await box('#list');
  expect(list.width).toBeLessThanOrEqual(1100);
  // Centred: as much room left as right (the scroller's scroll bar aside).
  expect(Math.abs(list.x - (1600 - list.x - list.width))).toBeLessThan(20);
  const row = page.locator('.row').first();
  const title = (await row.locator('.title').boundingBox())?.x ?? 0;
  const duration = await row.locator('.duration').boundingBox();
  // It was 1,200 px from the title's start to the time read's end.
  expect((duration?.x ?? 0) + (duration?.width ?? 0) - title).toBeLessThan(1100);
  // The title and the filters start where the list does.
  expect(Math.abs((await box('header h1')).x - list.x)).toBeLessThan(20);
  expect(Math.abs((await box('#filters label')).x - list.x)).toBeLessThan(20);
});

test('a screen reader counts pages and each day’s Delete day as the list’s items, hears each day as a heading and “Read for” each time', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  const page = await historyOfLongDay({ context, extensionId, extensionPage }, 1100);
  const list = page.getByRole('list', { name: 'Reading history' });
  const rows = await page.locator('#list .row').count();
  await expect(page.locator('#list .day')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toHaveCount(rows + 1);
  const heading = list.getByRole('heading', { level: 2 });
  await expect(heading).toHaveCount(1);
  const shown = page.locator('.day').first();
  const day = (await shown.locator('h2').textContent()) ?? '';
  await expect(heading).toHaveText(
    `${day}, ${(await shown.locator('.day-total .total-long').textContent()) ?? ''}`,
  );
  // The day's own item holds only its Delete day, named with the day, its visible words first.
  const first = list.getByRole('listitem').first();
  await expect(first.getByRole('button')).toHaveAccessibleName(`Delete day: ${day}`);
  await expect(list.getByRole('listitem').nth(1)).toContainText('Read for 1 min');
  // Seen as before: "1 min" alone in its column.
  await expect(page.locator('.row .duration [aria-hidden="true"]').first()).toHaveText('1 min');
});

/** Each drawn item (a row, a day heading): its title, index and place as a screen reader hears it. */
function drawnPlaces(
  page: Page,
): Promise<{ title: string; index: string; place: string; of: string }[]> {
  return page.locator('#list > [role="listitem"]').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.title')?.textContent ?? '',
      index: (item as HTMLElement).dataset.index ?? '',
      place: item.getAttribute('aria-posinset') ?? '',
      of: item.getAttribute('aria-setsize') ?? '',
    })),
  );
}

test('a screen reader hears each item’s place in the whole list, “12 of 626”, far down it too', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  // 600 pages read an hour apart, over 25 or 26 days: "Read 1" the newest, "Read 600" the first.
  await seedPastReads(
    extensionPage,
    Array.from({ length: 600 }, (_, i) => ({
      url: `https://many.example/${String(i + 1)}`,
      title: `Read ${String(i + 1)}`,
      hoursAgo: 1 + i,
    })),
  );
  const page = await context.newPage();
  await openHistory(page, extensionId, 1100);
  // The first screen loads 40 rows; the number of all the items (rows and day headings, each a
  // list item) comes after it.
  const first = page.locator('#list > [role="listitem"]').first();
  const said = async () => Number((await first.getAttribute('aria-setsize')) ?? Number.NaN);
  await expect.poll(said, { message: 'the list’s size, counted' }).toBeGreaterThan(600);
  const size = await said();
  expect(size - 600, 'one heading a day').toBeGreaterThanOrEqual(25);
  expect(size - 600).toBeLessThanOrEqual(26);
  const scroller = page.locator('#scroller');
  // Down the list batch by batch (40, 240, 440, 600 rows loaded): each drawn item says its place
  // and the size counted at first, while most rows are not loaded yet too.
  let last = 0;
  let beforeAllLoaded = 0;
  for (let step = 0; step < 60 && last < size; step++) {
    await scroller.evaluate((el) => {
      el.scrollTop += 2000;
    });
    const places = await drawnPlaces(page);
    const wrong = places.filter(
      ({ index, place, of }) => place !== String(Number(index) + 1) || of !== String(size),
    );
    expect(wrong, `${String(places.length)} drawn`).toEqual([]);
    last = Math.max(last, ...places.map(({ place }) => Number(place)));
    // "The end" shows once the first engagement is loaded: until then, more were to come.
    if (await page.locator('#end').isHidden()) beforeAllLoaded = last;
  }
  // The size said while 40 rows were loaded is the list's once all are: its last item is that.
  expect(last).toBe(size);
  expect((await drawnPlaces(page)).at(-1)).toMatchObject({
    title: 'Read 600',
    place: String(size),
  });
  await expect(page.locator('#end')).toBeVisible();
  expect(beforeAllLoaded).toBeGreaterThan(200);
});

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
test('in German at 450 px a day’s heading keeps its words and its total one line', async ({}, testInfo) => {
  const { context: german, extensionId } = await launchGermanWith(
    testInfo.outputPath('profile-de'),
    longDay(Date.now()),
  );
  try {
    const page = await german.newPage();
    await openHistory(page, extensionId, 450);
    const day = page.locator('.day', { has: page.locator('h2', { hasText: 'Donnerstag' }) });
    // Narrow, the total is its time alone, over the rows' times read, and "Tag löschen" its bin icon.
    await expect(day.locator('.day-total .total-short')).toBeVisible();
    await expect(day.locator('.day-total .total-long')).toBeHidden();
    await expect(day.locator('.day-total .total-short')).toHaveText('1 Std. 48 Min.');
    const heading = `.day[data-day-start="${(await day.getAttribute('data-day-start')) ?? ''}"]`;
    // Both wrapped to two lines in the 40 px row, the total running into the rule below.
    expect(await lineCount(page, `${heading} h2`)).toBe(1);
    // And the date whole: it was cut to "Donnerstag, 3. Dezem…" beside "Tag löschen" (review
    // newuser item 15).
    expect(await day.locator('h2').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await lineCount(page, `${heading} .day-total`)).toBe(1);
    const dayBox = await day.boundingBox();
    const totalBox = await day.locator('.day-total').boundingBox();
    expect((totalBox?.x ?? 0) + (totalBox?.width ?? 0)).toBeLessThanOrEqual(
      (dayBox?.x ?? 0) + (dayBox?.width ?? 0),
    );
    expect((totalBox?.y ?? 0) + (totalBox?.height ?? 0)).toBeLessThanOrEqual(
      (dayBox?.y ?? 0) + (dayBox?.height ?? 0),
    );
  } finally {
    await german.close();
  }
});

test('the charts start where the history does: a reader of 40 days sees 40 days, and the title says since when', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  await seedPastReads(extensionPage, [
    { url: 'https://tides.example/first', title: 'The first page', hoursAgo: 40 * 24 },
    { url: 'https://tides.example/latest', title: 'The latest page', hoursAgo: 1 },
  ]);
  const page = await context.newPage();
  await openHistory(page, extensionId, 1100);
  await page.locator('#view-charts').click();
  const [day, week] = [
    page.locator('#charts figure').nth(0),
    page.locator('#charts figure').nth(1),
  ];
  const first = await page.evaluate(() => {
    const date = new Date(Date.now() - 40 * 24 * 3_600_000);
    date.setHours(0, 0, 0, 0);
    const weekday = (date.getDay() + 6) % 7;
    const today = new Date();
    today.setHours(0, 0, 0, 0);
    const monday = new Date(date);
    monday.setDate(date.getDate() - weekday);
    return {
      name: new Intl.DateTimeFormat('en', { month: 'long', day: 'numeric' }).format(date),
      days: Math.round((today.getTime() - date.getTime()) / 86_400_000) + 1,
      weeks: Math.floor((today.getTime() - monday.getTime()) / (7 * 86_400_000)) + 1,
    };
  });
  await expect(day.locator('h2')).toHaveText(`Reading time per day, since ${first.name}`);
  // One bar a day from the first reading (the chart's table says the same to a screen reader);
  // it drew 90, the reading in the right half.
  await expect(day.locator('table tr')).toHaveCount(first.days);
  await expect(week.locator('table tr')).toHaveCount(first.weeks);
  await expect(week.locator('h2')).toHaveText('Reading time per week');
});

/**
 * A day heading's parts against the rows' columns under it, at the width shown (px): how far the
 * total's right edge is from the times read's, the bin's from the ⋯'s, and whether the date that
 * shows is whole.
 */
function dayColumns(page: Page): Promise<{ total: number; bin: number; dateWhole: boolean }> {
  return page.evaluate(() => {
    const right = (el: Element | null) => el?.getBoundingClientRect().right ?? NaN;
    const day = document.querySelector('#list > .day');
    const row = document.querySelector('#list > .row');
    const date = [...(day?.querySelectorAll<HTMLElement>('h2, .day-short') ?? [])].find(
      (el) => el.offsetWidth > 0,
    );
    return {
      total: Math.round(
        right(day?.querySelector('.day-total') ?? null) -
          right(row?.querySelector('.duration') ?? null),
      ),
      bin: Math.round(
        right(day?.querySelector('.day-delete') ?? null) -
          right(row?.querySelector('.row-actions') ?? null),
      ),
      // The text's own width against its box (scrollWidth is rounded up: "cut" by a fraction).
      dateWhole: ((range) => {
        if (!date) return false;
        range.selectNodeContents(date);
        return range.getBoundingClientRect().width <= date.getBoundingClientRect().width + 0.5;
      })(document.createRange()),
    };
  });
}

for (const lang of ['en', 'de'] as const) {
  test.describe(`narrow day headings (${lang})`, () => {
    test.use({ uiLanguage: lang });
    test(`at 360, 420 and 520 px the day's total stands over the times read, its bin over the ⋯, the date whole (${lang})`, async ({
      context,
      extensionId,
      extensionPage,
    }, testInfo) => {
      const page = await historyOfLongDay({ context, extensionId, extensionPage }, 520);
      for (const width of [520, 420, 360]) {
        await page.setViewportSize({ width, height: 640 });
        await expect(page.locator('#list > .day .total-short').first()).toBeVisible();
        // Under 520 px the total sat at the row's right edge, over the ⋯ (36 px off).
        expect(await dayColumns(page), `${String(width)} px`).toEqual({
          total: 0,
          bin: 0,
          dateWhole: true,
        });
        expect(await lineCount(page, '#list > .day .day-total')).toBe(1);
        await shootSchemes(page, `history-day-${String(width)}-${lang}`, (f) =>
          testInfo.outputPath(f),
        );
      }
    });
  });
}
