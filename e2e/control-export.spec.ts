// Your data, your control, end to end (export and import): the built extension in Chromium,
// signed in to the local Graph sandbox. The round trip is compared store to store in IndexedDB.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { appActivityIdFor } from '../src/activity/activity-id';
import { readFor } from '../harness/reading';
import { seedPastReads } from '../harness/history-seed';
import { readStores } from '../harness/store-readback';
import { expect, test } from './fixtures/signed-in';
import { localUrls, OLD, openClearDialog } from './fixtures/your-data';

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
    historyItems: historyItems.map((r) => drop(r, ['synced', 'sentAt'])),
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

test.describe('your data, your control: export and import', () => {
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
    // Importing the same file again adds nothing, and says so (not a zero-filled "Imported.").
    await control.locator('#import-file').setInputFiles(file('again.json', json.text));
    await expect(control.locator('#data-status')).toHaveText(
      'Nothing new: 4 pages from the file are already here.',
    );
    await expect(control.locator('#data-status')).toHaveClass(/neutral/);

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
