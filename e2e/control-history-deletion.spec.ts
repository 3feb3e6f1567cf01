// Your data, your control, end to end, from the history page: "Delete day" on a day heading and
// "Delete all from <site>" under the Site filter. What the user sees (rows gone at once, the other
// days kept, the undo bar, Undo), then, signed in to the local Graph sandbox, what is left here and
// in Graph once the undo window has passed, and the deletes Graph was sent.
import type { Page } from '@playwright/test';
import { readBackActivities } from '../harness/graph-readback';
import { seedPastReads, type PastRead } from '../harness/history-seed';
import { openHistory, test as unsigned } from './fixtures/extension';
import { expect, test } from './fixtures/signed-in';
import { graphUrls, historyPageInGraph, localUrls, type SandboxInfo } from './fixtures/your-data';

/** Local midnight `daysBack` days before today, epoch ms (the browser runs in this zone too). */
const dayStart = (daysBack: number): number => {
  const day = new Date();
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - daysBack);
  return day.getTime();
};
/** `hoursAgo` of a PastRead for `hour` o'clock, `daysBack` days ago. */
const at = (daysBack: number, hour: number): number =>
  (Date.now() - (dayStart(daysBack) + hour * 3_600_000)) / 3_600_000;
/** "YYYY-MM-DD", which the date filters take in every language. */
const isoDay = (daysBack: number): string => {
  const day = new Date(dayStart(daysBack));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(day.getFullYear())}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
};

/** Yesterday: two pages of its own and one read the day before too; the day before: one more. */
const DAYS: PastRead[] = [
  { url: 'https://news.example.com/y-a', title: 'Yesterday A', hoursAgo: at(1, 9) },
  {
    url: 'https://other.test/both',
    title: 'Read on both days',
    hoursAgo: at(1, 10),
    alsoHoursAgo: [at(2, 10)],
  },
  { url: 'https://blog.example.com/y-b', title: 'Yesterday B', hoursAgo: at(1, 11) },
  { url: 'https://news.example.com/d2', title: 'Two days ago', hoursAgo: at(2, 9) },
];

const titles = (page: Page) => page.locator('.row .title');

/**
 * The local days (dayStart's `daysBack`) of the history items Graph holds of the page at `url`
 * (a PastRead's hours are counted from when it is seeded: seconds after `at` was asked).
 */
const graphDays = async (sandbox: SandboxInfo, url: string): Promise<number[]> =>
  (await readBackActivities(sandbox, 'alice'))
    .filter((activity) => activity.activationUrl === url)
    .flatMap((activity) => activity.historyItems)
    .map((item) => {
      const started = new Date(item.startedDateTime).getTime();
      return [0, 1, 2, 3, 4, 5, 6].find((back) => started >= dayStart(back)) ?? -1;
    });

