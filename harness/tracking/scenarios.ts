// Over 250 lines on purpose: SCENARIOS is one table of scripted reading timelines, read in order.
import type { PageServer } from '../page-server';
import { Person } from './person';
import { StampProbe } from './stamp-probe';
import {
  openDisplay,
  openTrackingSession,
  recorded,
  stopServiceWorker,
  updateSettings,
  watchServiceWorker,
  type TrackingSession,
} from './session';
import type { XDisplay } from './x11';

/**
 * Scripted reading timelines whose true engaged time is known (issue #4, Proof), shared by the
 * Playwright spec (e2e/tracking.spec.ts) and the bench (bench/tracking.ts). Each scenario runs a
 * fresh headed Chromium with the built extension under Xvfb, plays a person through it, then
 * compares what the extension recorded with the person's ledger (see Person).
 */

export interface PageResult {
  url: string;
  trueSeconds: number;
  measuredSeconds: number;
  historyItems: number;
}

export interface ScenarioResult {
  name: string;
  pages: PageResult[];
  maxAbsErrorSeconds: number;
  /** History items each page must have (the Proof's "one history item", "two history items"). */
  expectedHistoryItems: Record<string, number>;
  /** Further facts the scenario asserts about itself, e.g. that the worker really was stopped. */
  checks: { what: string; ok: boolean; detail: string }[];
}

export interface ScenarioEnv {
  pages: PageServer;
  /** A fresh, empty directory for the browser profile. */
  profileDir: string;
  log?: (line: string) => void;
  /**
   * Receives the step log, a timestamped line per change of attention and per pointer move (the
   * e2e spec keeps it and prints it when a scenario fails or times out); without it, `log` gets
   * it when TRACKING_TRACE is set.
   */
  trace?: (line: string) => void;
}

export interface Scenario {
  name: string;
  title: string;
  run(env: ScenarioEnv): Promise<ScenarioResult>;
}

const A = '/tides.html';
const B = '/sourdough.html';

export interface Run {
  env: ScenarioEnv;
  x: XDisplay;
  session: TrackingSession;
  person: Person;
  url: (path: string) => string;
  check: (what: string, ok: boolean, detail: string) => void;
}

/**
 * Launches the browser (with `browserArgs`), lets the person arrive, runs `script`, then compares
 * what the extension recorded for each page of `expected` (path → history items it must have)
 * with the ledger.
 */
