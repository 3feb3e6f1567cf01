// Reading position end to end in Chromium: read half of a long article, continue from the popup at
// the remembered passage, the passage in the activationUrl Graph received, a slightly edited page,
// and reading to the end.
import type { BrowserContext, Page } from '@playwright/test';
import { readBackActivities } from '../harness/graph-readback';
import { callWorker, openPopup, readFor } from '../harness/reading';
import { configureAndSignIn } from '../harness/sign-in';
import { expect, test } from './fixtures/sandbox';

/** The text of the first article block still (partly) in view: what the sampler quotes. */
function topBlock(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const block of document.querySelectorAll('article h1, article h2, article p')) {
      if (block.getBoundingClientRect().bottom > 1)
        return block.textContent.replace(/\s+/g, ' ').trim();
    }
    return '';
  });
}

/** Whether the block that opens with `quote` is in the viewport. */
function inView(page: Page, quote: string): Promise<boolean> {
  return page.evaluate((start) => {
    const block = [...document.querySelectorAll('article h2, article p')].find((element) =>
      element.textContent.replace(/\s+/g, ' ').trim().toLowerCase().startsWith(start.toLowerCase()),
    );
    const rect = block?.getBoundingClientRect();
    return rect !== undefined && rect.bottom > 0 && rect.top < window.innerHeight;
  }, quote);
}

/** textStart of the text fragment in `url`. */
function quoteOf(url: string): string {
  const directive = decodeURIComponent(url.split(':~:text=')[1] ?? '');
  const parts = url
    .split(':~:text=')[1]
    ?.split(',')
    .filter((part) => !part.endsWith('-') && !part.startsWith('-'));
  expect(directive).not.toBe('');
  return decodeURIComponent(parts?.[0] ?? '');
}

/** Clicks the first "Continue reading" row in the popup and returns the tab it leads to. */
async function continueFromPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('#continue-list .resume')).toHaveCount(1);
  const opened = context.waitForEvent('page');
  await popup.locator('#continue-list .resume').click();
  const page = await opened;
  await page.waitForLoadState('load');
  return page;
}

test('read half, continue at the passage (popup, Graph link, edited page), read to the end', async ({
  context,
  extensionId,
  sandbox,
  pages,
}) => {
  const control = await configureAndSignIn(context, extensionId, sandbox, 'alice');
  const url = pages.url('/long-read.html');
  const article = await context.newPage();
  await article.goto(url);
  await article.bringToFront();
  await article.mouse.move(300, 300);
  const half = await article.evaluate(
    () => (document.documentElement.scrollHeight - window.innerHeight) / 2,
  );
  await article.mouse.wheel(0, half);
  await readFor(article, 8);
  const top = await topBlock(article);
  await article.close();

  await expect
    .poll(async () => (await callWorker(control, 'list-unfinished', {}))[0]?.resumable)
    .toBe(true);
  const [row] = await callWorker(control, 'list-unfinished', {});
  expect(row?.url).toBe(url);
  expect(row?.progress).toBeGreaterThan(35);
  expect(row?.progress).toBeLessThan(75);

  // "Continue reading" in the popup opens the page with the remembered passage in view.
  const resumed = await continueFromPopup(context, extensionId);
  expect(resumed.url()).toContain('#:~:text=');
  const quote = quoteOf(resumed.url());
  expect(top.toLowerCase().startsWith(quote.toLowerCase()), `${top} / ${quote}`).toBe(true);
  await expect.poll(() => inView(resumed, quote)).toBe(true);
  await resumed.close();

  // Graph got the passage in activationUrl; id and contentUrl stay the page.
  await control.bringToFront();
  await callWorker(control, 'sync-now', {});
  const all = await readBackActivities(sandbox, 'alice');
  const [published] = all.filter((a) => a.activationUrl.startsWith(url));
  expect(published?.activationUrl.startsWith(`${url}#:~:text=`), published?.activationUrl).toBe(
    true,
  );
  expect(quoteOf(published?.activationUrl ?? '')).toBe(quote);
  const direct = await context.newPage();
  await direct.goto(published?.activationUrl ?? '');
  await expect.poll(() => inView(direct, quote)).toBe(true);
  await direct.close();

  // Already open in a tab, and changed since (a paragraph inserted above the passage): the popup
  // switches to that tab and scrolls to the passage.
  const edited = await context.newPage();
  await edited.goto(url);
  await edited.evaluate(() => {
    const note = document.createElement('p');
    note.textContent = 'Correction: an earlier version of this story misstated a date. '.repeat(12);
    document.querySelector('article h1')?.after(note);
  });
  await expect.poll(() => inView(edited, quote)).toBe(false);
  // The tab counts as showing the page once it has been read a moment (tracking loads the reader
  // after a few seconds of reading).
  await readFor(edited, 6);
  const popup = await openPopup(context, extensionId);
  await popup.locator('#continue-list .resume').click();
  await expect.poll(() => inView(edited, quote)).toBe(true);
  expect(await edited.evaluate(() => document.visibilityState)).toBe('visible');

  // A row of the popup's list ("switch to tab") activates the tab that shows the page: no new tab.
  // (The popup closes once the browser has done it; a page opened instead would be a second tab.)
  const list = await openPopup(context, extensionId);
  const closed = list.waitForEvent('close');
  await list.locator(`#activities a.title[href="${url}"]`).click();
  await closed;
  expect(context.pages().filter((tab) => tab.url().startsWith(url))).toEqual([edited]);
  const tabs = await control.evaluate(
    (address) => chrome.tabs.query({ url: `${address}*` }),
    url.split('#')[0] ?? url,
  );
  expect(tabs.map((tab) => tab.active)).toEqual([true]);

  // Scrolled to the end of a ten-minute read after half a minute or so: skimmed, not finished
  // (the end needs a tenth of the page's estimated reading time: reading-store.ts).
  await edited.mouse.move(300, 300);
  await edited.mouse.wheel(0, await edited.evaluate(() => document.documentElement.scrollHeight));
  await readFor(edited, 13);
  await control.bringToFront();
  await expect
    .poll(async () => (await callWorker(control, 'list-unfinished', {}))[0]?.progress)
    .toBe(100);
  // Read on at the end: now it has taken a plausible time, and it is finished, out of "Continue
  // reading".
  await readFor(edited, 45);
  await edited.close();
  await expect.poll(async () => callWorker(control, 'list-unfinished', {})).toEqual([]);
  const { rows } = await callWorker(control, 'list-pages', {});
  expect(rows.find((r) => r.url === url)).toMatchObject({ progress: 100, finished: true });
  const after = await openPopup(context, extensionId);
  await expect(after.locator('#activities li').first()).toContainText('· finished ·');
  await expect(after.locator('#continue-reading')).toBeHidden();
});
