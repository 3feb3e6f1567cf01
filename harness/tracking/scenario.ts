// Running one scripted reading timeline and comparing what the extension recorded with the
// person's ledger: the types the scenario tables share (scenarios.ts, web-scenarios.ts,
// frame-scenarios.ts, sign-in-scenario.ts) and `scenario()` itself.
import type { PageServer } from '../page-server';
import { Person } from './person';
import { StampProbe } from './stamp-probe';
import { openDisplay } from './display';
import { openTrackingSession, recorded, type TrackingSession } from './session';
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

/** What a scenario measured: each page's true and recorded seconds, and the largest error. */
export interface ScenarioResult {
  name: string;
  pages: PageResult[];
  maxAbsErrorSeconds: number;
  /** History items each page must have (the Proof's "one history item", "two history items"). */
  expectedHistoryItems: Record<string, number>;
  /** Further facts the scenario asserts about itself, e.g. that the worker really was stopped. */
  checks: { what: string; ok: boolean; detail: string }[];
}

/** What a scenario runs with: the pages served, a fresh profile directory, logs. */
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

/** A tracking scenario: its name (for grep), its title, and how to run it. */
export interface Scenario {
  name: string;
  title: string;
  run(env: ScenarioEnv): Promise<ScenarioResult>;
}

/** What a scenario's script works with: the browser session, the person, page URLs, checks. */
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

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
