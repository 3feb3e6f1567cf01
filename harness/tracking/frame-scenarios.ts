import type { Frame, Page } from 'playwright-core';
import type { Person } from './person';
import { scenario, type Scenario } from './scenario';
import { updateSettings } from './session';
import { IDLE_THRESHOLD_SEC, wentIdle } from './web-scenarios';
import { crossOrigin, insertFrame } from './insert-frame';
import { INSERTED_PLAYER_SCENARIOS } from './inserted-player';

/**
 * Loads that come after the page (issue #13, F-inject-3 and frames added late): an ad slot that
 * loads again and again, a player inserted by script once the page is read, and the page itself
 * reloaded mid-read (review 9 F-frames-1). Shared by e2e/tracking.spec.ts and
 * `npm run bench:tracking`, like SCENARIOS.
 */

/**
 * The run of a scenario whose page (at `path`) brings its player late
 * (harness/pages/late-player-video.html: a muted video that plays by itself): read until the
 * player is there and shown (20 s at most), click it, as a viewer does (a muted video counts as
 * someone there only once it is the reader's, src/content/reader-media.ts: F-track-5), then
 * watched 40 s without
 * input, past the idle threshold; all of it must count. `came` says whether the page did what the
 * scenario is about: [check label, holds, detail], given the page and whether the player plays at
 * the end.
 */
function selfPlayingPlayer(
  name: string,
  path: string,
  came: (page: Page, playing: boolean) => Promise<[string, boolean, string]>,
): Scenario['run'] {
  return (env) =>
    scenario(name, env, { [path]: 1 }, async ({ person, session, url, check }) => {
      await updateSettings(session.control, { idleThresholdSec: IDLE_THRESHOLD_SEC });
      const page = await person.open(url(path));
      await person.read(page, 2);
      const shownPlayer = await readUntilPlayerShown(person, page);
      await shownPlayer?.locator('video').click();
      await person.read(page, 1);
      const stoppedAt = await person.watch(page, 40);
      const player = page.frames().find((frame) => frame.url().endsWith('late-player-video.html'));
      const playing = await player
        ?.evaluate(() => !(document.querySelector('video')?.paused ?? true))
        .catch(() => false);
      const [label, holds, detail] = await came(page, playing === true);
      check(label, holds, `${detail}, player ${player?.url() ?? 'missing'}`);
      check(
        'chrome.idle said idle while the video played',
        await wentIdle(session.control, stoppedAt),
        `threshold ${String(IDLE_THRESHOLD_SEC)} s`,
      );
      await person.lookAway();
    });
}

/**
 * Reads `page` a second at a time until its late player (late-player-video.html) is loaded and
 * shown, 20 s at most. Returns the player's frame, or undefined if it never came (the scenario's
 * own check then fails).
 *
 * Asking whether the player is shown evaluates in the frame that holds it, and Playwright evaluates
 * with a user gesture (CDP `userGesture: true`): that activates the holding frame, its ancestors
 * and, in Chromium, every frame of the tab from its origin, the nested player included (tried in
 * headless Chromium without the extension: the embed card's `hasBeenActive` and its player's went
 * false → true on `frameElement().isVisible()`, the top page's too; a `page.evaluate` activates the
 * top page alone). So a player nobody clicked reads as activated here: the harness's doing, not
 * the browser's nor the product's, and why a muted video's owner is judged from the reader's own
 * presses (reader-media.ts), activation standing in only for what came before the frame's script.
 */
async function readUntilPlayerShown(person: Person, page: Page): Promise<Frame | undefined> {
  for (let waited = 0; waited < 20; waited++) {
    const player = page.frames().find((frame) => frame.url().endsWith('late-player-video.html'));
    const shown = await player
      ?.frameElement()
      .then((element) => element.isVisible())
      .catch(() => false);
    if (player && shown === true) return player;
    await person.read(page, 1);
  }
  return undefined;
}

/** The scenarios of late loads (frames, a reload), in the order e2e and the benchmark run them. */
export const FRAME_SCENARIOS: Scenario[] = [
  {
    name: 'reload-mid-read',
    title: 'reload-mid-read: a page read 6 s, reloaded, read 12 s more: all of it counts',
    run: (env) =>
      scenario('reload-mid-read', env, { '/tides.html': 1 }, async ({ person, url }) => {
        const page = await person.open(url('/tides.html'));
        await person.read(page, 6);
        await page.reload();
        await person.read(page, 12);
        await person.lookAway();
      }),
  },
  {
    name: 'iframe-ad-reloading',
    title:
      'iframe-ad-reloading: an ad iframe added 2 s into a read loads again every 0.8 s; read 14 s: all of it counts',
    run: (env) =>
      scenario('iframe-ad-reloading', env, { '/tides.html': 1 }, async ({ person, url, check }) => {
        const page = await person.open(url('/tides.html'));
        await person.read(page, 2);
        await insertFrame(page, crossOrigin(url('/ad.html')), { reloadMs: 800 });
        const before = person.moves.length;
        await person.read(page, 12);
        // A CDP pointer move over a frame loading a new document can wait forever for its
        // renderer (harness/tracking/pointer.ts): this scenario hung so, 2 in 20 runs at load.
        const ad = await page.locator('iframe').boundingBox();
        const moves = person.moves.slice(before);
        const onAd = moves.filter(
          ({ x, y }) => ad && x >= ad.x && x < ad.x + ad.width && y >= ad.y && y < ad.y + ad.height,
        );
        check(
          'the pointer never moved over the rotating ad',
          ad !== null && moves.length > 0 && onAd.length === 0,
          `${String(onAd.length)} of ${String(moves.length)} moves over the ad at ${JSON.stringify(ad)}`,
        );
        await person.lookAway();
      }),
  },
  {
    name: 'iframe-player-nested-late',
    title: `iframe-player-nested-late: an embed card swaps in a nested player 6 s into a read, whose muted video plays by itself, watched 40 s without input (idle after ${String(IDLE_THRESHOLD_SEC)} s): all of it counts`,
    // Review 10 F-frames-1: the reading path hears only its own iframes' loads, not one inside
    // another frame (harness/pages/late-player*.html).
    run: selfPlayingPlayer('iframe-player-nested-late', '/late-player.html', (page, playing) =>
      Promise.resolve([
        'the nested player came late and played',
        playing && page.frames().length === 3,
        `${String(page.frames().length)} frames`,
      ]),
    ),
  },
  {
    name: 'iframe-player-shown-late',
    title: `iframe-player-shown-late: a player hidden in the page (a modal) is shown 10 s in without loading, its muted video watched 40 s without input (idle after ${String(IDLE_THRESHOLD_SEC)} s): all of it counts`,
    // Review 11 F-fpres-1: the frame answered 0 x 0 when the worker asked the frames, so it got no
    // presence then; shown later, it fires no load (harness/pages/shown-late-player.html).
    run: selfPlayingPlayer(
      'iframe-player-shown-late',
      '/shown-late-player.html',
      async (page, playing) => {
        const shown = await page.locator('#player').isVisible();
        return [
          'the hidden player was shown and played',
          shown && playing,
          `shown ${String(shown)}`,
        ];
      },
    ),
  },
  ...INSERTED_PLAYER_SCENARIOS,
];
