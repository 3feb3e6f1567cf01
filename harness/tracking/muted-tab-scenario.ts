import type { Page } from 'playwright-core';
import { scenario, sleep, type Scenario } from './scenario';
import { updateSettings } from './session';
import { IDLE_THRESHOLD_SEC } from './web-scenarios';

/** The podcast page: an <audio> episode its Play button starts (`?muted=1`: the element muted). */
export const PODCAST = '/kinds/podcast.html';

/** Whether the podcast page's episode is playing now. */
export const episodePlays = (page: Page) =>
  page.evaluate(() => {
    const audio = document.querySelector('audio');
    return audio !== null && !audio.paused && !audio.ended;
  });

/** Whether Chromium says the tab showing `url` is audible. */
export const tabAudible = (control: Page, url: string) =>
  control.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.audible ?? false, url);

/**
 * Mutes the tab showing `url` as the tab strip's speaker icon or its menu does
 * (`tabs.Tab.mutedInfo.muted`; no CDP command mutes a tab), from the extension's control page;
 * says what the browser then tells of the tab's sound.
 */
async function muteTab(control: Page, url: string) {
  return control.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    if (tab?.id === undefined) throw new Error(`no tab shows ${u}`);
    const muted = await chrome.tabs.update(tab.id, { muted: true });
    return { muted: muted?.mutedInfo?.muted ?? false, audible: muted?.audible ?? false };
  }, url);
}

/**
 * `audio-tab-muted` (review F-track-7): a podcast the reader plays, then mutes from the tab
 * strip, 2 s in; the page's <audio> still plays, unmuted as far as the page knows, and the browser
 * still calls the tab audible. The reader walks away: nobody hears it, so time stops at
 * chrome.idle's threshold as for an article without media (on main before the fix: 37.20 s
 * counted for 17.09 attended), never 20 s later when the scenario ends.
 */
export const MUTED_TAB_SCENARIO: Scenario = {
  name: 'audio-tab-muted',
  title: `audio-tab-muted: a podcast played, then its tab muted from the tab strip (its <audio> still unmuted and playing): read until chrome.idle says idle (${String(IDLE_THRESHOLD_SEC)} s), the 20 s after do not count`,
  run: (env) =>
    scenario('audio-tab-muted', env, { [PODCAST]: 1 }, async ({ person, session, url, check }) => {
      await updateSettings(session.control, { idleThresholdSec: IDLE_THRESHOLD_SEC });
      const page = await person.open(url(PODCAST));
      await page.click('#play');
      await person.read(page, 2);
      const tab = await muteTab(session.control, url(PODCAST));
      check('the tab is muted', tab.muted, JSON.stringify(tab));
      await person.goIdle();
      await sleep(20_000);
      check('the episode plays', await episodePlays(page), '');
      const element = await page.evaluate(() => document.querySelector('audio')?.muted);
      check("the page's <audio> is not muted", element === false, String(element));
      // Chromium keeps `audible` true in a muted tab: the tab makes sound nobody hears.
      const audible = await tabAudible(session.control, url(PODCAST));
      check('Chromium still says the muted tab is audible', audible, String(audible));
      await person.lookAway();
    }),
};
