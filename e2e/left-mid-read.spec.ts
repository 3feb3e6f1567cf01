// A page left while the worker read it (issue #13), forced in Chromium: the offscreen document that
// reads snapshots is paused in the debugger (CDP Debugger.pause), the reader closes the tab with
// the read in flight, and the record the page reported as it left (address and title) is then
// completed with what the read found once the document runs again
// (src/background/snapshot/left-reads.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Worker } from '@playwright/test';
import { launchWithExtension } from '../harness/browser';
import type { PageMetadata } from '../src/activity/page-metadata';
import { readAndClose, readFor } from '../harness/reading';
import { expect, test as base } from './fixtures/extension';

const test = base.extend({
  // The browser's DevTools port too, so the test can reach the offscreen document (not a page).
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  context: async ({}, use, testInfo) => {
    const context = await launchWithExtension({
      userDataDir: testInfo.outputPath('profile'),
      extraArgs: ['--remote-debugging-port=0'],
    });
    await use(context);
    await context.close();
  },
});

/**
 * What the store holds for `url`, read in the worker's own IndexedDB: the extension's pages share
 * the paused document's thread, so none of them can ask the worker while it is paused.
 */
async function storedMetadata(worker: Worker, url: string): Promise<PageMetadata | undefined> {
  const all = await worker.evaluate<PageMetadata[]>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('reading-timeline');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('activities').objectStore('activities').getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result.map((record) => record.metadata));
      };
      request.onerror = () => reject(request.error);
    };
  })`);
  return all.find((metadata) => metadata.url === url);
}

/** Sends `method` to the target attached as `sessionId` (Target.sendMessageToTarget, unflattened). */
function toTarget(browser: CDPSession, sessionId: string) {
  let id = 0;
  return (method: string, params: object = {}) =>
    browser.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: ++id, method, params }),
    });
}

test('a tab closed while its read is paused in the offscreen document is completed by that read', async ({
  context,
  worker,
  pages,
}, testInfo) => {
  // A first read opens the offscreen document (it stays open 15 s after its last read).
  await readAndClose(context, pages.url('/sourdough.html'), 6);
  const port = readFileSync(join(testInfo.outputPath('profile'), 'DevToolsActivePort'), 'utf8');
  const devtools = await chromium.connectOverCDP(`http://127.0.0.1:${port.split('\n')[0] ?? ''}`);
  const browser = await devtools.newBrowserCDPSession();
  const { targetInfos } = await browser.send('Target.getTargets');
  const offscreen = targetInfos.find((target) => target.url.includes('offscreen'));
  expect(offscreen, JSON.stringify(targetInfos.map((t) => [t.type, t.url]))).toBeDefined();
  const { sessionId } = await browser.send('Target.attachToTarget', {
    targetId: offscreen?.targetId ?? '',
    flatten: false,
  });
  const send = toTarget(browser, sessionId);
  await send('Debugger.enable');
  await send('Debugger.pause');

  const url = pages.url('/tides.html');
  const tab = await context.newPage();
  await tab.goto(url);
  await readFor(tab, 7);
  await tab.close();
  // The leave report came first: the record is the page's address and title only.
  await expect.poll(async () => (await storedMetadata(worker, url))?.title).toBeTruthy();
  expect(await storedMetadata(worker, url)).not.toHaveProperty('description');

  await send('Debugger.resume');
  await expect
    .poll(async () => await storedMetadata(worker, url))
    .toMatchObject({ authors: [expect.objectContaining({ name: 'Mara Quill' })] });
  await devtools.close();
});
