import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { callWorker, type FirefoxWithExtension } from '../../harness/firefox';
import { startPageServer, type PageServer } from '../../harness/page-server';
import { recordedPagesVia } from '../../harness/reading';
import { requireSharedDir } from '../../src/testing/shared-dir';
import type { ActivityListItem } from '../../src/messaging/ui-shapes';
import { firefoxSpec } from './per-test';

/**
 * Issue #13's kinds of real web in Firefox ESR, on the shared fault cases (served in place): an
 * in-page route with a stale head, a muted video in a cross-origin frame past idle, a PDF in
 * pdf.js. Each compares the seconds recorded with the seconds the test spent, and checks the
 * title and URL each page is recorded under. And the back/forward cache: a page left and restored
 * by Back (the same document, no load) goes on counting. Session 16 measured each in Firefox ESR
 * (recorded vs spent): Alpha 13.38 / 13.19 s and Bravo 12.12 / 12.30 s under Bravo's own title,
 * the frame's video 32.49 / 32.53 s (idle after 15 s), A 16.33 / 16.37 s and B 8.06 / 8.13 s
 * across the cache; the PDF 0 of 16.9 s then, read from its tab since session 20 (below).
 */

const OPTIONS = '/src/ui/options/index.html';
const spec = firefoxSpec();
let cases: PageServer | undefined;
test.beforeAll(async () => {
  cases = await startPageServer(join(requireSharedDir('cases'), 'cases'));
});
test.afterAll(async () => {
  await cases?.close();
});
function caseUrl(path: string): string {
  if (!cases) throw new Error('the cases server starts in beforeAll');
  return cases.url(path);
}

async function recorded(control: Page): Promise<ActivityListItem[]> {
  return recordedPagesVia((type, payload) => callWorker(control, type, payload));
}

/** Brings another tab to the front (ending the page's time there); returns when it did. */
async function lookAway(ff: FirefoxWithExtension): Promise<number> {
  const at = Date.now();
  await (await ff.browser.newPage()).bringToFront();
  return at;
}

