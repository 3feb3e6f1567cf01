import type { Page } from 'playwright-core';
import { crossOrigin, insertFrame } from './insert-frame';
import { scenario, sleep, type Scenario } from './scenario';
import { updateSettings } from './session';
import { IDLE_THRESHOLD_SEC, idleSince, idleStatesSince, withCases } from './web-scenarios';

/** How long the ad's video plays (harness/pages/ad-video.html `?s=`): it ends past idle. */
const AD_SECONDS = 24;
/** The shared cases' video-in-iframe player, as inserted (cross-origin). */
const PLAYER_FRAME = 'iframe[src*="player.html"]';

/**
 * A player iframe inserted into tides.html 6 s into a read (the shared cases' video-in-iframe
 * player, cross-origin), its muted video started by a click and watched 40 s without input, past
 * idle. With `ad`, an ad slot is inserted beside it whose video (sound on, started by a click
 * too) ends by itself a few seconds into idle, the ad frame saying it plays nothing from then:
 * each frame has its own presence script, and that word is the ad frame's alone
 * (src/tracking/frame-media.ts, issue #13). Before frames were told apart, the video watched in
 * the player frame stopped counting until the player's next heartbeat (up to 15 s).
 */
function insertedPlayer(name: string, ad: boolean): Scenario['run'] {
  return (env) =>
    withCases((cases) =>
      scenario(name, env, { '/tides.html': 1 }, async ({ person, session, url, check }) => {
        await updateSettings(session.control, { idleThresholdSec: IDLE_THRESHOLD_SEC });
        const page = await person.open(url('/tides.html'));
        await person.read(page, 6);
        await insertFrame(page, crossOrigin(cases.url('/video-in-iframe/player.html')));
        if (ad) {
          await insertFrame(page, crossOrigin(url(`/ad-video.html?s=${String(AD_SECONDS)}`)), {});
          await page.frameLocator('iframe[src*="ad-video"]').locator('#play').click();
        }
        await page.frameLocator(PLAYER_FRAME).locator('#play').click();
        await person.read(page, 1);
        const stoppedAt = await person.watch(page, 40);
        const idleAt = await idleSince(session.control, stoppedAt);
        check(
          'chrome.idle said idle while the video played',
          idleAt !== undefined,
          `threshold ${String(IDLE_THRESHOLD_SEC)} s`,
        );
        if (ad) {
          const adFrame = page.frames().find((frame) => frame.url().includes('ad-video.html'));
          const endedAt = await adFrame
            ?.evaluate(() => (window as unknown as { endedAt?: number }).endedAt)
            .catch(() => undefined);
          check(
            "the ad's video ended while chrome.idle said idle",
            idleAt !== undefined && endedAt !== undefined && endedAt > idleAt,
            `idle at ${String(idleAt)}, ad ended at ${String(endedAt)}`,
          );
        }
        await person.lookAway();
      }),
    );
}

/** Seconds the player is watched without input before the page removes it: past idle. */
const WATCHED_SECONDS = 20;
/**
 * Seconds the page stays in front once the player is gone. The player's last heartbeat (they are
 * 15 s apart) came at most 15 s before the removal: without the frame's "stopped" word as it
 * goes, its "playing" would still hold when the reader looks away (within the silence limit,
 * 30 s), and all of these seconds would count. Not longer: past the silence limit the tracker
 * drops the whole silence back to that heartbeat, a shortfall of anything from 0 to 15 s.
 */
const AFTER_REMOVAL_SECONDS = 12;

/**
 * Takes a screen wake lock in `page` (navigator.wakeLock, as a recipe or slides page keeps the
 * screen on), as the page's own script would; resolves whether it was granted. Why: while a video
 * plays, Chromium holds the X screensaver off, and when the last hold ends X restarts its idle
 * time (XScreenSaverSuspend ended; measured in this Xvfb, X.Org 21). chrome.idle then said
 * "active" 0.4 s after the player went, with nobody there, and the tab rightly counted again for
 * the idle threshold. The page's own hold outlives the video, so idle stays idle.
 */
