import { MUTED_AD_SCENARIO } from './ad-scenario';
import { episodePlays, MUTED_TAB_SCENARIO, PODCAST, tabAudible } from './muted-tab-scenario';
import { recordedPages } from '../reading';
import { scenario, sleep, type Scenario } from './scenario';
import { recorded, updateSettings } from './session';
import { IDLE_THRESHOLD_SEC, wentIdle } from './web-scenarios';

/**
 * Kinds of real-web behaviour past issue #13's (session 16): a return by Back and Forward from
 * the back/forward cache, prerendered and background pages, audio, anchors and a page that reloads
 * itself. Pages in harness/pages/kinds/. Shared by e2e/tracking.spec.ts and `npm run bench:tracking`.
 */

const ALPHA = '/kinds/history-a.html';
const BRAVO = '/kinds/history-b.html';
const CHARLIE = '/kinds/prerender.html';
const ECHO = '/kinds/background.html';
const FOXTROT = '/kinds/never-shown.html';
const ANCHORS = '/kinds/anchors.html';
const ANCHORS_LATE = '/kinds/anchors.html?late=1';

/**
 * An article whose script adds `?utm_…` to its address by replaceState (`when`), read 24 s with
 * table-of-contents clicks and Back: one activity, all of it, and its head kept.
 */
function anchors(name: string, path: string, description: string, when: string): Scenario {
  return {
    name,
    title: `${name}: an article whose script adds ?utm_… by replaceState ${when}, read 24 s with table-of-contents clicks (#section-2, #section-3) and Back: one activity, all of it`,
    run: (env) =>
      scenario(name, env, { [path]: 1 }, async ({ person, session, url, check }) => {
        const page = await person.open(url(path));
        await person.read(page, 6);
        await page.click('a[href="#section-2"]');
        await person.read(page, 6);
        await page.click('a[href="#section-3"]');
        await person.read(page, 6);
        await page.goBack();
        await person.read(page, 6);
        const address = page.url();
        await person.lookAway();
        check(
          'the address has the campaign and a fragment',
          address.includes('utm_source'),
          address,
        );
        const activities = (await recordedPages(session.control)).filter((a) =>
          a.metadata.url.includes('/kinds/anchors'),
        );
        check(
          'one activity for the article',
          activities.length === 1,
          activities.map((a) => a.metadata.url).join(', '),
        );
        const kept = activities[0]?.metadata.description;
        check(
          'its head is kept (the campaign is no new route with a stale head)',
          kept?.startsWith(description) === true,
          `description ${JSON.stringify(kept)}`,
        );
      }),
  };
}

/** A page that reloads itself every 15 s (`how`), read 40 s: one engagement, all of it. */
function selfReloading(name: string, path: string, how: string): Scenario {
  return {
    name,
    title: `${name}: a live blog that reloads itself by ${how} every 15 s, read 40 s: one history item, all of it counts`,
    run: (env) =>
      scenario(name, env, { [path]: 1 }, async ({ person, url, check }) => {
        const page = await person.open(url(path));
        const first = await page.evaluate(() => performance.timeOrigin);
        await person.read(page, 40);
        const last = await page.evaluate(() => performance.timeOrigin);
        await person.lookAway();
        check(
          'the page reloaded itself',
          last - first > 25_000,
          `documents ${String(Math.round((last - first) / 1000))} s apart`,
        );
      }),
  };
}

