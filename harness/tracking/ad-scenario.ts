import type { Page } from 'playwright-core';
import { scenario, sleep, type Scenario } from './scenario';
import { updateSettings } from './session';
import { IDLE_THRESHOLD_SEC } from './web-scenarios';

const ARTICLE = '/kinds/ad-article.html';

/**
 * The ad frame's state: its origin, whether its video plays, and whether it had been activated as
 * the frame itself noted it (Playwright evaluates with a user gesture, so asking activates it).
 */
const adState = async (page: Page) => {
  const frame = page.frames().find((f) => f.url().includes('/late-player-video.html'));
  const state = await frame?.evaluate(() => {
    const video = document.querySelector('video');
    return { plays: video !== null && !video.paused, activated: document.body.dataset.activated };
  });
  return { origin: frame ? new URL(frame.url()).origin : '', plays: false, ...state };
};

/** Whether the page's hero plays, and as a decoration: muted, looping, without controls. */
const heroState = (page: Page) =>
  page.evaluate(() => {
    const hero = document.querySelector<HTMLVideoElement>('#hero');
    return {
      plays: hero !== null && !hero.paused,
      decorative: hero !== null && hero.muted && hero.loop && !hero.controls,
    };
  });

/**
 * `muted-autoplay-ad` (review F-track-5 and its follow-up): an article under a hero, a muted video
 * looping without controls, and whose frame, from another site, holds a muted video the frame
 * starts itself (harness/pages/late-player-video.html, as an outstream ad does; page
 * harness/pages/kinds/ad-article.html). Read 20 s, with a click on the hero's blank area and one
 * on the text (no link), then the reader walks away: time stops at chrome.idle's threshold, as for
 * an article without media (20 s more that do not count). A muted video is presence only when it
 * is the reader's (src/content/reader-media.ts); with the document's activation alone, the click
 * made the hero count until it stopped.
 */
export const MUTED_AD_SCENARIO: Scenario = {
  name: 'muted-autoplay-ad',
  title: `muted-autoplay-ad: an article under a muted hero loop, its cross-origin frame autoplaying a muted video, read 20 s with a click on the hero and one on the text, then the reader walks away: counted until chrome.idle says idle (${String(IDLE_THRESHOLD_SEC)} s), the 20 s after do not count`,
  run: (env) =>
    scenario(
      'muted-autoplay-ad',
      env,
      { [ARTICLE]: 1 },
      async ({ person, session, url, check }) => {
        await updateSettings(session.control, { idleThresholdSec: IDLE_THRESHOLD_SEC });
        const page = await person.open(url(ARTICLE));
        await person.read(page, 6);
        // Link-less clicks, as a reader makes to focus the page or out of habit: the hero's blank
        // area, then the article's text. Neither is a sign that the hero is watched.
        await page.locator('#hero').click();
        await person.read(page, 7);
        await page.locator('#count').click();
        await person.read(page, 7);
        await person.goIdle();
        await sleep(20_000);
        const hero = await heroState(page);
        check(
          'the hero plays, a muted loop without controls',
          hero.plays && hero.decorative,
          JSON.stringify(hero),
        );
        // Asked before looking away: Chromium may pause a muted autoplay video in a hidden tab.
        const state = await adState(page);
        const said = JSON.stringify(state);
        check('the ad plays, muted, in its frame', state.plays, said);
        check('the ad is cross-origin', !url(ARTICLE).startsWith(state.origin), state.origin);
        check('nobody activated the ad frame', state.activated === 'false', said);
        await person.lookAway();
      },
    ),
};
