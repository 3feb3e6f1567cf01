import { expect, test } from '@playwright/test';
import { callWorker } from '../../harness/firefox';
import { recordedPagesVia } from '../../harness/reading';
import { firefoxSpec } from './per-test';

/**
 * A tab muted from the tab strip in Firefox ESR (review F-track-7): Firefox has
 * `tabs.Tab.mutedInfo` too, and tells of the mute in `tabs.onUpdated` (changeInfo.mutedInfo), as
 * Chromium does. A podcast (harness/pages/kinds/podcast.html) played, its tab muted 2 s in from
 * the extension's page (`tabs.update`, as the tab's speaker icon does): its `<audio>` still plays
 * unmuted as far as the page knows, but nobody hears it, so no input past the idle threshold ends
 * the page's time there, as for an article without media (Chromium: tracking e2e
 * `audio-tab-muted`).
 */

const OPTIONS = '/src/ui/options/index.html';
const PODCAST = '/kinds/podcast.html';

const spec = firefoxSpec();

test('a podcast in a tab muted from the tab strip counts only until idle', async () => {
  const ff = await spec.launch();
  const control = await ff.openExtensionPage(OPTIONS);
  await callWorker(control, 'update-settings', { patch: { idleThresholdSec: 15 } });
  await control.evaluate(() => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const idle: number[] = [];
    const changes: unknown[] = [];
    Object.assign(globalThis, { idle, changes });
    api.idle.onStateChanged.addListener((state) => {
      if (state === 'idle') idle.push(Date.now());
    });
    api.tabs.onUpdated.addListener((_, change) => {
      if (change.mutedInfo) changes.push(change);
    });
  });
  const page = await ff.browser.newPage();
  const shownAt = Date.now();
  await page.goto(spec.pages.url(PODCAST));
  await page.click('#play');
  await ff.readFor(page, 6);
  const tab = await control.evaluate(async (path) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const [shown] = await api.tabs.query({ url: `*://127.0.0.1${path}` });
    const muted = await api.tabs.update(shown?.id ?? -1, { muted: true });
    return { muted: muted?.mutedInfo?.muted, audible: muted?.audible };
  }, PODCAST);
  expect(tab.muted).toBe(true);
  // The last input was the read's; Firefox says idle 15 s after it.
  const lastInputAt = Date.now();
  // Only an idle state said after the page was shown: a browser launched with no input at all may
  // say idle as soon as the listener is added (stop 33's CI: "attended" came out at -0.05 s).
  await control.waitForFunction(
    (after) => (globalThis as unknown as { idle: number[] }).idle.some((at) => at > after),
    { timeout: 30_000, polling: 200 },
    shownAt,
  );
  const idleAt = await control.evaluate(
    (after) => (globalThis as unknown as { idle: number[] }).idle.find((at) => at > after),
    shownAt,
  );
  // The podcast plays on, unheard, 15 s more.
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  const plays = await page.evaluate(() => {
    const audio = document.querySelector('audio');
    return { plays: audio !== null && !audio.paused, muted: audio?.muted };
  });
  expect(plays).toEqual({ plays: true, muted: false });
  const changes = await control.evaluate(
    () => (globalThis as unknown as { changes: unknown[] }).changes,
  );
  expect(changes).toContainEqual(
    expect.objectContaining({ mutedInfo: expect.objectContaining({ muted: true }) }),
  );
  await (await ff.browser.newPage()).bringToFront();
  // Read until Firefox said idle: about 6 + 15 s; the 15 s after it do not count.
  const attended = ((idleAt ?? lastInputAt + 15_000) - shownAt) / 1000;
  let counted = 0;
  for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
    const recorded = await recordedPagesVia((type, payload) => callWorker(control, type, payload));
    const item = recorded.find((a) => a.metadata.title.startsWith('Golf: The Sound'));
    counted = (item?.activeMs ?? 0) / 1000;
    if (counted > 0 && Math.abs(counted - attended) <= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`  counted ${counted.toFixed(2)} s for ${attended.toFixed(2)} s attended`);
  expect(
    Math.abs(counted - attended),
    `counted ${String(counted)} s of ${String(attended)} s (audible ${String(tab.audible)})`,
  ).toBeLessThanOrEqual(2);
});
