// Your data, your control, end to end (deleting): the built extension in Chromium, signed in to the
// local Graph sandbox. Every deletion is checked in IndexedDB and by reading Graph back; "nothing
// sent" is checked in the sandbox's request log.
import { readBackActivities } from '../harness/graph-readback';
import { syncNow } from '../harness/reading';
import { expect, test } from './fixtures/signed-in';
import { graphUrls, historyInGraph, localUrls, OLD, openClearDialog } from './fixtures/your-data';

test.describe('your data, your control: deleting', () => {
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
});
