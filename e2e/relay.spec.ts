// The organisation relay, end to end: the built extension in Chromium, signed in through the
// sandbox, reporting reads of "intranet" pages to a relay process (relay/main.ts, as `npm run
// relay` runs it) that turns them into Graph connector "viewed" activities in the sandbox. The
// relay is killed twice: while the extension holds reads, and after it acknowledged them but
// before Graph recorded them. Nothing may be lost, duplicated, or reported that the connection's
// resolvers do not cover.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { callWorker, readFor, recordedPages } from '../harness/reading';
import { relayProcess, type RelayProcess } from '../harness/relay-process';
import { configureAndSignIn } from '../harness/sign-in';
import { RELAY_API_AUDIENCE, RELAY_API_SCOPE } from '../sandbox';
import { sandboxUser } from '../sandbox/users';
import { untilRead } from './fixtures/extension';
import { expect, test } from './fixtures/sandbox';

const CONNECTION = 'contosointranet';
const RELAY_SCOPE = `${RELAY_API_AUDIENCE}/${RELAY_API_SCOPE}`;
const PATTERN = '/(?<slug>[a-z-]+)\\.html$';

const queued = async (options: Page) =>
  (await callWorker(options, 'organisation-overview', {})).status.queued;

test('two intranet reads become two viewed activities of the user; the third page never leaves; relay kills lose and duplicate nothing', async ({
  context,
  extensionId,
  sandbox,
  admin,
  pages,
}, testInfo) => {
  test.setTimeout(180_000);
  const intranet = `${pages.origin}/intranet`;
  await admin.putConnection(
    {
      id: CONNECTION,
      name: 'Contoso intranet',
      activitySettings: {
        urlToItemResolvers: [
          {
            '@odata.type': '#microsoft.graph.externalConnectors.itemIdResolver',
            priority: 1,
            itemId: 'page-{slug}',
            urlMatchInfo: { baseUrls: [intranet], urlPattern: PATTERN },
          },
        ],
      },
    },
    ['page-holidays', 'page-expenses'],
  );
  const dir = testInfo.outputPath('relay');
  mkdirSync(dir, { recursive: true });
  const relay: RelayProcess = await relayProcess(sandbox, dir, [CONNECTION]);
  await relay.start();
  try {
    // Sign in, then set up the relay on the Organisation section as a user would.
    const options = await configureAndSignIn(context, extensionId, sandbox, 'alice');
    // With no relay yet the section is folded: its heading opens it.
    await options.locator('#organisation-details summary').click();
    await options.locator('#relay-url').fill(relay.url);
    await options.locator('#relay-scope').fill(RELAY_SCOPE);
    await options.locator('#relay-scope').blur();
    // The section shows the sites the relay publishes (fetched with the relay-scope token).
    await expect(options.locator('#org-sites li')).toHaveText([
      `${intranet} (pages matching ${PATTERN})`,
    ]);
    const section = options.locator('section[aria-labelledby="organisation-heading"]');
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      await section.screenshot({
        path: testInfo.outputPath(`options-organisation-${colorScheme}.png`),
      });
    }

    // The relay goes down before anything is read: the extension keeps the reads.
    await relay.kill();
    const read = ['/intranet/holidays.html', '/intranet/expenses.html', '/tides.html'];
    for (const path of read) {
      const page = await context.newPage();
      await page.goto(pages.url(path));
      await readFor(page, 7);
    }
    await options.bringToFront();
    // Only the two intranet reads are queued; the third page was read and kept, never queued.
    await expect.poll(() => queued(options), { timeout: 20_000 }).toBe(2);
    // The last page's read is stored once the switch away from it is heard.
    await untilRead(options, pages.url('/tides.html'));
    const recorded = await recordedPages(options);
    expect(recorded.map((a) => new URL(a.metadata.url).pathname).sort()).toEqual([...read].sort());

    // The relay is back; Graph refuses its first two calls (Retry-After 30 s), so it holds what
    // it acknowledged: the extension's queue empties while Graph has nothing yet.
    await relay.start();
    await admin.failNext(2, {
      status: 503,
      retryAfter: 30,
      method: 'POST',
      pathPrefix: `/external/connections/${CONNECTION}/items/`,
    });
    await expect.poll(() => queued(options), { timeout: 60_000 }).toBe(0);
    // Killed between the report and the delivery to Graph.
    await relay.kill();
    expect(await admin.connectorActivities(CONNECTION)).toEqual([]);
    await relay.start();
    await expect
      .poll(async () => (await admin.connectorActivities(CONNECTION)).length, { timeout: 60_000 })
      .toBe(2);
    // A little longer: a duplicate would arrive now.
    await options.waitForTimeout(3_000);

    const activities = await admin.connectorActivities(CONNECTION);
    const starts = recorded
      .filter((a) => a.metadata.url.startsWith(intranet))
      .map((a) => ({
        itemId: `page-${new URL(a.metadata.url).pathname.replace(/^.*\/|\.html$/g, '')}`,
        startDateTime: new Date(a.historyItems[0]?.startedAt ?? 0).toISOString(),
      }));
    expect(
      activities
        .map(({ itemId, type, userId, startDateTime }) => ({ itemId, type, userId, startDateTime }))
        .sort((a, b) => a.itemId.localeCompare(b.itemId)),
    ).toEqual(
      starts
        .map((s) => ({ ...s, type: 'viewed', userId: sandboxUser('alice').oid }))
        .sort((a, b) => a.itemId.localeCompare(b.itemId)),
    );

    // The third page never reached the relay: every read it stored or refused is in its log.
    const stored = relay.log.filter((line) => line.event === 'reads.stored');
    const sum = (field: string) =>
      stored.reduce((total, line) => total + Number(line[field] ?? 0), 0);
    expect({ accepted: sum('accepted'), rejected: sum('rejected') }).toEqual({
      accepted: 2,
      rejected: 0,
    });
    // Nor Graph: the relay's calls name the two intranet items only.
    const graphPaths = (await admin.requestLog())
      .filter((entry) => entry.path.includes('/external/'))
      .map((entry) => entry.path);
    expect(graphPaths.some((p) => p.includes('tides'))).toBe(false);
    expect(new Set(graphPaths.filter((p) => p.endsWith('/addActivities')))).toEqual(
      new Set([
        `/v1.0/external/connections/${CONNECTION}/items/page-expenses/addActivities`,
        `/v1.0/external/connections/${CONNECTION}/items/page-holidays/addActivities`,
      ]),
    );
  } finally {
    await relay.stop();
  }
});
