// `npm run bench:control`: republish after a privacy change, delete a site, delete the last day and
// delete all on a 10,000-page history, with the extension's real store, deletion and sync runner
// (src/, set up by bench/lib/sync-bench.ts) against the local Graph sandbox, on a simulated clock
// shared by both. Each phase: the local apply is timed; the first BENCH_REAL_PASSES passes run for
// real at the default write budget (60 writes / 5 min, 4,800 a day; the sandbox enforces Graph's
// 100 / 8,000); the rest of the drain is projected from the write log with the product's own
// budget function (`budgetState`), at the default budget and at the most a user can set (100 / 5
// min); then the outbox drains for real with both budgets raised (set-up, not a user setting) so
// the end state and the number of Graph calls are measured, not assumed. Counts come from the
// sandbox's request log and data. The history is in place, already published, before the clock
// starts (bench/lib/published-seed.ts: the product's store and planner, the sandbox storing the
// planned bodies, no request per page). Writes bench/results/control.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/browser';
import { history } from './lib/control-history';
import { ALARM_FLOOR_MS, projectDrain } from './lib/drain-projection';
import { seedPublishedHistory } from './lib/published-seed';
import { maxInWindow, startSyncBench } from './lib/sync-bench';
import { DEFAULT_SETTINGS } from '../src/settings/settings';
import { applyDeletion } from '../src/store/deletion-store';
import type { DeletionScope } from '../src/deletion/deletion-scope';
import { countBacklog } from '../src/sync/outbox-store';
import { flagPublishedForRepublish } from '../src/sync/republish-store';
import { activityBody } from '../src/sync/sync-runner';
import { syncScheduleFrom } from '../src/sync/sync-schedule';
import { loadWriteLog } from '../src/sync/write-log-store';

const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
/** Passes run for real at the default budget before the rest is projected. */
const REAL_PASSES = Number(process.env.BENCH_REAL_PASSES ?? 3);
const RAISED = { per5Min: 1_000_000, perDay: 100_000_000 };
const GRAPH = { per5Min: 100, perDay: 8_000 };
const SETTLE_MS = syncScheduleFrom(DEFAULT_SETTINGS).settleMs;
/** The zone the runner sends as `userTimezone` (and the set-up's bodies carry). */
const TIMEZONE = 'Europe/Paris';

/** Graph calls of a stretch of passes, from the sandbox's request log. */
interface Calls {
  /** Graph writes sent (PUT/DELETE). */
  writes: number;
  /** Of them refused with 429 (over Graph's budget): should be 0. */
  throttled: number;
  /** Of them refused otherwise: should be 0. */
  refused: number;
  /** Most writes accepted in any 5 minutes (simulated). */
  maxWritesIn5Min: number;
  passes: number;
  wallSeconds: number;
}