/** The recorded page whose URL is `url`, asked until its seconds are within 2 s of `want`. */
async function settled(
  control: Page,
  url: string,
  want: number,
): Promise<ActivityListItem | undefined> {
  let item: ActivityListItem | undefined;
  for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
    item = (await recorded(control)).find((a) => a.metadata.url === url);
    if (item && Math.abs(item.activeMs / 1000 - want) <= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return item;
}

test('spa-stale-head: Alpha, then Bravo by pushState (stale head, title 1.5 s late), then Back', async () => {
  const ff = await spec.launch();
  const control = await ff.openExtensionPage(OPTIONS);
  const alpha = caseUrl('/spa-stale-head/page.html?v=alpha');
  const bravo = caseUrl('/spa-stale-head/page.html?v=bravo');
  const page = await ff.browser.newPage();
  const t0 = Date.now();
  await page.goto(alpha);
  await ff.readFor(page, 8);
  const t1 = Date.now();
  await page.click('#to-bravo');
  await ff.readFor(page, 12);
  const t2 = Date.now();
  await page.goBack();
  await ff.readFor(page, 5);
  const t3 = await lookAway(ff);
  const wantAlpha = (t1 - t0 + t3 - t2) / 1000;
  const wantBravo = (t2 - t1) / 1000;
  const a = await settled(control, alpha, wantAlpha);
  const b = await settled(control, bravo, wantBravo);
  expect(b?.metadata.title).toBe('Bravo: Restoring a Lighthouse Lens');
  expect(a?.metadata.title).toBe('Alpha: Tuning a Harbour Foghorn');
  expect(Math.abs((a?.activeMs ?? 0) / 1000 - wantAlpha)).toBeLessThanOrEqual(2);
  expect(Math.abs((b?.activeMs ?? 0) / 1000 - wantBravo)).toBeLessThanOrEqual(2);
});

test('iframe video: a muted video in a cross-origin frame, watched past idle, all counts', async () => {
  const ff = await spec.launch();
  const control = await ff.openExtensionPage(OPTIONS);
  await callWorker(control, 'update-settings', { patch: { idleThresholdSec: 15 } });
  const player = caseUrl('/video-in-iframe/player.html').replace('127.0.0.1', 'localhost');
  const url = caseUrl(`/video-in-iframe/page.html?player=${encodeURIComponent(player)}`);
  const page = await ff.browser.newPage();
  const t0 = Date.now();
  await page.goto(url);
  const frame = await (await page.waitForSelector('iframe'))?.contentFrame();
  await (await frame?.waitForSelector('#play'))?.click();
  await ff.readFor(page, 2);
  // No input from here: idle after 15 s, the video plays on.
  await new Promise((resolve) => setTimeout(resolve, 30_000));
  const t1 = await lookAway(ff);
  const want = (t1 - t0) / 1000;
  const item = await settled(control, url, want);
  expect(item?.metadata.title).toBe('Lecture 4: Why Tides Lag the Moon');
  expect(Math.abs((item?.activeMs ?? 0) / 1000 - want)).toBeLessThanOrEqual(2);
});

// Firefox refuses every add-on script in pdf.js ("Missing host permission for the tab"): the
// worker reads the PDF from its tab (src/background/viewer-tab/), named by the title pdf.js gives
// the tab less the file name it adds, timed by the tab's attention and chrome.idle, as Chromium's
// viewer is. Read 40 s: past the silence limit (30 s) after the report at 4 s, so only the
// worker's heartbeats for the tab keep it counting. Within 0.5 s, as the Chromium scenario
// (pdf-viewer) is held to.
test('pdf-viewer: a PDF read 40 s in pdf.js is recorded with its own title and its time', async () => {
  const ff = await spec.launch();
  const control = await ff.openExtensionPage(OPTIONS);
  const pdf = caseUrl('/pdf-in-viewer/paper.pdf');
  const page = await ff.browser.newPage();
  const t0 = Date.now();
  await page.goto(pdf);
  await ff.readFor(page, 40);
  const t1 = await lookAway(ff);
  const want = (t1 - t0) / 1000;
  const item = await settled(control, pdf, want);
  console.log(
    `  PDF: ${((item?.activeMs ?? 0) / 1000).toFixed(2)} s for ${want.toFixed(2)} s read`,
  );
  expect(item?.metadata.title).toBe('Field Notes on Measuring Reading Time');
  expect(item?.metadata.url).toBe(pdf);
  expect(Math.abs((item?.activeMs ?? 0) / 1000 - want)).toBeLessThanOrEqual(0.5);
});

test('back/forward cache: A read, B read, Back to A restored from the cache: each its own time', async () => {
  const ff = await spec.launch();
  const control = await ff.openExtensionPage(OPTIONS);
  const a = spec.pages.url('/tides.html');
  const b = spec.pages.url('/lighthouses.html');
  const page = await ff.browser.newPage();
  const t0 = Date.now();
  await page.goto(a);
  await ff.readFor(page, 8);
  await page.evaluate(() => {
    (globalThis as unknown as { kept: boolean }).kept = true;
  });
  const t1 = Date.now();
  await page.goto(b);
  await ff.readFor(page, 8);
  const t2 = Date.now();
  await page.evaluate(() => {
    history.back();
  });
  await page.waitForFunction((url) => location.href === url, {}, a);
  // The same document, kept in the back/forward cache (not loaded again).
  const restored = await page.evaluate(
    () => (globalThis as unknown as { kept?: boolean }).kept === true,
  );
  expect(restored).toBe(true);
  await ff.readFor(page, 8);
  const t3 = await lookAway(ff);
  const wantA = (t1 - t0 + t3 - t2) / 1000;
  const wantB = (t2 - t1) / 1000;
  const ra = await settled(control, a, wantA);
  const rb = await settled(control, b, wantB);
  expect(Math.abs((ra?.activeMs ?? 0) / 1000 - wantA)).toBeLessThanOrEqual(2);
  expect(Math.abs((rb?.activeMs ?? 0) / 1000 - wantB)).toBeLessThanOrEqual(2);
});
