import { expect, test } from './fixtures/extension';
import { SCENARIOS } from '../harness/tracking/scenarios';
import { WEB_SCENARIOS } from '../harness/tracking/web-scenarios';
import { FRAME_SCENARIOS } from '../harness/tracking/frame-scenarios';
import { LATE_SWITCH_SCENARIOS } from '../harness/tracking/late-switch-scenario';
import { KIND_SCENARIOS } from '../harness/tracking/kind-scenarios';
import { ensureDisplay } from '../harness/tracking/display';

/**
 * Issues #4 and #13, Proof: scripted reading timelines in real (headed) Chromium whose true engaged
 * time is known, each within 0.5 s of what the extension records (issue #13's target, as
 * `npm run bench:tracking` holds them), with the expected history items: the seven of #4, then
 * the web as it is (harness/tracking/web-scenarios.ts: a single-page app, players in iframes, a
 * PDF, a sleeping machine, and the sign-in flow against the local sandbox, on its own login page
 * and federated to an organisation's identity provider on another origin, which is never
 * recorded).
 *
 * The scenarios (harness/tracking/scenarios.ts, shared with `npm run bench:tracking`) need an
 * X display: each worker starts a private Xvfb (scripts/e2e.sh runs them in two workers, and idle
 * and focus are per X display: harness/tracking/display.ts); without Xvfb, DISPLAY if this is the
 * only worker. Without either they fail; they never skip.
 *
 * True time is the person's ledger (harness/tracking/person.ts): wall-clock segments between
 * timestamps taken around the real actions, at the moment the browser carried each one out (a
 * page loaded, shown or hidden, focused or blurred, a route changed, a page running again after
 * the machine slept; harness/tracking/attention-log.ts), never before the action began: on a
 * loaded machine the browser acts hundreds of milliseconds after it is asked. For idle, reading is
 * taken to last until chrome.idle reports idle (the threshold after the last input, plus up to
 * ~1 s of chrome.idle polling), as heard by the extension's own options page: that is the most the
 * extension may claim. The return from idle is the moment input resumes.
 */

// One scenario per test, handed to whichever worker is free; each worker has its own display.
test.describe.configure({ mode: 'parallel' });

let stopDisplay: (() => Promise<void>) | undefined;
/**
 * The running scenario's step log (attention changes and pointer moves, timestamped): printed and
 * attached when it fails or times out, so a hang names its last step (the Playwright trace does
 * not cover the harness's own browser).
 */
let steps: string[] = [];

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
test.beforeAll(async ({}, testInfo) => {
  stopDisplay = await ensureDisplay({ mayShare: testInfo.config.workers === 1 });
});

test.afterAll(async () => {
  await stopDisplay?.();
});

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  const log = `Step log (${testInfo.status ?? 'unknown'} after ${String(testInfo.duration)} ms), last 60 steps:\n${steps.slice(-60).join('\n')}`;
  console.log(log);
  await testInfo.attach('steps.txt', { body: steps.join('\n'), contentType: 'text/plain' });
});

// The late switch is e2e only: a forced mechanism, not a way of reading (bench:tracking's table).
for (const scenario of [
  ...SCENARIOS,
  ...WEB_SCENARIOS,
  ...FRAME_SCENARIOS,
  ...LATE_SWITCH_SCENARIOS,
  ...KIND_SCENARIOS,
]) {
  test(scenario.title, async ({ pages }, testInfo) => {
    steps = [];
    const result = await scenario.run({
      pages,
      profileDir: testInfo.outputPath('profile'),
      log: (line) => {
        console.log(line);
      },
      trace: (line) => {
        steps.push(line);
        if (process.env.TRACKING_TRACE) console.log(line);
      },
    });
    await testInfo.attach('result.json', {
      body: JSON.stringify(result, null, 2),
      contentType: 'application/json',
    });
    for (const check of result.checks)
      expect(check.ok, `${check.what}: ${check.detail}`).toBe(true);
    for (const page of result.pages) {
      const label = `${page.url}: measured ${String(page.measuredSeconds)} s, true ${String(page.trueSeconds)} s`;
      expect(page.historyItems, `${label}, history items`).toBe(
        result.expectedHistoryItems[page.url],
      );
      expect(Math.abs(page.measuredSeconds - page.trueSeconds), label).toBeLessThanOrEqual(0.5);
    }
  });
}
