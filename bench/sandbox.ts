// Sandbox load benchmark: 50 concurrent clients x 200 writes against the local Graph sandbox
// (127.0.0.1 only), with the write budget raised so throttling stays out of the picture.
//   npm run bench:sandbox -- [--clients 50] [--writes 200] [--in-process] [--out <file>]
// The sandbox runs as `npm run sandbox` does, in its own process (so the load generator and the
// server do not share one event loop); --in-process starts it inside this process instead.
// Each client writes its own activities: per activity a PUT with a deep-inserted history item, a
// history-item PUT, the same item extended, another item, and a replacing PUT with one more deep-
// inserted item (5 writes). The admin dump must then hold exactly the expected activities and
// items with exactly the expected write counts: anything lost or written twice fails the run.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sandboxAdmin } from '../sandbox';
import {
  runClient,
  verifyDump,
  WRITES_PER_ACTIVITY,
  type Expected,
  type Sample,
} from './lib/sandbox-load';
import { startSandboxInProcess, startSandboxProcess } from './lib/sandbox-process';

const repoRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    writes: { type: 'string', default: '200' },
    users: { type: 'string', default: '10' },
    'in-process': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(repoRoot, 'bench/results/sandbox.json') },
  },
});
const CLIENTS = Math.max(1, Number(values.clients) || 50);
const WRITES_PER_CLIENT = Math.max(5, Math.floor((Number(values.writes) || 200) / 5) * 5);
const USERS = Math.max(1, Math.min(CLIENTS, Number(values.users) || 10));
const ACTIVITIES_PER_CLIENT = WRITES_PER_CLIENT / WRITES_PER_ACTIVITY;
/** Hard stop: the run must end well under a minute whatever happens. */
const DEADLINE_MS = 50_000;
const BUDGET = 10_000_000;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
const round = (x: number): number => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
  const inProcess = values['in-process'];
  const sandbox = inProcess
    ? await startSandboxInProcess(BUDGET)
    : await startSandboxProcess(BUDGET);
  const admin = sandboxAdmin(sandbox.adminUrl);
  let deadline: NodeJS.Timeout | undefined;
  const timeLimit = new Promise<never>((_, fail) => {
    deadline = setTimeout(() => {
      fail(new Error(`benchmark exceeded ${String(DEADLINE_MS)} ms`));
    }, DEADLINE_MS);
  });
  // Only the load phase races the deadline; later it must not surface as an unhandled rejection.
  timeLimit.catch(() => undefined);

  try {
    const userNames = Array.from(
      { length: USERS },
      (_, i) => `bench-${String(i + 1).padStart(2, '0')}`,
    );
    const tokens = await Promise.all(userNames.map((u) => admin.mintToken(u)));
    const samples: Sample[] = [];
    const expected: Expected = new Map();
    const load = {
      graphBaseUrl: sandbox.graphBaseUrl,
      users: userNames,
      tokens,
      activities: ACTIVITIES_PER_CLIENT,
      samples,
      expected,
    };

    const started = performance.now();
    await Promise.race([
      Promise.all(Array.from({ length: CLIENTS }, (_, c) => runClient(load, c))),
      timeLimit,
    ]);
    const elapsedMs = performance.now() - started;

    // Verification: exact contents and write counts.
    const dump = await admin.dump();
    const { storedActivities, storedItems, lost, duplicated, unexpected } = verifyDump(
      dump.users,
      expected,
    );
    const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
    const wrongStatus = samples.filter((s) => s.status !== s.expected).length;
    const statuses: Record<string, number> = {};
    for (const s of samples) statuses[String(s.status)] = (statuses[String(s.status)] ?? 0) + 1;
    const log = await admin.requestLog();
    const expectedWrites = CLIENTS * WRITES_PER_CLIENT;
    const ok =
      samples.length === expectedWrites &&
      wrongStatus === 0 &&
      lost === 0 &&
      duplicated === 0 &&
      unexpected === 0 &&
      storedActivities === CLIENTS * ACTIVITIES_PER_CLIENT &&
      log.length === expectedWrites;

    const result = {
      benchmark: 'sandbox',
      date: new Date().toISOString(),
      node: process.version,
      config: {
        clients: CLIENTS,
        writesPerClient: WRITES_PER_CLIENT,
        users: USERS,
        sandbox: inProcess ? 'in this process' : 'separate process (npm run sandbox)',
        writeBudget: { per5Min: BUDGET, perDay: BUDGET },
        mix: 'per activity: PUT+deep insert (201), item PUT (201), same item extended (200), item PUT (201), replacing PUT+deep insert (200)',
      },
      counts: {
        requests: samples.length,
        activityPuts: CLIENTS * ACTIVITIES_PER_CLIENT * 2,
        historyItemPuts: CLIENTS * ACTIVITIES_PER_CLIENT * 3,
        statuses,
        wrongStatus,
        requestLogEntries: log.length,
      },
      verification: {
        expectedActivities: CLIENTS * ACTIVITIES_PER_CLIENT,
        storedActivities,
        expectedHistoryItems: CLIENTS * ACTIVITIES_PER_CLIENT * 4,
        storedHistoryItems: storedItems,
        lost,
        duplicated,
        unexpected,
        ok,
      },
      durationMs: round(elapsedMs),
      throughputPerSec: round((samples.length / elapsedMs) * 1000),
      latencyMs: {
        mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
        p50: round(quantile(latencies, 0.5)),
        p95: round(quantile(latencies, 0.95)),
        p99: round(quantile(latencies, 0.99)),
        max: round(latencies.at(-1) ?? NaN),
      },
    };
    fs.mkdirSync(path.dirname(values.out), { recursive: true });
    fs.writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

    console.log(
      `sandbox bench: ${String(samples.length)} writes from ${String(CLIENTS)} clients in ${String(result.durationMs)} ms ` +
        `(${String(result.throughputPerSec)}/s); latency p50 ${String(result.latencyMs.p50)} ms, ` +
        `p95 ${String(result.latencyMs.p95)} ms, p99 ${String(result.latencyMs.p99)} ms, max ${String(result.latencyMs.max)} ms`,
    );
    console.log(
      `verification: ${String(storedActivities)}/${String(result.verification.expectedActivities)} activities, ` +
        `${String(storedItems)}/${String(result.verification.expectedHistoryItems)} history items, ` +
        `lost ${String(lost)}, duplicated ${String(duplicated)}, unexpected ${String(unexpected)}, ` +
        `wrong status ${String(wrongStatus)} -> ${ok ? 'OK' : 'FAILED'}`,
    );
    console.log(`results: ${path.relative(repoRoot, values.out)}`);
    if (!ok) process.exitCode = 1;
  } finally {
    clearTimeout(deadline);
    await sandbox.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
