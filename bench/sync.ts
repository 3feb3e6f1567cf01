// `npm run bench:sync`: the extension's real sync runner and engine (src/sync: the same scheduling,
// alarm and write budget as the worker, through its ports) against the local Graph sandbox, on a
// simulated clock shared by both, for 1,000 activities read three times each over a week.
// The reader signs in only after two days, so a backlog has to drain within the write budget.
// Counts are taken on the sandbox side. In the default run a second device then signs in to the
// same account and reads all of it back (src/devices, as the worker wires it): reads, the most in
// 5 minutes, what it pulled and what it wrote. Writes bench/results/sync.json = { default: RUN, raised: RUN }.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/browser';
import { lcg, readingSchedule } from './lib/reading-week';
import { maxInWindow, startSecondDevice, startSyncBench } from './lib/sync-bench';
import { READ_BUDGET } from '../src/devices/pull-pass';
import { loadPullState } from '../src/devices/pull-store';
import { readCounters } from '../src/store/counter-store';
import { DEFAULT_SETTINGS } from '../src/settings/settings';
import { recordPage } from '../src/store/activities-store';
import { commitTransition } from '../src/store/tracker-store';
import { GRAPH_WRITE_LIMITS } from '../src/sync/sync-schedule';
import { initialTrackerState } from '../src/tracking/engagement';

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 1000);
const ENGAGEMENTS_PER_ACTIVITY = 3;
const FIVE_MINUTES = 5 * 60_000;
const SIGNED_OUT_FOR_MS = 2 * 24 * 3600_000;
/** Far above the ~1 pass per engagement a run needs: more means sync never drains (Graph unreachable). */
const MAX_PASSES_PER_ENGAGEMENT = 20;
/** Reading back leaves Graph's 400 reads per 5 minutes per user half for other apps. */
const MAX_READS_IN_5_MIN = 200;

interface Run {
  activities: number;
  engagements: number;
  writes: number;
  writesPerEngagement: number;
  duplicates: number;
  lost: number;
  budgetPer5Min: number;
  maxWritesIn5Min: number;
  simulatedHours: number;
  passes: number;
  wallSeconds: number;
  /** A second device signed in afterwards, reading the account back (default run only). */
  secondDevice?: PullRun;
}

/** What the second device's reading back cost and brought (counted on the sandbox side). */
interface PullRun {
  /** Pages and engagements the second device took from Graph (devices passes' own counts). */
  pulledActivities: number;
  pulledEngagements: number;
  /** What its local history then holds. */
  readPages: number;
  engagements: number;
  /** GET requests it sent, and the most in any 5 minutes against its read budget. */
  reads: number;
  readBudgetPer5Min: number;
  maxReadsIn5Min: number;
  /** Writes it sent of anything but its device name: pulled data published back (must be 0). */
  republished: number;
  passes: number;
  simulatedMinutes: number;
}

