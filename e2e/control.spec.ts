// Your data, your control, end to end: the built extension in Chromium, signed in to the local
// Graph sandbox. Every deletion is checked in IndexedDB and by reading Graph back; "nothing sent"
// is checked in the sandbox's request log.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { appActivityIdFor } from '../src/activity/activity-id';
import { readBackActivities } from '../harness/graph-readback';
import { callWorker, readFor, syncNow } from '../harness/reading';
import { seedPastReads, type PastRead } from '../harness/history-seed';
import { readStores, storedPageUrls } from '../harness/store-readback';
import { expect, syncUntilDrained, test } from './fixtures/signed-in';

const OLD: PastRead[] = [
  { url: 'https://news.example.com/a', title: 'Old news A', hoursAgo: 30 },
  { url: 'https://blog.example.com/b', title: 'Old blog B', hoursAgo: 50 },
  { url: 'https://other.test/c', title: 'Other C', hoursAgo: 3 },
];

/** Seeds the past, reads one sample page now, and publishes all of it. Returns the page read now. */
async function historyInGraph(
  control: Page,
  context: import('@playwright/test').BrowserContext,
  url: string,
  seeds: PastRead[] = OLD,
): Promise<void> {
  await seedPastReads(control, seeds);
  const page = await context.newPage();
  await page.goto(url);
  await readFor(page, 7);
  await page.close();
  await control.bringToFront();
  await syncUntilDrained(control);
}

type SandboxInfo = Parameters<typeof readBackActivities>[0];

/**
 * The sign-in provider's own page may be recorded while signing in (tracking-web's fix keeps the
 * extension's sign-in flow out); these tests are about the reading history, so it is left aside.
 */
const reading = (sandbox: SandboxInfo) => (urls: string[]) =>
  urls.filter((url) => !url.startsWith(new URL(sandbox.authority).origin)).sort();

const graphUrls = async (sandbox: SandboxInfo) =>
  reading(sandbox)((await readBackActivities(sandbox, 'alice')).map((a) => a.activationUrl));

const localUrls = async (control: Page, sandbox: SandboxInfo) =>
  reading(sandbox)(await storedPageUrls(control));

/**
 * The store as a person would compare it: every page and engagement, without what describes one
 * Graph account's copy (sync state, change counters) or is derived (search terms).
 */
