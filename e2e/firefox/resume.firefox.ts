import { expect, test } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { callWorker, type FirefoxWithExtension } from '../../harness/firefox';
import { firefoxSpec } from './per-test';

/**
 * Issue #18 in Firefox ESR (the AMO package, as extension.firefox.ts runs it): a page read half
 * way, and a tab already showing it, with the resume-position switch off (no quote kept), is
 * scrolled there by progress alone: the path for browsers without text fragments. A new tab opens
 * at the passage.
 */

const OPTIONS = '/src/ui/options/index.html';

const spec = firefoxSpec();

/** The opening words of the first article block still (partly) in view. */
function topBlock(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const block of document.querySelectorAll('article h1, article h2, article p')) {
      if (block.getBoundingClientRect().bottom > 1) {
        return block.textContent.replace(/\s+/g, ' ').trim().slice(0, 40);
      }
    }
    return '';
  });
}

/** Whether the article block that opens with `start` is in the viewport. */
function inView(page: Page, start: string): Promise<boolean> {
  return page.evaluate((opening) => {
    const block = [...document.querySelectorAll('article h2, article p')].find((element) =>
      element.textContent.replace(/\s+/g, ' ').trim().startsWith(opening),
    );
    const rect = block?.getBoundingClientRect();
    return rect !== undefined && rect.bottom > 0 && rect.top < window.innerHeight;
  }, start);
}

/** A tab opened since `before` whose address starts with `url`. */
async function newTabAt(browser: Browser, url: string, before: Set<Page>): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(url)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No new tab at ${url}`);
}

/** Reads long-read.html half way and leaves it; the worker then offers it to continue. */
async function readHalf(ff: FirefoxWithExtension) {
  const url = spec.pages.url('/long-read.html');
  const article = await ff.browser.newPage();
  await article.goto(url);
  await article.bringToFront();
  await article.mouse.move(300, 300);
  const half = await article.evaluate(
    () => (document.documentElement.scrollHeight - window.innerHeight) / 2,
  );
  await article.mouse.wheel({ deltaY: half });
  await ff.readFor(article, 8);
  const top = await topBlock(article);
  const readAt = await article.evaluate(() => window.scrollY);
  expect(readAt).toBeGreaterThan(half / 2);
  await article.close();

  const control = await ff.openExtensionPage(OPTIONS);
  await expect
    .poll(async () => (await callWorker(control, 'list-unfinished', {}))[0]?.resumable, {
      timeout: 20_000,
    })
    .toBe(true);
  const [row] = await callWorker(control, 'list-unfinished', {});
  expect(row?.url).toBe(url);
  expect(row?.progress).toBeGreaterThan(35);
  expect(row?.progress).toBeLessThan(75);
  return { url, top, readAt, control, appActivityId: row?.appActivityId ?? '' };
}

test('resume, the quote switched off: the tab showing the page is scrolled by progress to where it was read', async () => {
  const ff = await spec.launch();
  const { url, readAt, control, appActivityId } = await readHalf(ff);
  // Only progress is sent along (the path of a browser without text fragments). The tab showing
  // the page (tracked once read a moment) is brought to the front and scrolled by progress.
  await callWorker(control, 'update-settings', { patch: { resumePosition: false } });
  const open = await ff.browser.newPage();
  await open.goto(url);
  await ff.readFor(open, 6);
  expect(await open.evaluate(() => window.scrollY)).toBe(0);
  await control.bringToFront();
  expect(await callWorker(control, 'open-page', { appActivityId, resume: true })).toEqual({
    how: 'switched',
  });
  const height = await open.evaluate(() => document.documentElement.scrollHeight);
  await expect
    .poll(async () => Math.abs((await open.evaluate(() => window.scrollY)) - readAt), {
      timeout: 15_000,
    })
    .toBeLessThan(height * 0.05);
});

// Firefox 153 takes the text directive off the address of a tab the add-on opens (tabs.create)
// but does not scroll to it: the worker sends the position to that tab once its page is read
// (pending-resume.ts), as it does for a tab already open.
test('resume in a new tab: the page opens at the passage', async () => {
  const ff = await spec.launch();
  const { url, top, control, appActivityId } = await readHalf(ff);
  const before = new Set(await ff.browser.pages());
  expect(await callWorker(control, 'open-page', { appActivityId, resume: true })).toEqual({
    how: 'opened',
  });
  const resumed = await newTabAt(ff.browser, url, before);
  await expect.poll(() => inView(resumed, top), { timeout: 15_000 }).toBe(true);
});
