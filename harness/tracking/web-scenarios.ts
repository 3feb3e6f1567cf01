import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { requireSharedDir } from '../../src/testing/shared-dir';
import { startPageServer, type PageServer } from '../page-server';
import { scenario, type Scenario } from './scenario';
import { FEDERATED_SIGN_IN_SCENARIO, SIGN_IN_SCENARIO } from './sign-in-scenario';
import { recorded, updateSettings } from './session';

/**
 * Issue #13's scenarios, the web as it is: the shared fault cases (../shared/cases) and a machine
 * that sleeps. Shared by e2e/tracking.spec.ts and `npm run bench:tracking`, like SCENARIOS.
 */

/** The shared fault cases, served in place on a server of their own. */
export async function withCases<T>(work: (cases: PageServer) => Promise<T>): Promise<T> {
  const cases = await startPageServer(join(requireSharedDir('cases'), 'cases'));
  try {
    return await work(cases);
  } finally {
    await cases.close();
  }
}

/** How long the whole browser is stopped: longer than any silence the tracker tolerates. */
const SLEEP_SECONDS = 45;
/** chrome.idle's threshold in the watching scenarios: the video plays well past it. */
export const IDLE_THRESHOLD_SEC = 15;

/**
 * Whether chrome.idle said idle (as the options page heard it) after `since`. Asked once a watch
 * well past the threshold is over, so the options page's log already holds it if it came: read
 * at once, with no deadline (on a loaded machine, the question alone can take over a second).
 */
export async function wentIdle(control: Page, since: number): Promise<boolean> {
  return (await idleSince(control, since)) !== undefined;
}

/** When chrome.idle first said idle after `since` (epoch ms, as wentIdle hears it), if it did. */
export async function idleSince(control: Page, since: number): Promise<number | undefined> {
  return (await idleStatesSince(control, since)).find((e) => e.state === 'idle')?.at;
}

/** What chrome.idle said from `since` on (epoch ms, as wentIdle hears it), in order. */
export async function idleStatesSince(
  control: Page,
  since: number,
): Promise<{ state: string; at: number }[]> {
  return control.evaluate((t) => {
    const log = (globalThis as unknown as { idleLog: { state: string; at: number }[] }).idleLog;
    return log.filter((e) => e.at >= t);
  }, since);
}

/** Presses the player's Play button (in the iframe, or in the page itself with `?inline=1`). */
async function play(page: Page, inFrame: boolean): Promise<void> {
  if (inFrame) await page.frameLocator('iframe').locator('#play').click();
  else await page.locator('#slot button').click();
}

function iframeVideo(name: string, crossOrigin: boolean): Scenario {
  const where = crossOrigin ? 'a cross-origin' : 'a same-origin';
  return {
    name,
    title: `${name}: a muted video in ${where} iframe watched 40 s without input (idle after ${String(IDLE_THRESHOLD_SEC)} s): all of it counts`,
    run: (env) =>
      withCases((cases) => {
        // Another site (localhost, not 127.0.0.1): Chromium runs the player in its own process.
        const player = cases.url('/video-in-iframe/player.html').replace('127.0.0.1', 'localhost');
        const query = crossOrigin ? `?player=${encodeURIComponent(player)}` : '';
        const url = cases.url(`/video-in-iframe/page.html${query}`);
        return scenario(name, env, { [url]: 1 }, async ({ person, session, check }) => {
          await updateSettings(session.control, { idleThresholdSec: IDLE_THRESHOLD_SEC });
          const page = await person.open(url);
          await play(page, true);
          await person.read(page, 2);
          const stoppedAt = await person.watch(page, 40);
          check(
            'chrome.idle said idle while the video played',
            await wentIdle(session.control, stoppedAt),
            `threshold ${String(IDLE_THRESHOLD_SEC)} s`,
          );
          const frameOrigin = new URL(page.frames()[1]?.url() ?? url).origin;
          check(
            crossOrigin ? 'the player is cross-origin' : 'the player is same-origin',
            (frameOrigin !== cases.origin) === crossOrigin,
            `player at ${frameOrigin}`,
          );
          await person.lookAway();
        });
      }),
  };
}

