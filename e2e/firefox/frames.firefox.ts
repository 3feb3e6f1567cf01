import { expect, test } from '@playwright/test';
import { firefoxSpec } from './per-test';

/**
 * Frame presence in Firefox ESR (#13): the worker asks each frame its viewport in the frame's own
 * (main) world, `scripting.executeScript({ world: 'MAIN' })`, and gives the presence script only to
 * frames of at least 40 x 40 CSS px (src/background/injection/frame-presence-injection.ts). Never
 * tried in a real Firefox before session 12. harness/pages/frame-sizes.html holds three frames of
 * another site, each playing a muted video: 320 x 180, 0 x 0 and 1 x 1. An extension page hears
 * what the frames tell the worker (Firefox gives a content script's runtime messages to every
 * extension page, the worker's as well).
 */

const OPTIONS = '/src/ui/options/index.html';

const spec = firefoxSpec();

interface Heard {
  type: string;
  url: string;
  mediaPlaying?: boolean;
}

test('frame presence: the visible player frame reports its video, the 0 x 0 and 1 x 1 frames get nothing', async () => {
  const ff = await spec.launch();
  const control = await ff.openExtensionPage(OPTIONS);
  await control.evaluate(() => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const heard: Heard[] = [];
    (globalThis as unknown as { heard: Heard[] }).heard = heard;
    api.runtime.onMessage.addListener((message: { type: string; payload?: Heard }, sender) => {
      heard.push({ type: message.type, url: sender.url ?? '', ...message.payload });
      return undefined;
    });
  });
  const page = await ff.browser.newPage();
  await page.goto(spec.pages.url('/frame-sizes.html'));
  await ff.readFor(page, 8);

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
});
