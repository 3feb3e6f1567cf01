import { expect, test } from '@playwright/test';
import { callWorker } from '../../harness/firefox';
import { recordedPagesVia } from '../../harness/reading';
import { firefoxSpec } from './per-test';

/**
 * Frame presence in Firefox ESR (#13): the worker asks each frame its viewport in the frame's own
 * (main) world, `scripting.executeScript({ world: 'MAIN' })`, and gives the presence script only to
 * frames of at least 40 x 40 CSS px (src/background/injection/frame-presence-injection.ts). Never
 * tried in a real Firefox before session 12. harness/pages/frame-sizes.html holds three frames of
 * another site, each playing a muted video: 320 x 180, 0 x 0 and 1 x 1. An extension page hears
 * what the frames tell the worker (Firefox gives a content script's runtime messages to every
 * extension page, the worker's as well). Session 14: with no input past the idle threshold, the
 * player's video keeps the page's time running (the tracker counts a tab whose subframe plays);
 * session 16: once the reader clicked in the player (a muted video counts only once it is the
 * reader's: they set it off or pressed on it, src/content/reader-media.ts).
 */

const OPTIONS = '/src/ui/options/index.html';

const spec = firefoxSpec();

interface Heard {
  type: string;
  url: string;
  mediaPlaying?: boolean;
}

test('frame presence: the visible player frame reports its video, which counts past idle; the 0 x 0 and 1 x 1 frames get nothing', async () => {
  const ff = await spec.launch();
  const control = await ff.openExtensionPage(OPTIONS);
  await callWorker(control, 'update-settings', { patch: { idleThresholdSec: 15 } });
  await control.evaluate(() => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const heard: Heard[] = [];
    (globalThis as unknown as { heard: Heard[] }).heard = heard;
    api.runtime.onMessage.addListener((message: { type: string; payload?: Heard }, sender) => {
      heard.push({ type: message.type, url: sender.url ?? '', ...message.payload });
      return undefined;
    });
    const idle: number[] = [];
    (globalThis as unknown as { idle: number[] }).idle = idle;
    api.idle.onStateChanged.addListener((state) => {
      if (state === 'idle') idle.push(Date.now());
    });
  });
  const page = await ff.browser.newPage();
  const shownAt = Date.now();
  await page.goto(spec.pages.url('/frame-sizes.html'));
  await ff.readFor(page, 8);
  // The reader turns to the player (a click on it): a muted video counts past idle only once it is
  // the reader's (review F-track-5); the autoplaying ones nobody touched never do.
  const big = page.frames().find((f) => f.url().endsWith('?frame=big'));
  await (await big?.waitForSelector('video'))?.click();

  // The size question in the frames' main world works in Firefox: the one the worker asks.
  const sizes = await control.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    // A match pattern: any port.
    const [tab] = await api.tabs.query({ url: '*://127.0.0.1/frame-sizes.html' });
    const results = await api.scripting.executeScript({
      target: { tabId: tab?.id ?? -1, allFrames: true },
      world: 'MAIN',
      func: () =>
        `${location.search} ${String(innerWidth)}x${String(innerHeight)} ${typeof browser}`,
    });
    return results.map((r) => String(r.result)).sort();
  });
  expect(sizes).toEqual([
    ' 800x600 undefined',
    '?frame=big 320x180 undefined',
    '?frame=one 1x1 undefined',
    '?frame=zero 0x0 undefined',
  ]);

  const heard = await control.evaluate(() => (globalThis as unknown as { heard: Heard[] }).heard);
  const fromFrames = heard.filter((h) => h.url.includes('late-player-video.html'));
  expect(fromFrames.length).toBeGreaterThan(0);
  expect(fromFrames.every((h) => h.url.endsWith('?frame=big'))).toBe(true);
  expect(fromFrames.some((h) => h.type === 'frame-signal' && h.mediaPlaying === true)).toBe(true);
  expect(heard.some((h) => h.type === 'page-loaded')).toBe(true);

  // No input since: Firefox says idle 15 s after the last, the video plays on, watched 10 s more.
  await control.waitForFunction(() => (globalThis as unknown as { idle: number[] }).idle.length, {
    timeout: 30_000,
    polling: 200,
  });
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  // Another tab to the front ends the page's time there (and banks it).
  const leftAt = Date.now();
  await (await ff.browser.newPage()).bringToFront();
  const watched = (leftAt - shownAt) / 1000;
  // The tab switch reaches the worker as an event of its own: asked until it is in (5 s at most).
  let counted = 0;
  for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
    const recorded = await recordedPagesVia((type, payload) => callWorker(control, type, payload));
    const item = recorded.find((a) => a.metadata.title.startsWith('Frames of three sizes'));
    counted = (item?.activeMs ?? 0) / 1000;
    if (Math.abs(counted - watched) <= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Stopped at idle it would be about 8 + 15 s, 10 s short.
  expect(
    Math.abs(counted - watched),
    `counted ${String(counted)} s of ${String(watched)} s`,
  ).toBeLessThanOrEqual(2);
});