async function run(
  name: string,
  clientBudgetPer5Min: number,
  serverBudget: { per5Min: number; perDay: number },
  withSecondDevice = false,
): Promise<Run> {
  const wallStart = performance.now();
  const start = Date.UTC(2026, 0, 5);
  let now = start;
  const clock = () => now;
  // Settings as the user would have them, with a budget the options page caps at 100 for the
  // `raised` run (the runner derives everything else from them, as in the worker).
  const settings = { ...DEFAULT_SETTINGS, writeBudgetPer5Min: clientBudgetPer5Min };
  const { sandbox, admin, db, alarm, runner, stop } = await startSyncBench({
    name: `bench-sync-${name}`,
    clock,
    serverBudget,
    settings: () => settings,
    tokenTtlSec: 24 * 3600,
    random: lcg(11),
    tokens: (token) => ({
      getAccessToken: () =>
        Promise.resolve(
          now < start + SIGNED_OUT_FOR_MS
            ? { kind: 'signed-out' as const }
            : { kind: 'token' as const, accessToken: token },
        ),
    }),
  });
  let passes = 0;
  const pass = async () => {
    if (++passes > MAX_PASSES_PER_ENGAGEMENT * ACTIVITIES * ENGAGEMENTS_PER_ACTIVITY) {
      const status = await runner.overview();
      throw new Error(`bench:sync ${name}: sync does not drain (${JSON.stringify(status)})`);
    }
    await runner.run();
  };
  /** Fires the sync alarm whenever it comes due up to `until`, as the browser would. */
  const runPassesUntil = async (until: number) => {
    for (let at = alarm.at; at !== null && at <= until; at = alarm.at) {
      now = Math.max(now, at);
      alarm.fire();
      await pass();
    }
  };

  const recorded = new Set<string>();
  let signedIn = false;
  for (const event of readingSchedule(start, ACTIVITIES, ENGAGEMENTS_PER_ACTIVITY)) {
    if (!signedIn && event.at >= start + SIGNED_OUT_FOR_MS) {
      await runPassesUntil(start + SIGNED_OUT_FOR_MS);
      // Signing in asks for a pass at once.
      signedIn = true;
      now = start + SIGNED_OUT_FOR_MS;
      await pass();
    }
    await runPassesUntil(event.at);
    now = Math.max(now, event.at);
    if (!recorded.has(event.metadata.appActivityId)) {
      await recordPage(db, event.metadata, now);
      recorded.add(event.metadata.appActivityId);
    }
    await commitTransition(db, initialTrackerState(now), [event.effect], 'Europe/Paris');
    // What the worker's tracker does after each commit.
    await runner.poke(event.effect.type === 'engagement-ended');
  }
  await runPassesUntil(Number.MAX_SAFE_INTEGER);

  const dump = await admin.dump();
  const stored = dump.users.alice?.activities ?? [];
  const storedItems = stored.flatMap((a) => a.historyItems.map((item) => item.id));
  const expectedItems = ACTIVITIES * ENGAGEMENTS_PER_ACTIVITY;
  const uniqueActivities = new Set(stored.map((a) => a.appActivityId)).size;
  const uniqueItems = new Set(storedItems).size;
  const writes = (await admin.requestLog()).filter((r) => r.method !== 'GET');
  const accepted = writes.filter((r) => r.status >= 200 && r.status < 300);

  /** A second browser signs in once the week is published and reads it all back. */
  const pullOnSecondDevice = async (): Promise<PullRun> => {
    const from = (await admin.requestLog()).at(-1)?.seq ?? 0;
    const signedInAt = now;
    const b = await startSecondDevice(
      { sandbox },
      { name: `bench-sync-${name}-b`, clock, settings: () => settings, tokenTtlSec: 24 * 3600 },
    );
    let bPasses = 1;
    // Signing in asks for a pass at once; the alarm brings the rest.
    await b.runner.run(true);
    for (;;) {
      const state = await loadPullState(b.db);
      if (state.lastPullAt !== undefined && state.nextLink === undefined) break;
      const at = b.alarm.at;
      if (at === null || ++bPasses > 10_000) {
        throw new Error(`bench:sync ${name}: the second device's listing stopped half way`);
      }
      now = Math.max(now, at);
      b.alarm.fire();
      await b.runner.run();
    }
    const log = await admin.requestLog(from);
    const reads = log.filter((r) => r.method === 'GET');
    const counters = await readCounters(b.db);
    const pull: PullRun = {
      pulledActivities: b.results.reduce((sum, r) => sum + r.pulledActivities, 0),
      pulledEngagements: b.results.reduce((sum, r) => sum + r.pulledEngagements, 0),
      readPages: counters.readPages,
      engagements: await b.db.count('historyItems'),
      reads: reads.length,
      readBudgetPer5Min: READ_BUDGET.per5Min,
      maxReadsIn5Min: maxInWindow(
        reads.map((r) => r.arrivalMs),
        FIVE_MINUTES,
      ),
      republished: log.filter((r) => r.method !== 'GET' && !r.path.includes('/device.')).length,
      passes: bPasses,
      simulatedMinutes: Number(((now - signedInAt) / 60_000).toFixed(1)),
    };
    b.db.close();
    return pull;
  };
  const secondDevice = withSecondDevice ? await pullOnSecondDevice() : undefined;
  await stop();
  return {
    activities: uniqueActivities,
    engagements: uniqueItems,
    writes: writes.length,
    writesPerEngagement: Number((writes.length / expectedItems).toFixed(3)),
    duplicates: stored.length - uniqueActivities + (storedItems.length - uniqueItems),
    lost: ACTIVITIES - uniqueActivities + (expectedItems - uniqueItems),
    budgetPer5Min: clientBudgetPer5Min,
    maxWritesIn5Min: maxInWindow(
      accepted.map((r) => r.arrivalMs),
      FIVE_MINUTES,
    ),
    simulatedHours: Number(((now - start) / 3600_000).toFixed(1)),
    passes,
    wallSeconds: Number(((performance.now() - wallStart) / 1000).toFixed(1)),
    ...(secondDevice ? { secondDevice } : {}),
  };
}

async function main(): Promise<void> {
  const result = {
    default: await run('default', DEFAULT_SETTINGS.writeBudgetPer5Min, GRAPH_WRITE_LIMITS, true),
    raised: await run('raised', 100_000, { per5Min: 100_000, perDay: 10_000_000 }),
  };
  const out = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'sync.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
  for (const [name, r] of Object.entries(result)) {
    if (r.lost > 0 || r.duplicates > 0 || r.maxWritesIn5Min > r.budgetPer5Min) {
      console.error(
        `bench:sync ${name}: lost ${String(r.lost)}, duplicates ${String(r.duplicates)}, ` +
          `at most ${String(r.maxWritesIn5Min)} writes in 5 min for a budget of ${String(r.budgetPer5Min)}`,
      );
      process.exitCode = 1;
    }
    const b = r.secondDevice;
    const expected = ACTIVITIES * ENGAGEMENTS_PER_ACTIVITY;
    if (
      b &&
      (b.readPages !== ACTIVITIES ||
        b.engagements !== expected ||
        b.republished > 0 ||
        b.maxReadsIn5Min > MAX_READS_IN_5_MIN)
    ) {
      console.error(
        `bench:sync ${name}: the second device holds ${String(b.readPages)} pages and ` +
          `${String(b.engagements)} engagements of ${String(ACTIVITIES)} and ${String(expected)}, ` +
          `published ${String(b.republished)} back, read at most ${String(b.maxReadsIn5Min)} ` +
          `times in 5 min (target ${String(MAX_READS_IN_5_MIN)})`,
      );
      process.exitCode = 1;
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
