// Sync to Microsoft Graph, end to end: the built extension in Chromium, signed in through the real
// flow, publishing to the local Graph sandbox. Counts come from the sandbox's request log.
import { readBackActivities } from '../harness/graph-readback';
import { callWorker, readFor, syncNow } from '../harness/reading';
import { unsafeActivityPaths } from '../sandbox';
import { untilRead } from './fixtures/extension';
import { expect, test } from './fixtures/signed-in';
import { stopServiceWorker } from '../harness/tracking/session';

test.describe('sync to Graph', () => {
  // The sandbox decodes %2F before routing (e2e fixture): no path may hold it, nor any reserved
  // character in the id segment.
  test.afterEach(async ({ admin }) => {
    expect(unsafeActivityPaths(await admin.requestLog())).toEqual([]);
  });

  test('three pages read arrive in Graph with their card, content and engagements', async ({
    control,
    readAndReturn,
    sandbox,
    admin,
    pages,
  }) => {
    const urls = ['/tides.html', '/sourdough.html', '/lighthouses.html'].map((p) => pages.url(p));
    await readAndReturn(urls);
    const overview = await syncNow(control);
    expect(overview).toMatchObject({ state: 'idle', pending: 0, parked: 0 });

    const stored = await readBackActivities(sandbox, 'alice');
    expect(stored.map((a) => a.activationUrl).sort()).toEqual([...urls].sort());
    // Ids of RFC 3986 unreserved characters only (base64url SHA-256 of the canonical URL).
    for (const activity of stored) expect(activity.appActivityId).toMatch(/^[\w-]{43}$/);
    const tides = stored.find((a) => a.activationUrl === pages.url('/tides.html'));
    expect(tides).toMatchObject({
      activitySourceHost: pages.origin,
      visualElements: { displayText: 'How tides really work', content: { type: 'AdaptiveCard' } },
      contentInfo: { '@context': 'https://schema.org', '@type': 'NewsArticle' },
    });
    expect(tides?.historyItems).toHaveLength(1);
    const [item] = tides?.historyItems ?? [];
    expect(item?.activeDurationSeconds).toBeGreaterThanOrEqual(5);
    expect(item?.activeDurationSeconds).toBeLessThanOrEqual(9);
    expect(Date.parse(item?.lastActiveDateTime ?? '')).toBeGreaterThan(
      Date.parse(item?.startedDateTime ?? ''),
    );
    expect(item?.userTimezone).toBe(
      await control.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    );
    // One write per page, no more.
    const writes = (await admin.requestLog()).filter((r) => r.method === 'PUT');
    expect(writes).toHaveLength(3);
  });

  test('a return after the continuation gap adds a second engagement to the same activity, on its own', async ({
    control,
    context,
    sandbox,
    admin,
    pages,
  }) => {
    await callWorker(control, 'update-settings', { patch: { continuationGapSec: 30 } });
    const tides = await context.newPage();
    await tides.goto(pages.url('/tides.html'));
    await readFor(tides, 7);
    await control.bringToFront();
    // The engagement ends when the gap has passed; sync follows by itself.
    await expect
      .poll(async () => (await readBackActivities(sandbox, 'alice')).length, { timeout: 60_000 })
      .toBe(1);
    await readFor(tides, 7);
    await control.bringToFront();
    await expect
      .poll(async () => (await readBackActivities(sandbox, 'alice'))[0]?.historyItems.length, {
        timeout: 60_000,
      })
      .toBe(2);
    const stored = await readBackActivities(sandbox, 'alice');
    expect(stored).toHaveLength(1);
    const dump = await admin.dump();
    expect(dump.users.alice?.activities).toHaveLength(1);
  });

  test('outages and throttling: everything arrives once, and nothing is sent before Retry-After', async ({
    control,
    readAndReturn,
    sandbox,
    admin,
    pages,
  }) => {
    const remaining = async () => {
      const faults = await admin.faults();
      return [...faults.failures, ...faults.drops].reduce((sum, rule) => sum + rule.remaining, 0);
    };
    const delivered = async () => (await readBackActivities(sandbox, 'alice')).length;
    // Each outage meets fresh reading and is used up by the extension's own retries (its alarm).
    const phases: [string, () => Promise<unknown>][] = [
      ['/tides.html', () => admin.failNext(20, { status: 503, retryAfter: 0.5 })],
      ['/sourdough.html', () => admin.dropNext(2)],
      ['/lighthouses.html', () => admin.failNext(2, { status: 429, retryAfter: 0.8 })],
    ];
    for (const [index, [path, outage]] of phases.entries()) {
      await readAndReturn([pages.url(path)]);
      await outage();
      await syncNow(control);
      await expect.poll(remaining, { timeout: 90_000 }).toBe(0);
      await expect.poll(delivered, { timeout: 60_000 }).toBe(index + 1);
    }

    const log = (await admin.requestLog()).filter(
      (r) => r.path.includes('/me/activities') && r.method !== 'GET',
    );
    // Both throttling outages answered with Retry-After, so the check below has something to check.
    const throttled = log.filter((r) => r.retryAfter !== undefined);
    expect(new Set(throttled.map((r) => r.status))).toEqual(new Set([503, 429]));
    let compared = 0;
    for (let i = 1; i < log.length; i++) {
      const previous = log[i - 1];
      const current = log[i];
      if (previous?.retryAfter !== undefined && current) {
        const waitMs = Number(previous.retryAfter) * 1000;
        expect(current.arrivalMs - previous.endMs).toBeGreaterThanOrEqual(waitMs - 5);
        compared++;
      }
    }
    // Every Retry-After answer was followed by a write that was measured (the last write succeeded).
    expect(compared).toBe(throttled.length);
    const dump = await admin.dump();
    for (const activity of dump.users.alice?.activities ?? []) {
      expect(activity.historyItems).toHaveLength(1);
    }
  });

  test('a worker stopped in the middle of a sync pass loses and duplicates nothing', async ({
    control,
    readAndReturn,
    context,
    sandbox,
    admin,
    pages,
  }) => {
    const urls = ['/tides.html', '/sourdough.html', '/lighthouses.html'].map((p) => pages.url(p));
    await readAndReturn(urls);
    // Slow answers keep the pass in flight long enough to stop the worker inside it.
    await admin.setLatency(1500);
    const pass = syncNow(control).catch(() => undefined);
    await expect
      .poll(async () => (await admin.requestLog()).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const cdp = await context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    await stopServiceWorker(control, cdp);
    await pass;
    await admin.setLatency(0);
    await syncNow(control);
    const stored = await readBackActivities(sandbox, 'alice');
    expect(stored).toHaveLength(3);
    for (const activity of stored) expect(activity.historyItems).toHaveLength(1);
  });

  test('reading while Graph is unreachable, everything is delivered once it is back', async ({
    control,
    readAndReturn,
    sandbox,
    admin,
    pages,
  }) => {
    await admin.dropNext(10_000);
    await readAndReturn(['/tides.html', '/plain.html'].map((p) => pages.url(p)));
    const offline = await syncNow(control);
    expect(offline.state).toBe('waiting');
    expect(offline.pending).toBe(2);
    await admin.clearFaults();
    await expect
      .poll(async () => (await syncNow(control)).state, { timeout: 60_000, intervals: [2_000] })
      .toBe('idle');
    expect(await readBackActivities(sandbox, 'alice')).toHaveLength(2);
  });

  test('deleting a page in the popup deletes it in Graph, and a stale write does not bring it back', async ({
    control,
    context,
    extensionId,
    sandbox,
    admin,
    pages,
  }) => {
    const tides = await context.newPage();
    await tides.goto(pages.url('/tides.html'));
    await readFor(tides, 7);
    await control.bringToFront();
    await untilRead(control, pages.url('/tides.html'));
    await syncNow(control);
    expect(await readBackActivities(sandbox, 'alice')).toHaveLength(1);

    // Read more, so a newer version of the engagement waits to be sent, then delete in the popup.
    await readFor(tides, 6);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
    await popup.locator('#activities li').first().hover();
    await popup.locator('.delete').first().click();
    // The row turns into "Deleted · Undo" in place; Graph hears of it once the undo window passed.
    await expect(popup.locator('#activities li.deleted')).toHaveCount(1);
    await expect
      .poll(
        async () => {
          await syncNow(control);
          return readBackActivities(sandbox, 'alice');
        },
        { timeout: 30_000, intervals: [2_000] },
      )
      .toEqual([]);
    await popup.reload();
    await expect(popup.locator('#empty')).toBeVisible();
    await expect(popup.locator('#activities li')).toHaveCount(0);
    const methods = (await admin.requestLog())
      .filter((r) => r.method !== 'GET')
      .map((r) => r.method);
    expect(methods.at(-1)).toBe('DELETE');
  });
});
