// Your data, your control, end to end (settings that act on what is recorded and published):
// the built extension in Chromium, signed in to the local Graph sandbox. What Graph holds is
// checked by reading it back, what is kept here in IndexedDB.
import { readBackActivities } from '../harness/graph-readback';
import { callWorker, readFor } from '../harness/reading';
import { seedPastReads, type PastRead } from '../harness/history-seed';
import { expect, syncUntilDrained, test } from './fixtures/signed-in';
import { graphUrls, historyInGraph, localUrls } from './fixtures/your-data';

test.describe('your data, your control: settings', () => {
  test('turning off description, image and authors republishes what Graph already holds', async ({
    control,
    context,
    sandbox,
    pages,
  }) => {
    const rich: PastRead[] = [
      {
        url: 'https://news.example.com/rich',
        title: 'A rich page',
        hoursAgo: 5,
        description: 'SECRET-DESCRIPTION of the page',
        image: 'https://news.example.com/lead.jpg',
        authors: ['Ada Author'],
      },
    ];
    await historyInGraph(control, context, pages.url('/tides.html'), rich);
    const holds = async () => JSON.stringify(await readBackActivities(sandbox, 'alice'));
    expect(await holds()).toContain('SECRET-DESCRIPTION');
    expect(await holds()).toContain('lead.jpg');
    expect(await holds()).toContain('Ada Author');

    for (const name of ['sendDescription', 'sendImage', 'sendAuthors']) {
      await control.locator(`#privacy-form input[name=${name}]`).uncheck();
    }
    await control.locator('#republish').getByRole('button', { name: 'Update my Timeline' }).click();
    await expect(control.locator('#republish')).toContainText('Done: 2 pages published again', {
      timeout: 30_000,
    });
    const after = await holds();
    expect(after).not.toContain('SECRET-DESCRIPTION');
    expect(after).not.toContain('lead.jpg');
    expect(after).not.toContain('Ada Author');
    expect(await graphUrls(sandbox)).toHaveLength(2);
  });

  test('a shorter retention applies on save after a confirmation with the count', async ({
    control,
    sandbox,
  }) => {
    await seedPastReads(control, [
      { url: 'https://news.example.com/ancient', title: 'Ancient', hoursAgo: 24 * 40 },
      { url: 'https://news.example.com/recent', title: 'Recent', hoursAgo: 24 * 2 },
    ]);
    await syncUntilDrained(control);
    await expect(control.locator('#kept-form input[name=retentionDays]')).toHaveValue('0');
    await control.locator('#kept-form input[name=retentionDays]').fill('30');
    // Enter both changes the field and submits the form: still one question, one save.
    await control.locator('#kept-form input[name=retentionDays]').press('Enter');
    const ask = control.locator('dialog.control-dialog');
    await expect(ask).toContainText('1 page last read more than 30 days ago');
    await ask.getByRole('button', { name: 'Delete and save' }).click();
    await expect(control.locator('#kept-saved')).toHaveText('Saved');
    await expect(control.locator('dialog.control-dialog')).toHaveCount(0);
    await expect
      .poll(() => localUrls(control, sandbox))
      .toEqual(['https://news.example.com/recent']);
    // Retention is about this browser: the Timeline keeps its copy (and says so in the dialog).
    expect(await graphUrls(sandbox)).toHaveLength(2);
  });

  test('a timed pause shows on the toolbar icon and ends by itself', async ({
    control,
    context,
    sandbox,
    pages,
  }) => {
    const until = Date.now() + 6_000;
    const paused = await callWorker(control, 'set-paused', { paused: true, until });
    expect(paused).toMatchObject({ paused: true, pausedUntil: until });
    const badge = () =>
      control.evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        title: await chrome.action.getTitle({}),
      }));
    await expect.poll(badge).toMatchObject({ text: 'off' });
    expect((await badge()).title).toContain('paused until');
    // The options page (open all along) follows, and says when the pause ends.
    await expect(control.locator('#tracking-form input[name=paused]')).toBeChecked();
    await expect(control.locator('#paused-until')).toContainText('Paused until');

    // Nothing is recorded while paused (only the sign-in pages read before, set aside).
    const page = await context.newPage();
    await page.goto(pages.url('/tides.html'));
    await readFor(page, 3);
    await control.bringToFront();
    expect(await localUrls(control, sandbox)).toEqual([]);

    await expect
      .poll(async () => (await callWorker(control, 'get-status', {})).paused, { timeout: 40_000 })
      .toBe(false);
    await expect.poll(badge).toMatchObject({ text: '' });
    await expect(control.locator('#paused-until')).toBeEmpty();
    await page.reload();
    await readFor(page, 7);
    await control.bringToFront();
    await expect.poll(() => localUrls(control, sandbox)).toEqual([pages.url('/tides.html')]);
  });
});
