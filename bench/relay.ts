// `npm run bench:relay`: the organisation relay (a child process, as `npm run relay` runs it)
// against the sandbox, with 200 simulated users × 50 reads reported over HTTP the way the
// extension's outbox would (a read is kept and re-sent until the relay acknowledges it). Faults:
// the relay is SIGKILLed twice mid-run and restarted on the same queue file, 207 partial failures
// (retryable per-activity errors), and two 429 storms with Retry-After. Counts come from the
// sandbox's record of what Graph accepted. Writes bench/results/relay.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RELAY_API_AUDIENCE, sandboxAdmin, startSandbox } from '../sandbox';
import { REPO_ROOT } from '../harness/browser';
import { relayProcess } from '../harness/relay-process';

const USERS = Number(process.env.BENCH_RELAY_USERS ?? 200);
const READS_PER_USER = Number(process.env.BENCH_RELAY_READS ?? 50);
const READS_PER_REQUEST = 10;
const CLIENTS = 16;
const ITEMS = 100;
const CONNECTION = 'benchintranet';
const BASE_URL = 'http://intranet.bench.test/wiki';
/** Each user reads one retired page the connection no longer indexes: a 404, recorded. */
const RETIRED = 'retired-page';
const DRAIN_TIMEOUT_MS = 300_000;

