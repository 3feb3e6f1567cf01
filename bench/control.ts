// `npm run bench:control`: "delete all" and "republish" on a 10,000-page history, with the
// extension's real store, deletion and sync runner (src/, set up by bench/lib/sync-bench.ts)
// against the local Graph sandbox, on a simulated clock shared by both, within the default write budget (60 writes / 5 min, 4,800 a day;
// the sandbox enforces Graph's 100 / 8,000). Counts come from the sandbox's request log and data.
// Writes bench/results/control.json = { pages, publish, republish, deleteAll }.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/browser';
import { maxInWindow, startSyncBench } from './lib/sync-bench';
import type { PageMetadata } from '../src/activity/page-metadata';
import { DEFAULT_SETTINGS } from '../src/settings/settings';
import { recordPage } from '../src/store/activities-store';
import type { Db } from '../src/store/db';
import { applyDeletion } from '../src/store/deletion-store';
import { countBacklog, flagPublishedForRepublish } from '../src/sync/outbox-store';
import { commitTransition } from '../src/store/tracker-store';
import { syncScheduleFrom } from '../src/sync/sync-schedule';
import { initialTrackerState } from '../src/tracking/engagement';

const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
const RAISED = { per5Min: 1_000_000, perDay: 100_000_000 };
const SETTLE_MS = syncScheduleFrom(DEFAULT_SETTINGS).settleMs;

interface Phase {
  /** Graph writes sent (PUT/DELETE), from the sandbox's log. */
  writes: number;
  /** Of them refused with 429 (over Graph's budget): should be 0. */
  throttled: number;
  /** Simulated time from the first to the last write, hours. */
  simulatedHours: number;
  /** Most writes accepted in any 5 minutes. */
  maxWritesIn5Min: number;
  passes: number;
  wallSeconds: number;
}

function page(i: number): PageMetadata {
  const url = `https://site${String(i % 97)}.example/articles/${String(i)}`;
  return {
    url,
    appActivityId: url,
    title: `Article ${String(i)}`,
    siteName: `Site ${String(i % 97)}`,
    type: 'NewsArticle',
    description: `DESCRIPTION of article ${String(i)}`,
    image: `${url}/lead.jpg`,
    authors: [{ kind: 'Person', name: `Author ${String(i % 13)}` }],
    keywords: [],
  };
}

async function seed(db: Db, start: number): Promise<void> {
  for (let i = 0; i < PAGES; i++) {
    const at = start + i * 60_000;
    const metadata = page(i);
    await recordPage(db, metadata, at);
    const engagement = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      appActivityId: metadata.appActivityId,
      url: metadata.url,
      startedAt: at,
      lastActiveAt: at + 30_000,
      activeMs: 30_000,
    };
    await commitTransition(
      db,
      initialTrackerState(at),
      [
        { type: 'save-engagement', engagement },
        { type: 'engagement-ended', kept: true, engagement },
      ],
      'UTC',
    );
  }
}

async function main(): Promise<void> {
  const start = Date.UTC(2026, 0, 5);
  let now = start;
  const clock = () => now;
  // The user's settings: everything published, and a budget raised for the set-up below.
  let settings = { ...DEFAULT_SETTINGS, writeBudgetPer5Min: RAISED.per5Min };
  const { admin, db, alarm, runner, stop } = await startSyncBench({
    name: 'bench-control',
    clock,
    serverBudget: RAISED,
    settings: () => settings,
    tokenTtlSec: 30 * 24 * 3600,
  });

  /** Passes as the product's alarm runs them, until nothing waits; measured from the sandbox. */
  async function drain(): Promise<Phase> {
    const wall = performance.now();
    await admin.clearRequestLog();
    let passes = 0;
    for (;;) {
      passes++;
      alarm.fire();
      // "Sync now" semantics, as the options page's changes and a deletion ask for a pass.
      await runner.run(true);
      const { pending } = await countBacklog(db);
      if (pending === 0) break;
      now = Math.max(now + 1_000, alarm.at ?? now + 60_000);
    }
    const log = (await admin.requestLog()).filter((r) => r.method !== 'GET');
    const accepted = log.filter((r) => r.status >= 200 && r.status < 300);
    const times = accepted.map((r) => r.arrivalMs);
    return {
      writes: log.length,
      throttled: log.filter((r) => r.status === 429).length,
      simulatedHours: Number(((Math.max(...times) - Math.min(...times)) / 3600_000).toFixed(1)),
      maxWritesIn5Min: maxInWindow(times, 5 * 60_000),
      passes,
      wallSeconds: Number(((performance.now() - wall) / 1000).toFixed(1)),
    };
  }

  await seed(db, start);
  now = start + PAGES * 60_000 + SETTLE_MS;
  // Publishing the history first is set-up, not measured against the budget.
  const publish = await drain();
  const published = (await admin.dump()).users.alice?.activities ?? [];

  // The default budgets from here on, on both sides.
  settings = { ...settings, writeBudgetPer5Min: DEFAULT_SETTINGS.writeBudgetPer5Min };
  await admin.setBudget({ writes: { per5Min: 100, perDay: 8_000 } });
  now += 2 * 24 * 3600_000;

  settings = { ...settings, sendDescription: false, sendImage: false, sendAuthors: false };
  const queued = await flagPublishedForRepublish(db);
  const republish = { queued, ...(await drain()) };
  const afterRepublish = JSON.stringify((await admin.dump()).users.alice?.activities ?? []);
  const stillHeld = ['DESCRIPTION of article', 'lead.jpg', 'Author '].filter((text) =>
    afterRepublish.includes(text),
  );

  now += 2 * 24 * 3600_000;
  const localStart = performance.now();
  const deleted = await applyDeletion(db, { from: 0, to: now }, { alsoTimeline: true, now });
  const localMs = Number((performance.now() - localStart).toFixed(0));
  const deleteAll = { ...deleted, localApplyMs: localMs, ...(await drain()) };
  const left = (await admin.dump()).users.alice?.activities.length ?? 0;
  await stop();

  const result = {
    pages: PAGES,
    budget: syncScheduleFrom(DEFAULT_SETTINGS).budget,
    publish: { inGraph: published.length, ...publish },
    republish: { ...republish, fieldsStillInGraph: stillHeld },
    deleteAll: { ...deleteAll, leftInGraph: left },
  };
  const out = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'control.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
  if (stillHeld.length > 0 || left > 0 || republish.throttled > 0 || deleteAll.throttled > 0) {
    console.error('bench:control: Graph still holds removed data, or the budget was exceeded');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