test.describe('your data, your control: deleting from the history page', () => {
  test('Delete day: its rows go at once, the other days stay, Undo brings them back; then here and in Graph', async ({
    control,
    context,
    sandbox,
    admin,
    extensionId,
    pages,
  }) => {
    const now = pages.url('/tides.html');
    const history = await historyPageInGraph({ control, context, admin, extensionId }, now, DAYS);
    const all = [/tides/i, 'Yesterday B', 'Read on both days', 'Yesterday A'];
    const older = ['Read on both days', 'Two days ago'];
    await expect(titles(history)).toHaveText([...all, ...older]);

    const yesterday = history.locator(`.day[data-day-start="${String(dayStart(1))}"]`);
    const action = yesterday.getByRole('button', { name: /^Delete day: \w+day, / });
    // Seen without pointing at it (review newuser item 15), quiet: no box until pointed at.
    await expect(action).toHaveCSS('opacity', '1');
    await expect(action).toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
    await action.hover();
    await expect(action).not.toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
    await action.click();
    const dialog = history.locator('dialog.control-dialog');
    await expect(dialog.locator('h3')).toHaveText(/^Delete \w+day, .+\?$/);
    const summary = dialog.locator('.summary');
    await expect(summary).toContainText('2 pages (3 reading sessions) will be deleted');
    await expect(summary).toContainText(
      '1 page also read on other days loses only this day’s reading sessions and stays.',
    );
    await expect(summary).toContainText('from your Microsoft Timeline (3 pages there)');
    await expect(dialog.locator('input[name=alsoTimeline]')).toBeChecked();
    await dialog.getByRole('button', { name: 'Delete' }).click();

    // At once: the day gone, the page read on both days still under the day before.
    await expect(yesterday).toHaveCount(0);
    await expect(titles(history)).toHaveText([/tides/i, ...older]);
    const undo = history.locator('#undo');
    await expect(undo).toContainText(/^Deleted \w+day, .+\./);
    // Focus goes to the next day's first row, the heading it was on having gone.
    await expect(history.locator('.row:focus .title')).toHaveText('Read on both days');
    await undo.getByRole('button', { name: 'Undo' }).click();
    await expect(undo).toHaveText('Undone: nothing was deleted.');
    await expect(titles(history)).toHaveText([...all, ...older]);

    // Again, past the undo window this time.
    await yesterday.hover();
    await action.click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(undo).toContainText('Deleted.', { timeout: 15_000 });
    const kept = [now, 'https://news.example.com/d2', 'https://other.test/both'].sort();
    await expect.poll(() => localUrls(control, sandbox)).toEqual(kept);
    await expect.poll(() => graphUrls(sandbox), { timeout: 30_000 }).toEqual(kept);
    // In Graph the page read on both days keeps the day before's reading only.
    expect(await graphDays(sandbox, 'https://other.test/both')).toEqual([2]);
    const deletes = (await admin.requestLog()).filter((r) => r.method === 'DELETE');
    expect(deletes.filter((r) => r.path.includes('/historyItems/'))).toHaveLength(1);
    expect(deletes.filter((r) => !r.path.includes('/historyItems/'))).toHaveLength(2);
    // Drawn again: the same as before the undo window passed.
    await history.reload();
    await expect(titles(history)).toHaveText([/tides/i, ...older]);
  });

  test('Delete from <site> between the filter’s dates: its rows go, Undo brings them back; then here and in Graph', async ({
    control,
    context,
    sandbox,
    admin,
    extensionId,
    pages,
  }) => {
    const now = pages.url('/lighthouses.html');
    const history = await historyPageInGraph({ control, context, admin, extensionId }, now, [
      { url: 'https://other.test/a', title: 'Site A', hoursAgo: at(1, 9) },
      {
        url: 'https://other.test/b',
        title: 'Site B',
        hoursAgo: at(2, 9),
        alsoHoursAgo: [at(3, 9)],
      },
      { url: 'https://other.test/c', title: 'Site C, long ago', hoursAgo: at(5, 9) },
      { url: 'https://news.example.com/n', title: 'Another site', hoursAgo: at(1, 10) },
    ]);
    const action = history.locator('#delete-site');
    await expect(action).toBeHidden();
    await history.locator('input[name=site]').fill('other.test');
    await history.locator('input[name=from]').fill(isoDay(2));
    await history.locator('input[name=to]').fill(isoDay(1));
    await history.locator('input[name=to]').dispatchEvent('change');
    await expect(titles(history)).toHaveText(['Site A', 'Site B']);
    await expect(action).toHaveText(/^Delete from other\.test between .+ and .+…$/);
    await action.click();
    const dialog = history.locator('dialog.control-dialog');
    await expect(dialog.locator('h3')).toHaveText(/^Delete from other\.test between .+\?$/);
    const summary = dialog.locator('.summary');
    await expect(summary).toContainText('1 page (2 reading sessions) will be deleted');
    await expect(summary).toContainText('1 page also read at other times loses only its');
    await dialog.getByRole('button', { name: 'Delete' }).click();

    await expect(titles(history)).toHaveCount(0);
    await expect(history.locator('#end')).toHaveText('No reading matches these filters.');
    const undo = history.locator('#undo');
    await expect(undo).toContainText('Deleted from other.test.');
    // As after "Delete selected": the rows it was asked for have gone, focus is on Undo.
    await expect(undo.getByRole('button', { name: 'Undo' })).toBeFocused();
    await history.keyboard.press('Enter');
    await expect(undo).toHaveText('Undone: nothing was deleted.');
    await expect(titles(history)).toHaveText(['Site A', 'Site B']);

    await action.click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(undo).toContainText('Deleted.', { timeout: 15_000 });
    const kept = [
      now,
      'https://news.example.com/n',
      'https://other.test/b',
      'https://other.test/c',
    ];
    await expect.poll(() => localUrls(control, sandbox)).toEqual(kept.sort());
    await expect.poll(() => graphUrls(sandbox), { timeout: 30_000 }).toEqual(kept.sort());
    expect(await graphDays(sandbox, 'https://other.test/b')).toEqual([3]);
    const deletes = (await admin.requestLog()).filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => r.path.includes('/historyItems/')).sort()).toEqual([false, true]);
    // Without the filter: the site's other days, and the other site, are all there.
    await history.locator('input[name=site]').fill('');
    await history.locator('input[name=from]').fill('');
    await history.locator('input[name=to]').fill('');
    await history.locator('input[name=to]').dispatchEvent('change');
    await expect(titles(history)).toHaveText([
      /lighthouse/i,
      'Another site',
      'Site B',
      'Site C, long ago',
    ]);
  });
});

unsigned(
  'Delete day from the keyboard: Shift+Tab from a row reaches its day’s button, the list keys go on working',
  async ({ context, extensionId, extensionPage }) => {
    await seedPastReads(extensionPage, DAYS);
    const history = await openHistory(context, extensionId);
    await history.locator('#search').press('ArrowDown');
    await history.keyboard.press('ArrowDown');
    await expect(history.locator('.row:focus .title')).toHaveText('Read on both days');
    await history.keyboard.press('Shift+Tab');
    const action = history.locator('.day-delete:focus');
    await expect(action).toHaveAccessibleName(/^Delete day: \w+day, /);
    await expect(action).toHaveCSS('opacity', '1');
    // ↓ goes back to the day's first row; the row keys work as before.
    await history.keyboard.press('ArrowDown');
    await expect(history.locator('.row:focus .title')).toHaveText('Yesterday B');
    await history.keyboard.press('Shift+Tab');
    await history.keyboard.press('Enter');
    const dialog = history.locator('dialog.control-dialog');
    await expect(dialog.locator('.summary')).toContainText('2 pages (3 reading sessions)');
    // Signed out: nothing to delete in a Timeline.
    await expect(dialog.locator('input[name=alsoTimeline]')).toHaveCount(0);
    await expect(dialog).not.toContainText('Timeline');
    await history.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(action).toBeFocused();
    // Delete on the button asks too; Shift+Tab from Cancel reaches Delete.
    await history.keyboard.press('Delete');
    await expect(dialog).toBeVisible();
    await history.keyboard.press('Shift+Tab');
    await history.keyboard.press('Enter');
    await expect(titles(history)).toHaveText(['Read on both days', 'Two days ago']);
    await expect(history.locator('.row:focus .title')).toHaveText('Read on both days');
    await history.keyboard.press('ArrowDown');
    await history.keyboard.press(' ');
    await expect(history.locator('#selection-count')).toHaveText('1 selected');
    await expect(history.locator('.row.selected .title')).toHaveText('Two days ago');
  },
);