/**
 * Tracking scenarios on pages shaped like real sites: SPA routes, a PDF viewer, frozen pages,
 * iframe video.
 */
export const WEB_SCENARIOS: Scenario[] = [
  {
    name: 'spa-stale-head',
    title:
      'spa-stale-head: Alpha 20 s, Bravo (pushState, stale head, title 1.5 s late) 40 s, back to Alpha 10 s',
    run: (env) =>
      withCases((cases) => {
        const alpha = cases.url('/spa-stale-head/page.html?v=alpha');
        const bravo = cases.url('/spa-stale-head/page.html?v=bravo');
        return scenario(
          'spa-stale-head',
          env,
          { [alpha]: 1, [bravo]: 1 },
          async ({ person, session, check }) => {
            const page = await person.open(alpha);
            await person.read(page, 20);
            await person.navigateWithin(page, () => page.click('#to-bravo'));
            await person.read(page, 40);
            await person.navigateWithin(page, async () => {
              await page.goBack();
            });
            await person.read(page, 10);
            await person.lookAway();
            const { activity } = await recorded(session.control, bravo);
            check(
              'Bravo is named by its own title, not the stale head',
              activity?.metadata.title === 'Bravo: Restoring a Lighthouse Lens',
              `title ${JSON.stringify(activity?.metadata.title)}`,
            );
          },
        );
      }),
  },
  iframeVideo('iframe-video-same-origin', false),
  iframeVideo('iframe-video-cross-origin', true),
  {
    name: 'pdf-viewer',
    title: 'pdf-viewer: a PDF read 25 s in the built-in viewer, named by its own title',
    run: (env) =>
      withCases((cases) => {
        const pdf = cases.url('/pdf-in-viewer/paper.pdf');
        return scenario('pdf-viewer', env, { [pdf]: 1 }, async ({ person, session, check }) => {
          const page = await person.open(pdf);
          await person.read(page, 25);
          await person.lookAway();
          const { activity } = await recorded(session.control, pdf);
          check(
            'the PDF is named by the title the tab shows',
            activity?.metadata.title === 'Field Notes on Measuring Reading Time',
            `title ${JSON.stringify(activity?.metadata.title)}`,
          );
        });
      }),
  },
  {
    name: 'freeze-with-media',
    title: `freeze-with-media: a muted video watched 25 s, the machine asleep ${String(SLEEP_SECONDS)} s, watched 20 s more: the sleep never counts`,
    run: (env) =>
      withCases((cases) => {
        const url = cases.url('/video-in-iframe/page.html?inline=1');
        return scenario(
          'freeze-with-media',
          env,
          { [url]: 1 },
          async ({ person, session, check }) => {
            await updateSettings(session.control, { idleThresholdSec: IDLE_THRESHOLD_SEC });
            const page = await person.open(url);
            await play(page, false);
            await person.read(page, 1);
            const stoppedAt = await person.watch(page, 25);
            await person.sleepMachine(SLEEP_SECONDS);
            await person.watch(page, 20);
            check(
              'chrome.idle said idle while the video played',
              await wentIdle(session.control, stoppedAt),
              `threshold ${String(IDLE_THRESHOLD_SEC)} s`,
            );
            await person.lookAway();
          },
        );
      }),
  },
  {
    name: 'freeze-article',
    title: `freeze-article: an article read 20 s, the machine asleep ${String(SLEEP_SECONDS)} s, read 10 s more: the sleep never counts`,
    run: (env) =>
      scenario('freeze-article', env, { '/tides.html': 1 }, async ({ person, url }) => {
        const page = await person.open(url('/tides.html'));
        await person.read(page, 20);
        await person.sleepMachine(SLEEP_SECONDS);
        await person.read(page, 10);
        await person.lookAway();
      }),
  },
  SIGN_IN_SCENARIO,
  FEDERATED_SIGN_IN_SCENARIO,
];