/** Session 16's kinds, in the order e2e and the benchmark run them. */
export const KIND_SCENARIOS: Scenario[] = [
  {
    name: 'bfcache-return',
    title:
      'bfcache-return: Alpha 10 s, a link to Bravo 10 s, Back (Alpha from the back/forward cache) 10 s, Forward 6 s: Alpha 20 s and Bravo 16 s, one history item each',
    run: (env) =>
      scenario(
        'bfcache-return',
        env,
        { [ALPHA]: 1, [BRAVO]: 1 },
        async ({ person, session, url, check }) => {
          const page = await person.open(url(ALPHA));
          await person.read(page, 10);
          await person.navigate(page, () => page.click('#next'));
          await person.read(page, 10);
          const back = await person.navigate(page, async () => {
            await page.goBack({ waitUntil: 'commit' });
          });
          await person.read(page, 10);
          const forward = await person.navigate(page, async () => {
            await page.goForward({ waitUntil: 'commit' });
          });
          await person.read(page, 6);
          await person.lookAway();
          check(
            'Back restored Alpha from the back/forward cache',
            back,
            `restored ${String(back)}`,
          );
          check('Forward restored Bravo from it', forward, `restored ${String(forward)}`);
          for (const [path, title] of [
            [ALPHA, 'Alpha: Keeping Bees on a Balcony'],
            [BRAVO, 'Bravo: Wintering the Hives'],
          ] as const) {
            const { activity } = await recorded(session.control, url(path));
            check(
              `${path} is named by its own title`,
              activity?.metadata.title === title,
              `title ${JSON.stringify(activity?.metadata.title)}`,
            );
          }
        },
      ),
  },
  {
    name: 'background-tab',
    title:
      'background-tab: Charlie read 12 s opens Echo in a background tab (Ctrl+click), read 8 s more: Echo, never shown, gets nothing, nor Foxtrot, prerendered by speculation rules',
    run: (env) =>
      scenario(
        'background-tab',
        env,
        { [CHARLIE]: 1, [ECHO]: 0, [FOXTROT]: 0 },
        async ({ person, session, url, check }) => {
          const page = await person.open(url(CHARLIE));
          await person.read(page, 12);
          const opened = session.context.waitForEvent('page');
          await page.click('#aside', { modifiers: ['Control'] });
          const aside = await opened;
          await aside.waitForLoadState('load');
          await person.read(page, 8);
          await person.lookAway();
          const tab = await session.control.evaluate(
            async (u) => (await chrome.tabs.query({ url: u }))[0],
            url(ECHO),
          );
          check('Echo opened in a tab never made active', tab?.active === false, aside.url());
        },
      ),
  },
  {
    name: 'audio-podcast',
    title: `audio-podcast: a podcast (<audio>) heard 40 s without input (idle after ${String(IDLE_THRESHOLD_SEC)} s): all of it counts`,
    run: (env) =>
      scenario('audio-podcast', env, { [PODCAST]: 1 }, async ({ person, session, url, check }) => {
        await updateSettings(session.control, { idleThresholdSec: IDLE_THRESHOLD_SEC });
        const page = await person.open(url(PODCAST));
        await page.click('#play');
        await person.read(page, 2);
        const stoppedAt = await person.watch(page, 40);
        check('the episode plays', await episodePlays(page), '');
        check('the tab is audible', await tabAudible(session.control, url(PODCAST)), '');
        check(
          'chrome.idle said idle while it played',
          await wentIdle(session.control, stoppedAt),
          `threshold ${String(IDLE_THRESHOLD_SEC)} s`,
        );
        await person.lookAway();
      }),
  },
  {
    name: 'audio-muted',
    title: `audio-muted: a muted podcast plays on without input: it says nobody is there, read until chrome.idle says idle (${String(IDLE_THRESHOLD_SEC)} s), then 20 s more that do not count`,
    run: (env) => {
      const path = `${PODCAST}?muted=1`;
      return scenario(
        'audio-muted',
        env,
        { [path]: 1 },
        async ({ person, session, url, check }) => {
          await updateSettings(session.control, { idleThresholdSec: IDLE_THRESHOLD_SEC });
          const page = await person.open(url(path));
          await page.click('#play');
          await person.read(page, 2);
          // The most the extension may claim: until chrome.idle says idle.
          await person.goIdle();
          await sleep(20_000);
          check('the episode plays', await episodePlays(page), '');
          check('the tab is not audible', !(await tabAudible(session.control, url(path))), '');
          await person.lookAway();
        },
      );
    },
  },
  anchors('anchors-and-utm', ANCHORS, 'Footings', '2 s after load, before the read'),
  anchors('anchors-utm-late', ANCHORS_LATE, 'Footings', '8 s after load, once read'),
  selfReloading('live-blog-refresh', '/kinds/live-blog.html', 'a meta refresh'),
  selfReloading('live-blog-reload', '/kinds/live-blog.html?by=script', 'location.reload()'),
  MUTED_AD_SCENARIO,
  MUTED_TAB_SCENARIO,
];