async function main(): Promise<void> {
  const start = Date.UTC(2026, 0, 5);
  let now = start;
  const clock = () => now;
  // The user's settings: everything published; budgets raised for the set-up below.
  let settings = { ...DEFAULT_SETTINGS, writeBudgetPer5Min: RAISED.per5Min };
  const { admin, db, alarm, runner, stop } = await startSyncBench({
    name: 'bench-control',
    clock,
    serverBudget: RAISED,
    settings: () => settings,
    timezone: TIMEZONE,
    tokenTtlSec: 30 * 24 * 3600,
  });

  /** Passes as the product's alarm runs them, until nothing waits or `maxPasses` ran. */
  async function passes(maxPasses = Infinity): Promise<Calls> {
    const wall = performance.now();
    const seqBefore = (await admin.requestLog()).length;
    let count = 0;
    while (count < maxPasses) {
      count++;
      alarm.fire();
      // "Sync now" semantics, as the options page's changes and a deletion ask for a pass.
      await runner.run(true);
      if ((await countBacklog(db)).pending === 0) break;
      now = Math.max(now + ALARM_FLOOR_MS, alarm.at ?? now + 60_000);
    }
    const wallSeconds = Number(((performance.now() - wall) / 1000).toFixed(1));
    const log = (await admin.requestLog()).slice(seqBefore).filter((r) => r.method !== 'GET');
    const accepted = log.filter((r) => r.status >= 200 && r.status < 300);
    return {
      writes: log.length,
      throttled: log.filter((r) => r.status === 429).length,
      refused: log.length - accepted.length - log.filter((r) => r.status === 429).length,
      maxWritesIn5Min: maxInWindow(
        accepted.map((r) => r.arrivalMs),
        5 * 60_000,
      ),
      passes: count,
      wallSeconds,
    };
  }

  /** Sets the budget both sides enforce: the client's setting and the sandbox's. */
  async function budget(client: number, server: { per5Min: number; perDay: number }) {
    settings = { ...settings, writeBudgetPer5Min: client };
    await admin.setBudget({ writes: server });
  }

  /**
   * One phase after a local change that queued `queued` writes: REAL_PASSES real passes at the
   * default budget, the rest projected at the default and the highest user budget, then the
   * outbox drained for real with raised budgets.
   */
  async function drainPhase() {
    await budget(DEFAULT_SETTINGS.writeBudgetPer5Min, GRAPH);
    const firstWriteAt = now;
    const real = await passes(REAL_PASSES);
    const { pending } = await countBacklog(db);
    const log = await loadWriteLog(db);
    const nextAt = alarm.at ?? now;
    const scheduleAt = (per5Min: number) =>
      syncScheduleFrom({ ...DEFAULT_SETTINGS, writeBudgetPer5Min: per5Min }).budget;
    const projected = [
      // The rest of this drain, after the real passes, at the default budget.
      projectDrain(
        pending,
        log,
        nextAt,
        firstWriteAt,
        scheduleAt(DEFAULT_SETTINGS.writeBudgetPer5Min),
      ),
      // The whole drain had the user given the extension all of Graph's budget (100 / 5 min).
      projectDrain(
        pending + real.writes,
        [],
        firstWriteAt,
        firstWriteAt,
        scheduleAt(GRAPH.per5Min),
      ),
    ];
    await budget(RAISED.per5Min, RAISED);
    const rest = await passes();
    // Past every window, so the next phase starts with the whole budget.
    now += 2 * 24 * 3600_000;
    return {
      graphCalls: real.writes + rest.writes,
      refused: real.refused + rest.refused + real.throttled + rest.throttled,
      realPassesAtDefaultBudget: real,
      perRealPassSeconds: Number((real.wallSeconds / Math.max(1, real.passes)).toFixed(2)),
      projectedDrain: projected,
      restDrainedRaised: rest,
    };
  }

  /** A deletion applied locally (timed), then its outbox drained. */
  async function deletion(scope: DeletionScope) {
    const localStart = performance.now();
    const deleted = await applyDeletion(db, scope, { alsoTimeline: true, now });
    const localApplyMs = Number((performance.now() - localStart).toFixed(0));
    return { ...deleted, localApplyMs, ...(await drainPhase()) };
  }

  // Set-up, not measured: the history, already published (bench/lib/published-seed.ts: the
  // product's store and planner, no Graph request per page).
  const seedStart = performance.now();
  now = start + PAGES * 60_000 + SETTLE_MS;
  const seeded = await seedPublishedHistory(db, admin, 'alice', history(start, PAGES), {
    now,
    buildBody: (metadata, reading) =>
      activityBody(metadata, reading, { settings, timezone: TIMEZONE }),
  });
  const seedSeconds = Number(((performance.now() - seedStart) / 1000).toFixed(1));
  const published = (await admin.dump()).users.alice?.activities ?? [];
  const publish = { seeded, pending: (await countBacklog(db)).pending };
  now += 2 * 24 * 3600_000;

  settings = { ...settings, sendDescription: false, sendImage: false, sendAuthors: false };
  const queued = await flagPublishedForRepublish(db);
  const republish = { queued, ...(await drainPhase()) };
  const afterRepublish = JSON.stringify((await admin.dump()).users.alice?.activities ?? []);
  const stillHeld = ['DESCRIPTION of article', 'lead.jpg', 'Author '].filter((text) =>
    afterRepublish.includes(text),
  );

  const inGraph = async () => (await admin.dump()).users.alice?.activities.length ?? 0;
  const deleteSite = {
    ...(await deletion({ from: 0, to: now, site: 'site0.example' })),
    leftInGraph: await inGraph(),
  };
  // The last day of reading (pages were read one a minute, the last at start + PAGES minutes).
  const lastRead = start + (PAGES - 1) * 60_000 + 30_000;
  const deleteLastDay = {
    ...(await deletion({ from: lastRead - 24 * 3600_000, to: now })),
    leftInGraph: await inGraph(),
  };
  const deleteAll = { ...(await deletion({ from: 0, to: now })), leftInGraph: await inGraph() };
  await stop();

  const result = {
    pages: PAGES,
    budget: syncScheduleFrom(DEFAULT_SETTINGS).budget,
    realPasses: REAL_PASSES,
    seedSeconds,
    publish: { inGraph: published.length, ...publish },
    republish: { ...republish, fieldsStillInGraph: stillHeld },
    deleteSite,
    deleteLastDay,
    deleteAll,
  };
  const out = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'control.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
  const phases = [republish, deleteSite, deleteLastDay, deleteAll];
  if (
    published.length !== PAGES ||
    publish.pending > 0 ||
    stillHeld.length > 0 ||
    deleteAll.leftInGraph > 0 ||
    phases.some((phase) => phase.refused > 0)
  ) {
    console.error('bench:control: Graph still holds removed data, or a write was refused');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