const holdScreenOn = (page: Page): Promise<boolean> =>
  page.evaluate(() =>
    navigator.wakeLock.request('screen').then(
      () => true,
      () => false,
    ),
  );

/**
 * `iframe-player-removed`: iframe-player-late's player, watched without input past idle, then
 * removed by the page's own script (a video overlay closed, a player swapped out) while its video
 * plays. The frame says its media stopped on `pagehide` (src/content/frame-presence.ts): counting
 * stops at the removal, not when the frame's last "playing" falls past the silence limit.
 */
const removedPlayer: Scenario['run'] = (env) =>
  withCases((cases) =>
    scenario(
      'iframe-player-removed',
      env,
      { '/tides.html': 1 },
      async ({ person, session, url, check }) => {
        await updateSettings(session.control, { idleThresholdSec: IDLE_THRESHOLD_SEC });
        const page = await person.open(url('/tides.html'));
        const screenOn = await holdScreenOn(page);
        await person.read(page, 6);
        await insertFrame(page, crossOrigin(cases.url('/video-in-iframe/player.html')));
        await page.frameLocator(PLAYER_FRAME).locator('#play').click();
        await person.read(page, 1);
        const stoppedAt = await person.watch(page, WATCHED_SECONDS);
        const player = page.frames().find((frame) => frame.url().includes('player.html'));
        const played = await player
          ?.evaluate(() => !(document.querySelector('video')?.paused ?? true))
          .catch(() => false);
        const removedAt = await page.evaluate((selector) => {
          const at = Date.now();
          document.querySelector(selector)?.remove();
          return at;
        }, PLAYER_FRAME);
        // Idle, with nothing playing: the extension may claim no more from here (as goIdle).
        person.lostSight(removedAt);
        await sleep(AFTER_REMOVAL_SECONDS * 1000);
        check(
          'the video played in its frame until the page removed the frame',
          played === true && player?.isDetached() === true,
          `played ${String(played)}, ${String(page.frames().length)} frame(s) left`,
        );
        const idle = await idleStatesSince(session.control, stoppedAt);
        check(
          'chrome.idle said idle before the player was removed, and nothing more',
          screenOn && idle.length === 1 && idle[0]?.state === 'idle' && idle[0].at < removedAt,
          `screen wake lock ${String(screenOn)}, removed at ${String(removedAt)}, chrome.idle ${JSON.stringify(idle)}`,
        );
        await person.lookAway();
      },
    ),
  );

/**
 * A player inserted late, alone, beside an ad frame, and removed past idle, in the order e2e and
 * the bench run them.
 */
export const INSERTED_PLAYER_SCENARIOS: Scenario[] = [
  {
    name: 'iframe-player-late',
    title: `iframe-player-late: a player iframe inserted 6 s into a read, its muted video watched 40 s without input (idle after ${String(IDLE_THRESHOLD_SEC)} s): all of it counts`,
    run: insertedPlayer('iframe-player-late', false),
  },
  {
    name: 'iframe-player-beside-ad',
    title: `iframe-player-beside-ad: a player and an ad iframe inserted 6 s into a read, the ad's video (sound on) ending ${String(AD_SECONDS)} s later, past idle (${String(IDLE_THRESHOLD_SEC)} s), while the player's muted video is watched 40 s without input: all of it counts`,
    run: insertedPlayer('iframe-player-beside-ad', true),
  },
  {
    name: 'iframe-player-removed',
    title: `iframe-player-removed: a player iframe inserted 6 s into a read, its muted video watched ${String(WATCHED_SECONDS)} s without input (idle after ${String(IDLE_THRESHOLD_SEC)} s), then removed by the page while it plays, the page in front ${String(AFTER_REMOVAL_SECONDS)} s more: counted until the removal`,
    run: removedPlayer,
  },
];
