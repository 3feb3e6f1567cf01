// Your history on every device, end to end: two Chromium profiles with the built extension, both
// signed in as alice to the same sandbox account through the real flow. What one reads shows on
// the other after its next pull (Sync now) with its reading time and the other's device name; a
// page read on both is one entry; a deletion on one reaches the other; nothing pulled is
// published again (the sandbox's request log and write counts). One set-up, checks in order.
import { readBackActivities } from '../harness/graph-readback';
import { callWorker, recordedPages, openPopup, popupRows } from '../harness/reading';
import { sandboxAdmin, unsafeActivityPaths, type SandboxAdmin } from '../sandbox';
import { defaultDeviceLabel, nodeOfGuid } from '../src/devices/device-id';
import { type Device, openDevice as open, readOn as read, syncNow } from './fixtures/devices';
import { expect, test } from './fixtures/sandbox';

test.describe.configure({ mode: 'serial' });

test.describe('your history on every device', () => {
  let a: Device;
  let b: Device;
  let admin: SandboxAdmin;
  /** A's device name as B should show it (set once A published: its node is in its GUIDs). */
  let aLabel: string;

  const idOf = async (url: string, sandbox: Parameters<typeof readBackActivities>[0]) =>
    (await readBackActivities(sandbox, 'alice')).find((x) => x.activationUrl === url)
      ?.appActivityId;

  const putsOn = async (appActivityId: string, since: number) =>
    (await admin.requestLog(since)).filter(
      (r) => r.method === 'PUT' && r.path.includes(appActivityId),
    );

  const lastSeq = async (): Promise<number> => (await admin.requestLog()).at(-1)?.seq ?? 0;

  test.beforeAll(async ({ sandbox }, testInfo) => {
    admin = sandboxAdmin(sandbox.adminUrl);
    await admin.reset();
    a = await open(testInfo.outputPath('profile-a'), sandbox);
    b = await open(testInfo.outputPath('profile-b'), sandbox);
  });

  test.afterAll(async () => {
    await a.context.close();
    await b.context.close();
  });

  test.afterEach(async () => {
    expect(unsafeActivityPaths(await admin.requestLog())).toEqual([]);
  });

  test('a page read on A shows on B after Sync now, with its time and A’s name', async ({
    sandbox,
    pages,
  }) => {
    const tides = pages.url('/tides.html');
    await read(a, tides);
    await syncNow(a);
    const id = await idOf(tides, sandbox);
    expect(id).toBeDefined();
    const published = await lastSeq();
    // A's default name ends in its node's last digits: two such browsers are told apart.
    const [item] =
      (await readBackActivities(sandbox, 'alice')).find((x) => x.appActivityId === id)
        ?.historyItems ?? [];
    const aNode = nodeOfGuid(item?.id ?? '');
    expect(aNode).not.toBeNull();
    aLabel = defaultDeviceLabel(await a.control.evaluate(() => navigator.userAgent), aNode ?? '');
    expect(aLabel).toMatch(/ \([0-9A-F]{4}\)$/);

    // B pulls the page with its popup's Sync now: the open popup lists it once the pass is done.
    const before = await openPopup(b.context, b.extensionId);
    await expect(before.locator('#empty')).toBeVisible();
    await expect(before.locator('#sync-action')).toHaveText('Sync now');
    await before.locator('#sync-action').click();
    await expect(before.locator('#activities li .title')).toHaveText(['How tides really work'], {
      timeout: 30_000,
    });
    await before.close();
    // B then names itself (it has seen A), A learns it and names itself, B learns A's name at its
    // next pull.
    await syncNow(b);
    await syncNow(a);
    await syncNow(b);
    const [onA] = await recordedPages(a.control);
    const [onB] = await recordedPages(b.control);
    // Graph carries whole seconds (activeDurationSeconds): B shows A's time to the second.
    expect(onB?.appActivityId).toBe(id);
    expect(onB?.activeMs).toBeGreaterThanOrEqual(4_000);
    expect(Math.abs((onB?.activeMs ?? 0) - (onA?.activeMs ?? 0))).toBeLessThan(1_000);

    const popup = await openPopup(b.context, b.extensionId);
    await expect(popup.locator('#activities li')).toHaveCount(1);
    const [row] = await popupRows(popup);
    expect(row?.title).toBe('How tides really work');
    expect(row?.meta).toContain(`on ${aLabel}`);
    expect(row?.meta).not.toContain('another device');
    expect(row?.meta).not.toContain('this device');
    await popup.close();

    const history = await b.context.newPage();
    await history.goto(`chrome-extension://${b.extensionId}/src/ui/history/index.html`);
    await expect(history.getByText('How tides really work')).toBeVisible();
    await expect(history.getByText(`on ${aLabel}`).first()).toBeVisible();
    await history.close();

    // Nobody wrote A's page again: B keeps what it pulled to itself.
    expect(await putsOn(id ?? '', published)).toEqual([]);
    const [stored] =
      (await admin.dump()).users.alice?.activities.filter((x) => x.appActivityId === id) ?? [];
    expect(stored?.historyItems.map((i) => i.writeCount)).toEqual([1]);
  });

  test('a page read on both is one entry with both engagements on each, each written once', async ({
    sandbox,
    pages,
  }, testInfo) => {
    const sourdough = pages.url('/sourdough.html');
    await read(a, sourdough);
    await syncNow(a);
    await read(b, sourdough);
    await syncNow(b); // pulls A's engagement, publishes its own
    const id = (await idOf(sourdough, sandbox)) ?? '';
    const bothPublished = await lastSeq();
    await syncNow(a); // pulls B's
    await syncNow(b);
    await syncNow(a);

    const ids: string[][] = [];
    for (const device of [a, b]) {
      const entries = (await recordedPages(device.control)).filter((x) => x.appActivityId === id);
      expect(entries).toHaveLength(1);
      ids.push((entries[0]?.historyItems ?? []).map((i) => i.id).sort());
    }
    // Two engagements, the same two on both devices.
    expect(ids[0]).toHaveLength(2);
    expect(ids[1]).toEqual(ids[0]);
    const popup = await openPopup(b.context, b.extensionId);
    const row = popup.locator('#activities li').filter({ hasText: 'A patient guide to sourdough' });
    await expect(row.locator('.meta')).toContainText(`on this device + ${aLabel}`);
    // B's popup and history page as a person sees them, light and dark (kept with the results).
    const history = await b.context.newPage();
    await history.goto(`chrome-extension://${b.extensionId}/src/ui/history/index.html`);
    // The history page lists engagements: B's own, unmarked, and A's with A's name.
    const engagements = history
      .getByRole('listitem')
      .filter({ hasText: 'A patient guide to sourdough' });
    await expect(engagements).toHaveCount(2);
    await expect(engagements.filter({ hasText: `on ${aLabel}` })).toHaveCount(1);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [name, page] of [
        ['popup', popup],
        ['history', history],
      ] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: testInfo.outputPath(`b-${name}-${colorScheme}.png`) });
      }
    }
    await history.close();
    await popup.close();

    const stored = (await admin.dump()).users.alice?.activities.filter(
      (x) => x.appActivityId === id,
    );
    expect(stored).toHaveLength(1);
    expect(stored?.[0]?.historyItems.map((i) => i.id).sort()).toEqual(ids[0]);
    expect(stored?.[0]?.historyItems.map((i) => i.writeCount)).toEqual([1, 1]);
    // After both engagements were in Graph, neither device wrote the page again.
    expect(await putsOn(id, bothPublished)).toEqual([]);
  });

  test('a page deleted on B (also from the Microsoft Timeline) is gone on A after its next pull', async ({
    sandbox,
    pages,
  }) => {
    const sourdough = pages.url('/sourdough.html');
    const id = (await idOf(sourdough, sandbox)) ?? '';
    const tidesId = (await idOf(pages.url('/tides.html'), sandbox)) ?? '';
    const popup = await openPopup(b.context, b.extensionId);
    const row = popup.locator(`#activities li[data-app-activity-id="${id}"]`);
    await row.hover();
    await row.locator('.delete').click();
    await expect(popup.locator('#activities li.deleted')).toHaveCount(1);
    // Graph hears of it once the undo window has passed.
    await expect
      .poll(
        async () => {
          await callWorker(b.control, 'sync-now', {});
          return (await readBackActivities(sandbox, 'alice')).map((x) => x.appActivityId);
        },
        { timeout: 30_000, intervals: [2_000] },
      )
      .not.toContain(id);
    await popup.close();
    expect((await recordedPages(a.control)).map((x) => x.appActivityId)).toContain(id);

    await syncNow(a);
    const left = (await recordedPages(a.control)).map((x) => x.appActivityId);
    expect(left).not.toContain(id);
    expect(left).toContain(tidesId);
    // Nothing of the deleted page came back from either device.
    await syncNow(b);
    await syncNow(a);
    expect((await readBackActivities(sandbox, 'alice')).map((x) => x.appActivityId)).not.toContain(
      id,
    );
    expect((await recordedPages(b.control)).map((x) => x.appActivityId)).toEqual([tidesId]);
  });

  test('a name given to A in its options replaces the default on B at its next pull', async ({
    sandbox,
    pages,
  }) => {
    const tidesId = await idOf(pages.url('/tides.html'), sandbox);
    expect(tidesId).toBeDefined();
    await a.control.bringToFront();
    const field = a.control.locator('#device-name');
    // The default in full, with the four characters of A's id the worker holds.
    await expect(field).toHaveAttribute('placeholder', aLabel);
    await expect(a.control.locator('#deviceName-hint')).toContainText(`“${aLabel}”`);
    await field.fill('Kitchen laptop');
    await field.press('Enter');
    await expect(a.control.locator('#privacy-saved')).toContainText('Saved');
    await syncNow(a);
    await syncNow(b);
    const popup = await openPopup(b.context, b.extensionId);
    const row = popup.locator(`#activities li[data-app-activity-id="${tidesId ?? ''}"]`);
    await expect(row).toContainText('on Kitchen laptop');
    await expect(row).not.toContainText(aLabel);
    await popup.close();
  });
});