interface Read {
  url: string;
  startDateTime: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-relay-'));
  const sb = await startSandbox({ quiet: true });
  const admin = sandboxAdmin(sb.adminUrl);
  let stopRelay: () => Promise<void> = () => Promise.resolve();
  try {
    // A little latency, as a real service has, so calls overlap and concurrency is measured.
    await admin.setLatency(15);
    await admin.putConnection(
      {
        id: CONNECTION,
        name: 'Bench intranet',
        activitySettings: {
          urlToItemResolvers: [
            {
              '@odata.type': '#microsoft.graph.externalConnectors.itemIdResolver',
              priority: 1,
              itemId: '{slug}',
              urlMatchInfo: { baseUrls: [BASE_URL], urlPattern: '/(?<slug>[a-z0-9-]+)' },
            },
          ],
        },
      },
      Array.from({ length: ITEMS }, (_, i) => `page-${String(i)}`),
    );
    // As `npm run relay` runs it; short leases so entries a killed relay held come back within
    // the run (harness/relay-process.ts, shared with the e2e specs).
    const relay = await relayProcess(sb, work, [CONNECTION]);
    stopRelay = () => relay.stop();
    await relay.start();
    const relayUrl = relay.url;

    // The users, their tokens for the relay API, and their reads.
    const base = Date.now() - 2 * 3600_000;
    const users = await Promise.all(
      Array.from({ length: USERS }, async (_, u) => {
        const name = `bench-u${String(u).padStart(3, '0')}`;
        const token = await sb.issueToken(name, { audience: RELAY_API_AUDIENCE });
        const reads: Read[] = Array.from({ length: READS_PER_USER }, (_, r) => ({
          url:
            r === READS_PER_USER - 1
              ? `${BASE_URL}/${RETIRED}`
              : `${BASE_URL}/page-${String((u * 7 + r * 13) % ITEMS)}?utm_source=bench`,
          startDateTime: new Date(base + u * 1000 + r * 60_000).toISOString(),
        }));
        return { token, reads };
      }),
    );
    const requests = users.flatMap(({ token, reads }) =>
      Array.from({ length: Math.ceil(reads.length / READS_PER_REQUEST) }, (_, i) => ({
        token,
        reads: reads.slice(i * READS_PER_REQUEST, (i + 1) * READS_PER_REQUEST),
      })),
    );
    const expected = new Set(
      users.flatMap(({ reads }, u) =>
        reads
          .filter((r) => !r.url.includes(RETIRED))
          .map(
            (r) => `${String(u)}|${r.url.split('/').pop()?.split('?')[0] ?? ''}|${r.startDateTime}`,
          ),
      ),
    ).size;

    // Faults at fixed points of the run (by share of requests acknowledged).
    const ackMs: number[] = [];
    let acked = 0;
    let retriedRequests = 0;
    const faults: [number, () => Promise<void>][] = [
      [0.1, () => admin.failActivitiesNext(300)],
      [0.25, () => storm()],
      [0.33, () => killAndRestart()],
      [0.5, () => admin.failActivitiesNext(300)],
      [0.6, () => storm()],
      [0.66, () => killAndRestart()],
    ];
    const storm = async () => {
      await admin.failNext(40, {
        status: 429,
        retryAfter: 1,
        pathPrefix: `/external/connections/${CONNECTION}/items/`,
      });
    };
    const kills: number[] = [];
    async function killAndRestart(): Promise<void> {
      await relay.kill();
      kills.push(Date.now());
      await sleep(300);
      await relay.start();
    }
    let nextFault = 0;
    const maybeFault = async () => {
      while (
        nextFault < faults.length &&
        acked / requests.length >= (faults[nextFault]?.[0] ?? 1)
      ) {
        const fault = faults[nextFault++];
        if (fault) await fault[1]();
      }
    };

    const started = Date.now();
    let cursor = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let i = cursor++; i < requests.length; i = cursor++) {
          const request = requests[i];
          if (!request) break;
          // As the extension's outbox: keep the reads until the relay acknowledges them.
          for (;;) {
            const sent = performance.now();
            const ok = await fetch(`${relayUrl}/v1/reads`, {
              method: 'POST',
              headers: {
                authorization: `Bearer ${request.token}`,
                'content-type': 'application/json',
              },
              body: JSON.stringify({ reads: request.reads }),
            }).then(
              (r) => r.status === 200,
              () => false,
            );
            if (ok) {
              ackMs.push(performance.now() - sent);
              break;
            }
            retriedRequests++;
            await sleep(200);
          }
          acked++;
          await maybeFault();
        }
      }),
    );
    const reportSeconds = (Date.now() - started) / 1000;

    // Wait for delivery to finish (the sandbox holds every expected activity and nothing is due).
    const until = Date.now() + DRAIN_TIMEOUT_MS;
    let recorded = await admin.connectorActivities(CONNECTION);
    for (; Date.now() < until; recorded = await admin.connectorActivities(CONNECTION)) {
      const depth = await fetch(`${relayUrl}/metrics`)
        .then((r) => r.text())
        .then(
          (t) => Number(/^relay_queue_depth (\d+)$/m.exec(t)?.[1] ?? NaN),
          () => NaN,
        );
      if (depth === 0) break;
      await sleep(500);
    }
    const metrics = await fetch(`${relayUrl}/metrics`).then((r) => r.text());
    const metric = (name: string) =>
      Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(metrics)?.[1] ?? NaN);
    const keys = recorded.map((a) => `${a.userId}|${a.itemId}|${a.type}|${a.startDateTime}`);
    const distinct = new Set(keys).size;
    const stats = await admin.connectorStats();
    ackMs.sort((a, b) => a - b);
    const result = {
      users: USERS,
      reports: USERS * READS_PER_USER,
      delivered: distinct,
      duplicates: keys.length - distinct,
      lost: expected - distinct,
      permanentFailures: metric('relay_queue_failed'),
      maxConcurrentPerConnection: stats.maxInFlight[CONNECTION] ?? 0,
      reportsPerSecond: Math.round((USERS * READS_PER_USER) / reportSeconds),
      p99AckMs: Math.round(ackMs[Math.floor(ackMs.length * 0.99)] ?? NaN),
      p50AckMs: Math.round(ackMs[Math.floor(ackMs.length * 0.5)] ?? NaN),
      faults: {
        relayKilled: kills.length,
        partialFailureActivities: 600,
        throttled429Responses: 80,
        overLimit429: stats.overLimit,
        requestsResentByClients: retriedRequests,
      },
      expectedActivities: expected,
      stillQueued: metric('relay_queue_depth'),
      retriedSinceLastStart: metric('relay_activities_retried_total'),
      reportSeconds,
    };
    mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(
      join(REPO_ROOT, 'bench/results/relay.json'),
      JSON.stringify(result, null, 2) + '\n',
    );
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await stopRelay();
    await sb.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
