// The popup's first screen as a week-one user sees it (review 22, P5 and P9): the site name whole
// beside a row's progress, "Continue reading" folded to one page, the list ending on a whole row.
import type { BrowserContext, Page } from '@playwright/test';
import { callWorker, openPopup } from '../harness/reading';
import { expect, test } from './fixtures/extension';

const SITES = ['Stack Overflow', 'Ars Technica', 'ZEIT ONLINE', 'The Guardian'];

/** A history file's activity (docs/history-file.md): read 2 min, `minutesAgo`, at `progress` %. */
function activity(index: number, minutesAgo: number, progress?: number): unknown {
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  // Two minutes read in a three-minute visit (an import cuts a read longer than its visit).
  const from = new Date(Date.now() - (minutesAgo + 3) * 60_000).toISOString();
  const site = SITES[index % SITES.length] ?? 'Example';
  const url = `https://${site.toLowerCase().replace(/\W+/g, '')}.example/article-${String(index)}`;
  return {
    appActivityId: 'x',
    firstSeenDateTime: from,
    lastActiveDateTime: at,
    metadata: {
      url,
      title: `Why CSS grid matters more than ever, part ${String(index)}`,
      type: 'Article',
      authors: [],
      keywords: [],
      siteName: site,
    },
    historyItems: [
      {
        id: crypto.randomUUID(),
        startedDateTime: from,
        lastActiveDateTime: at,
        activeDurationMs: 120_000,
        userTimezone: 'Europe/Berlin',
        ended: true,
      },
    ],
    ...(progress === undefined
      ? {}
      : { reading: { progress, quote: { textStart: 'the grid' }, positionDateTime: at } }),
  };
}

/** 20 pages read over the last hours, the newest 4 half-read (so "Continue reading" has 3+). */
async function importHistory(extensionPage: Page): Promise<void> {
  const activities = Array.from({ length: 20 }, (_, i) =>
    activity(i, 30 + i * 20, i < 4 ? 20 + i * 10 : undefined),
  );
  await callWorker(extensionPage, 'import-history', { version: 2, activities });
}

/** The popup over the imported history (importHistory). */
async function popupOverHistory({
  context,
  extensionId,
  extensionPage,
}: {
  context: BrowserContext;
  extensionId: string;
  extensionPage: Page;
}): Promise<Page> {
  await importHistory(extensionPage);
  return openPopup(context, extensionId);
}

/** The rows' site names that do not show whole (ellipsis), and how many rows there are. */
function cutSites(popup: Page): Promise<string[]> {
  return popup
    .locator('#activities li .meta .site')
    .evaluateAll((sites) =>
      sites.filter((site) => site.scrollWidth > site.clientWidth + 1).map((s) => s.textContent),
    );
}

test('each row shows its site whole; the progress gives way first', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  const popup = await popupOverHistory({ context, extensionId, extensionPage });
  await expect(popup.locator('#activities li')).not.toHaveCount(0);
  await expect(popup.locator('#activities li .meta').first()).toContainText('% read');
  expect(await cutSites(popup)).toEqual([]);
  // "when" is never cut either.
  const cutWhen = await popup
    .locator('#activities li .meta .when')
    .evaluateAll((parts) => parts.filter((part) => part.scrollWidth > part.clientWidth + 1).length);
  expect(cutWhen).toBe(0);
});

test('Continue reading shows one page and "2 more"; the list below ends on a whole row', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  const popup = await popupOverHistory({ context, extensionId, extensionPage });
  const continueRows = popup.locator('#continue-list li.continue');
  await expect(continueRows).toHaveCount(3);
  await expect(popup.locator('#continue-list li.continue:visible')).toHaveCount(1);
  const more = popup.locator('#continue-more');
  await expect(more).toHaveText('2 more');
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  // The list's rows that show at least partly: every one whole, and at least 5 of them.
  const visibleRows = async (): Promise<{ whole: number; cut: number }> => {
    await popup.locator('#activities:not([aria-busy])').waitFor({ state: 'attached' });
    await popup.evaluate(
      () =>
        new Promise((done) => {
          requestAnimationFrame(() => {
            done(null);
          });
        }),
    );
    return popup.locator('#activities').evaluate((list) => {
      const box = list.getBoundingClientRect();
      let whole = 0;
      let cut = 0;
      for (const row of list.querySelectorAll('li')) {
        const r = row.getBoundingClientRect();
        if (r.bottom <= box.top || r.top >= box.bottom) continue;
        if (r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5) whole++;
        else cut++;
      }
      return { whole, cut };
    });
  };
  await expect.poll(async () => (await visibleRows()).cut).toBe(0);
  expect((await visibleRows()).whole).toBeGreaterThanOrEqual(5);

  await more.click();
  await expect(popup.locator('#continue-list li.continue:visible')).toHaveCount(3);
  await expect(more).toHaveText('Show fewer');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  // Fewer rows of the list fit now, still none cut.
  await expect.poll(async () => (await visibleRows()).cut).toBe(0);
});

test.describe('in German', () => {
  test.use({ uiLanguage: 'de' });
  test('the site shows whole and "gelesen" is said once', async ({
    context,
    extensionId,
    extensionPage,
  }) => {
    await importHistory(extensionPage);
    const popup = await openPopup(context, extensionId);
    const meta = popup.locator('#activities li .meta').first();
    await expect(meta).toContainText('2 Min. gelesen · bis 20 %');
    expect((await meta.textContent())?.match(/gelesen/g)).toHaveLength(1);
    expect(await cutSites(popup)).toEqual([]);
    await expect(popup.locator('#continue-more')).toHaveText('2 weitere');
  });
});
