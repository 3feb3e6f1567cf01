import { crossOrigin, insertFrame } from './insert-frame';
import { scenario, type Scenario } from './scenario';
import { updateSettings } from './session';
import { IDLE_THRESHOLD_SEC, idleSince, withCases } from './web-scenarios';

/** How long the ad's video plays (harness/pages/ad-video.html `?s=`): it ends past idle. */
const AD_SECONDS = 24;

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
        await page.frameLocator('iframe[src*="player.html"]').locator('#play').click();
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

/** A player inserted late, alone and beside an ad frame, in the order e2e and the bench run them. */
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
];