const storeDump = async (control: Page) => {
  const { activities, historyItems } = await readStores(control, ['activities', 'historyItems']);
  const drop = (record: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
  return {
    activities: activities.map((r) => drop(r, ['sync', 'unsyncedChanges', 'searchTerms'])),
    historyItems: historyItems.map((r) => drop(r, ['synced'])),
  };
};

/** Clicks an export button and returns the downloaded file's text and name. */
async function exportFile(control: Page, button: string): Promise<{ text: string; name: string }> {
  const [download] = await Promise.all([
    control.waitForEvent('download'),
    control.locator(button).click(),
  ]);
  const path = await download.path();
  return { text: fs.readFileSync(path, 'utf8'), name: download.suggestedFilename() };
}

async function openClearDialog(control: Page) {
  await control.locator('#clear-history').click();
  const dialog = control.locator('dialog.control-dialog');
  await dialog.waitFor();
  return dialog;
}

test.describe('your data, your control', () => {
  test('delete the last hour: the page read now goes, here and in Graph; older pages stay', async ({
    control,
    context,
    sandbox,
    pages,
  }) => {
    const now = pages.url('/tides.html');
    await historyInGraph(control, context, now);
    expect(await graphUrls(sandbox)).toHaveLength(4);

    const dialog = await openClearDialog(control);
    await dialog.locator('select[name=range]').selectOption('last-hour');
    await expect(dialog.locator('.summary')).toContainText('1 page (1 reading session)');
    await expect(dialog.locator('.summary')).toContainText('also be deleted from your Microsoft');
    await expect(dialog.locator('input[name=alsoTimeline]')).toBeChecked();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(control.locator('#control-undo')).toContainText('Deleting 1 page');
    await expect(control.locator('#control-undo')).toContainText('Deleted.', { timeout: 15_000 });

    const older = OLD.map((p) => p.url).sort();
    await expect.poll(() => localUrls(control, sandbox)).toEqual(older);
    await expect.poll(() => graphUrls(sandbox), { timeout: 30_000 }).toEqual(older);
  });

  test('delete a site: its pages and subdomains go, here and in Graph; other sites stay', async ({
    control,
    context,
    sandbox,
    pages,
  }) => {
    await historyInGraph(control, context, pages.url('/sourdough.html'));
    const dialog = await openClearDialog(control);
    await dialog.locator('select[name=range]').selectOption('everything');
    await dialog.locator('input[name=site]').fill('example.com');
    await expect(dialog.locator('.summary')).toContainText('2 pages (2 reading sessions)');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(control.locator('#control-undo')).toContainText('Deleted.', { timeout: 15_000 });

    const kept = [pages.url('/sourdough.html'), 'https://other.test/c'].sort();
    await expect.poll(() => localUrls(control, sandbox)).toEqual(kept);
    await expect.poll(() => graphUrls(sandbox), { timeout: 30_000 }).toEqual(kept);
  });

  test('delete everything with undo sends nothing and keeps everything; without undo, all goes', async ({
    control,
    context,
    sandbox,
    admin,
    pages,
  }) => {
    await historyInGraph(control, context, pages.url('/lighthouses.html'));
    const before = await localUrls(control, sandbox);
    await admin.clearRequestLog();

    let dialog = await openClearDialog(control);
    await dialog.locator('select[name=range]').selectOption('everything');
    await expect(dialog.locator('.summary')).toContainText(/[45] pages/);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await control.locator('#control-undo').getByRole('button', { name: 'Undo' }).click();
    await expect(control.locator('#control-undo')).toContainText('nothing was deleted');
    // Past the undo window, and a sync pass on top: still nothing deleted, nothing sent.
    await control.waitForTimeout(8_000);
    await syncNow(control);
    expect(await localUrls(control, sandbox)).toEqual(before);
    expect(await graphUrls(sandbox)).toHaveLength(4);
    const inGraph = (await readBackActivities(sandbox, 'alice')).length;
    const sent = (await admin.requestLog()).filter((r) => r.method === 'DELETE');
    expect(sent).toEqual([]);

    dialog = await openClearDialog(control);
    await dialog.locator('select[name=range]').selectOption('everything');
    await expect(dialog.locator('.summary')).toContainText(/[45] pages/);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(control.locator('#control-undo')).toContainText('Deleted.', { timeout: 15_000 });
    await expect.poll(() => localUrls(control, sandbox)).toEqual([]);
    await expect.poll(() => graphUrls(sandbox), { timeout: 30_000 }).toEqual([]);
    const deletes = (await admin.requestLog()).filter((r) => r.method === 'DELETE');
    expect(deletes).toHaveLength(inGraph);
    expect(await readBackActivities(sandbox, 'alice')).toEqual([]);
  });

  test('excluding a site offers to delete what it recorded, with the count, here and in Graph', async ({
    control,
    context,
    sandbox,
    pages,
  }) => {
    await historyInGraph(control, context, pages.url('/tides.html'));
    await control.locator('#excluded-sites').fill('www.example.com');
    // The field saves when it loses focus.
    await control.locator('#excluded-sites').blur();
    const ask = control.locator('dialog.control-dialog');
    await expect(ask).toContainText('Delete what was recorded on example.com?');
    await expect(ask).toContainText('2 pages from example.com');
    await ask.getByRole('button', { name: 'Delete' }).click();
    await expect(control.locator('#control-undo')).toContainText('Deleted.', { timeout: 15_000 });

    const kept = [pages.url('/tides.html'), 'https://other.test/c'].sort();
    await expect.poll(() => localUrls(control, sandbox)).toEqual(kept);
    await expect.poll(() => graphUrls(sandbox), { timeout: 30_000 }).toEqual(kept);
  });

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

  test('export → delete everything → import gives back the same history; garbage changes nothing', async ({
    control,
    context,
    extensionId,
    sandbox,
    pages,
  }, testInfo) => {
    await seedPastReads(control, OLD);
    // One page really read, so the round trip is checked against what the tracker writes, not
    // only against what the import itself wrote when seeding.
    const tracked = await context.newPage();
    await tracked.goto(pages.url('/tides.html'));
    await readFor(tracked, 7);
    await tracked.close();
    await control.bringToFront();
    await expect.poll(() => localUrls(control, sandbox)).toContain(pages.url('/tides.html'));
    // A reading position (file version 2) on one page, as the reading store leaves it.
    await control.evaluate(
      async (id) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const open = indexedDB.open('reading-timeline');
          open.onsuccess = () => {
            resolve(open.result);
          };
        });
        const store = db.transaction('activities', 'readwrite').objectStore('activities');
        await new Promise((resolve) => {
          store.get(id).onsuccess = (event) => {
            const record = (event.target as IDBRequest<Record<string, unknown>>).result;
            const at = Date.now() - 3_600_000;
            const reading = {
              progress: 42,
              quote: { textStart: 'the tide turned' },
              at,
              resumeAt: at,
            };
            store.put({ ...record, reading }).onsuccess = resolve;
          };
        });
        db.close();
      },
      appActivityIdFor(OLD[0]?.url ?? ''),
    );
    const before = await storeDump(control);
    expect(before.activities).toHaveLength(4);
    expect(JSON.stringify(before)).toContain('the tide turned');

    const json = await exportFile(control, '#export-json');
    expect(json.name).toMatch(/^reading-timeline-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(control.locator('#data-status')).toContainText('Exported 4 pages');
    const csv = await exportFile(control, '#export-csv');
    expect(csv.text.trim().split('\r\n')).toHaveLength(1 + 4);

    const dialog = await openClearDialog(control);
    await dialog.locator('select[name=range]').selectOption('everything');
    await dialog.locator('input[name=alsoTimeline]').uncheck();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(control.locator('#control-undo')).toContainText('Deleted.', { timeout: 15_000 });
    await expect.poll(() => localUrls(control, sandbox)).toEqual([]);
    const wiped = await storeDump(control);

    // Garbage: random bytes, another app's JSON, the export cut short. Each is refused, said so.
    const file = (name: string, content: string | Buffer) => {
      const path = testInfo.outputPath(name);
      fs.writeFileSync(path, content);
      return path;
    };
    const garbage: [string, string | Buffer, RegExp][] = [
      [
        'random.json',
        Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
        /not a Reading Timeline history file/,
      ],
      [
        'bookmarks.json',
        '{"checksum":"0f","roots":{"bookmark_bar":{"children":[]}},"version":1}',
        /not made by Reading Timeline/,
      ],
      ['cut.json', json.text.slice(0, Math.floor(json.text.length / 2)), /cut short/],
    ];
    for (const [name, content, message] of garbage) {
      await control.locator('#import-file').setInputFiles(file(name, content));
      await expect(control.locator('#data-status[role=alert]')).toContainText(message);
      await expect(control.locator('#data-status')).toContainText('Nothing was imported');
    }
    expect(await storeDump(control)).toEqual(wiped);

    await control.locator('#import-file').setInputFiles(file('history.json', json.text));
    await expect(control.locator('#data-status')).toContainText(
      'Imported. New pages: 4, new reading sessions: 4, pages already here: 0.',
    );
    const sortById = (dump: typeof before) => ({
      activities: [...dump.activities].sort((a, b) =>
        String(a.appActivityId).localeCompare(String(b.appActivityId)),
      ),
      historyItems: [...dump.historyItems].sort((a, b) => String(a.id).localeCompare(String(b.id))),
    });
    expect(sortById(await storeDump(control))).toEqual(sortById(before));
    // Importing the same file again adds nothing.
    await control.locator('#import-file').setInputFiles(file('again.json', json.text));
    await expect(control.locator('#data-status')).toContainText(
      'New pages: 0, new reading sessions: 0, pages already here: 4.',
    );

    const history = await context.newPage();
    await history.goto(`chrome-extension://${extensionId}/src/ui/history/index.html`);
    await expect(history.locator('.row .title')).toHaveText([
      /How tides really work/,
      'Other C',
      'Old news A',
      'Old blog B',
    ]);
  });
});