export async function scenario(
  name: string,
  env: ScenarioEnv,
  expected: Record<string, number>,
  script: (run: Run) => Promise<void>,
  browserArgs: string[] = [],
): Promise<ScenarioResult> {
  const x = await openDisplay();
  const checks: ScenarioResult['checks'] = [];
  let run: Run | undefined;
  try {
    const session = await openTrackingSession(env.profileDir, x, browserArgs);
    const trace = env.trace ?? (process.env.TRACKING_TRACE ? env.log : undefined);
    // The control page changes when the browser is relaunched (scenario e): ask the run for it.
    const probe = process.env.TRACKING_STAMPS
      ? new StampProbe(() => run?.session.control ?? session.control)
      : undefined;
    const person = new Person(session, trace, probe);
    run = {
      env,
      x,
      session,
      person,
      url: (path) => env.pages.url(path),
      check: (what, ok, detail) => {
        checks.push({ what, ok, detail });
        env.log?.(`  ${ok ? 'ok' : 'FAILED'}: ${what} (${detail})`);
      },
    };
    await person.arrive();
    await script(run);
    person.done();
    for (const line of (await probe?.report()) ?? []) env.log?.(line);
    trace?.('  measuring');
    const pages: PageResult[] = [];
    for (const path of Object.keys(expected)) {
      const url = env.pages.url(path);
      const measured = await recorded(run.session.control, url);
      pages.push({
        url,
        trueSeconds: round(person.trueSeconds(url)),
        measuredSeconds: round(measured.seconds),
        historyItems: measured.historyItems,
      });
    }
    const maxAbsErrorSeconds = round(
      Math.max(...pages.map((p) => Math.abs(p.measuredSeconds - p.trueSeconds))),
    );
    for (const page of pages) {
      env.log?.(
        `  ${page.url}: true ${page.trueSeconds.toFixed(2)} s, measured ` +
          `${page.measuredSeconds.toFixed(2)} s, ${String(page.historyItems)} history item(s)`,
      );
    }
    return {
      name,
      pages,
      maxAbsErrorSeconds,
      expectedHistoryItems: Object.fromEntries(
        Object.entries(expected).map(([path, n]) => [env.pages.url(path), n]),
      ),
      checks,
    };
  } finally {
    run?.person.leave();
    await run?.session.context.close().catch(() => undefined);
    x.close();
  }

  function round(seconds: number): number {
    return Math.round(seconds * 100) / 100;
  }
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'a-switch-tabs',
    title: '(a) read A 20 s, B 10 s, A 10 s: A 30 s in one history item, B 10 s',
    run: (env) =>
      scenario('a-switch-tabs', env, { [A]: 1, [B]: 1 }, async ({ person, url }) => {
        const a = await person.open(url(A));
        await person.read(a, 20);
        const b = await person.open(url(B));
        await person.read(b, 10);
        await person.read(a, 10);
        await person.lookAway();
      }),
  },
  {
    name: 'b-window-unfocused',
    title: '(b) the browser window unfocused for 10 s in the middle: excluded',
    run: (env) =>
      scenario('b-window-unfocused', env, { [A]: 1 }, async ({ person, url }) => {
        const a = await person.open(url(A));
        await person.read(a, 6);
        await person.switchToOtherApplication();
        await sleep(10_000);
        await person.read(a, 6);
        await person.lookAway();
      }),
  },
  {
    name: 'c-worker-stopped',
    title: '(c) the service worker stopped twice mid-read: no loss',
    run: (env) =>
      scenario('c-worker-stopped', env, { [A]: 1 }, async ({ person, session, url, check }) => {
        const watch = await watchServiceWorker(session.control, session.context);
        const a = await person.open(url(A));
        await person.read(a, 8);
        await stopServiceWorker(session.control, watch.cdp);
        await person.read(a, 8);
        await stopServiceWorker(session.control, watch.cdp);
        await person.read(a, 8);
        await person.lookAway();
        check(
          'the worker was stopped twice and restarted by the reading itself',
          watch.starts() >= 2,
          `${String(watch.starts())} restarts`,
        );
        await watch.cdp.detach();
      }),
  },
  {
    name: 'd-idle',
    title: '(d) the user goes idle (chrome.idle, 15 s threshold): idle time excluded',
    run: (env) =>
      scenario('d-idle', env, { [A]: 1 }, async ({ person, session, url, check, env: e }) => {
        await updateSettings(session.control, { idleThresholdSec: 15 });
        const a = await person.open(url(A));
        await person.read(a, 8);
        // True time runs until chrome.idle reports idle: from the last input the reader may still
        // have been reading, and the idle threshold is exactly how long the extension (like the
        // user, in the options) is willing to assume so. Measured against that event as the
        // extension's own page hears it, the error is the worker's, not chrome.idle's polling.
        const { lastXInputSentAt, idleAt } = await person.goIdle();
        const idleLag = (idleAt - lastXInputSentAt) / 1000 - 15;
        check(
          'chrome.idle reported idle about 15 s after the last X input',
          idleLag >= -0.1 && idleLag < 2,
          `${idleLag.toFixed(2)} s after the threshold`,
        );
        await sleep(3_000);
        const { backAt, activeAt } = await person.returnTo(a, 6);
        await person.lookAway();
        e.log?.(
          `  chrome.idle: idle ${idleLag.toFixed(2)} s after the 15 s threshold, active ` +
            `${((activeAt - backAt) / 1000).toFixed(2)} s after input resumed`,
        );
      }),
  },
  {
    name: 'e-browser-relaunched',
    title: '(e) browser quit and relaunched mid-read: the engagement ends at the last activity',
    run: (env) =>
      scenario('e-browser-relaunched', env, { [A]: 1, [B]: 1 }, async (run) => {
        const { person, url, check, env: e, x } = run;
        const a = await person.open(url(A));
        await person.read(a, 8);
        const readUntil = await person.quitBrowser();
        await sleep(3_000);
        run.session = await openTrackingSession(e.profileDir, x);
        person.useSession(run.session);
        const { activity } = await recorded(run.session.control, url(A));
        const item = activity?.historyItems[0];
        const lag = item ? (readUntil - item.lastActiveAt) / 1000 : Infinity;
        check(
          'the engagement left open by the quit ends where reading stopped',
          Math.abs(lag) <= 1,
          `lastActiveAt ${lag.toFixed(2)} s before reading stopped`,
        );
        // Reading goes on normally in the relaunched browser.
        const b = await person.open(url(B));
        // Well over the 5 s minimum engagement, so rounding cannot drop it.
        await person.read(b, 7);
        await person.lookAway();
      }),
  },
  {
    name: 'h-quit-mid-read',
    title:
      '(h) the browser quit three times 6.5 s into a read (after its report, before more input ' +
      'is sent): each read kept up to the quit',
    run: (env) =>
      scenario('h-quit-mid-read', env, { [A]: 1 }, async (run) => {
        const { person, url, env: e, x } = run;
        for (let quit = 1; quit <= 3; quit++) {
          // The page reports at 4 s and sends input at most every 5 s: what follows its report
          // is kept only if the worker's note of the tab closing outlives the quit.
          const a = await person.open(url(A));
          await person.read(a, 6.5);
          await person.quitBrowser();
          run.session = await openTrackingSession(e.profileDir, x);
          person.useSession(run.session);
        }
      }),
  },
  {
    name: 'f-two-windows',
    title: '(f) two windows side by side: only the focused one counts',
    run: (env) =>
      scenario(
        'f-two-windows',
        env,
        { [A]: 1, [B]: 1 },
        async ({ person, session, url, x, check }) => {
          const a = await person.open(url(A));
          const half = Math.floor(x.width / 2);
          const height = x.height - 40;
          // The first window on the left half, a second one on the right half: both fully visible.
          await session.control.evaluate(
            async ({ w, h }) => {
              const current = await chrome.windows.getCurrent();
              await chrome.windows.update(current.id ?? -1, {
                left: 0,
                top: 0,
                width: w,
                height: h,
              });
            },
            { w: half, h: height },
          );
          await person.read(a, 6);
          const b = await person.openWindow(url(B), { left: half, top: 0, width: half, height });
          await person.read(b, 6);
          const visibility = await a.evaluate(() => document.visibilityState);
          check('A stays visible beside B', visibility === 'visible', `A is ${visibility}`);
          await person.read(a, 6);
          await person.read(b, 4);
          await person.switchToOtherApplication();
        },
      ),
  },
  {
    name: 'g-return-after-gap',
    title: '(g) a return after the continuation gap (30 s): two history items',
    run: (env) =>
      scenario('g-return-after-gap', env, { [A]: 2 }, async ({ person, session, url }) => {
        await updateSettings(session.control, { continuationGapSec: 30 });
        const a = await person.open(url(A));
        await person.read(a, 6);
        await person.lookAway();
        // Just over the 30 s gap since the last banked moment.
        await sleep(32_000);
        await person.read(a, 6);
        await person.lookAway();
      }),
  },
];

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
