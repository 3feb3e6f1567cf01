// `npm run bench:history`: the popup, history page, search, delete and status over a history of
// 100, 10,000 and 50,000 pages (90 days), seeded through the product's store code, in real
// Chromium with a warm worker; writes bench/results/history.json. Every figure is a median of at
// least 5 runs. Exits 1 when a target of issue #11 is missed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../harness/browser';
import { seedHistory } from '../harness/history-seed';
import type { MessageType, RequestOf } from '../src/messaging/contract';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'history.json');
const SIZES = (process.env.BENCH_HISTORY_SIZES ?? '100,10000,50000').split(',').map(Number);
const RUNS = 5;
/** Common word, rare word, no match, two words, authors, sites, a prefix, a typo, a keyword. */
const QUERIES = [
  'river',
  'bioluminescence',
  'xylophonequartz',
  'garden history',
  'Quarrington',
  'Mara Lind',
  'Harbour Times',
  'fieldnotes',
  'vine',
  'festivl',
  'telescope',
];

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const round = (value: number): number => Math.round(value * 10) / 10;

/** One request from an extension page as the UI sends it: round-trip ms and reply bytes. */
async function timed<K extends MessageType>(
  page: Page,
  type: K,
  payload: RequestOf<K>,
): Promise<{ ms: number; bytes: number }> {
  return page.evaluate(
    async ([t, p]) => {
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage<unknown, { ok: boolean }>({
        channel: 'reading-timeline/v1',
        type: t,
        payload: p,
      });
      const ms = performance.now() - started;
      if (!reply.ok) throw new Error(`${t}: ${JSON.stringify(reply)}`);
      return { ms, bytes: new TextEncoder().encode(JSON.stringify(reply)).length };
    },
    [type, payload] as const,
  );
}

/** ms from navigation to the first frame showing `selector`. */
async function firstRender(page: Page, url: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (s) => (document.querySelector(s) ? performance.now() : null),
    selector,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function run(size: number, scratch: string) {
  const context = await launchWithExtension({ userDataDir: join(scratch, String(size)) });
  try {
    const id = extensionIdOf(await extensionWorker(context));
    const base = `chrome-extension://${id}/src/ui`;
    const page = await context.newPage();
    await page.goto(`${base}/options/index.html`);
    const started = Date.now();
    const seeded = await seedHistory(page, { pages: size, days: 90, now: Date.now() });
    console.log(
      `  seeded ${String(size)} pages in ${String(Math.round((Date.now() - started) / 1000))} s`,
    );
    // Warm the worker (and its database connection) the way a first popup open would.
    await timed(page, 'get-status', {});
    await timed(page, 'list-pages', {});

    const view = await context.newPage();
    const popup: number[] = [];
    const history: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      popup.push(await firstRender(view, `${base}/popup/index.html`, '#activities li'));
      history.push(await firstRender(view, `${base}/history/index.html`, '.row'));
    }
    const perQuery: number[] = [];
    for (const query of QUERIES) {
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) runs.push((await timed(page, 'list-pages', { query })).ms);
      perQuery.push(median(runs));
    }
    const status: number[] = [];
    for (let i = 0; i < RUNS; i++) status.push((await timed(page, 'get-status', {})).ms);
    // Delete one page as the popup does: the delete, then the refreshed list.
    const deletes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { rows } = await page.evaluate(async () => {
        const reply = await chrome.runtime.sendMessage<
          unknown,
          { value: { rows: { appActivityId: string }[] } }
        >({ channel: 'reading-timeline/v1', type: 'list-pages', payload: {} });
        return reply.value;
      });
      const target = rows[i]?.appActivityId ?? '';
      const del = await timed(page, 'delete-activity', { appActivityId: target });
      const list = await timed(page, 'list-pages', {});
      deletes.push(del.ms + list.ms);
    }
    const replyBytes =
      (await timed(page, 'list-pages', {})).bytes + (await timed(page, 'get-status', {})).bytes;
    const idbBytes = await page.evaluate(
      async () => (await navigator.storage.estimate()).usage ?? 0,
    );
    return {
      activities: seeded.activities,
      engagements: seeded.engagements,
      popupFirstRenderMs: round(median(popup)),
      historyFirstRenderMs: round(median(history)),
      searchMs: round(median(perQuery)),
      searchMsByQuery: Object.fromEntries(QUERIES.map((q, i) => [q, round(perQuery[i] ?? 0)])),
      deleteOneMs: round(median(deletes)),
      statusMs: round(median(status)),
      replyBytes,
      idbBytes,
    };
  } finally {
    await context.close();
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'bench-history-'));
const sizes: Record<string, Awaited<ReturnType<typeof run>>> = {};
try {
  for (const size of SIZES) {
    console.log(`${String(size)} pages`);
    sizes[String(size)] = await run(size, scratch);
    console.log(sizes[String(size)]);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify({ sizes }, null, 2)}\n`);
console.log(`wrote ${RESULTS}`);

const big = sizes['50000'];
const small = sizes['100'];
const problems: string[] = [];
if (big && small) {
  const check = (ok: boolean, text: string): void => {
    if (!ok) problems.push(text);
  };
  check(
    big.popupFirstRenderMs <= 150,
    `popup first render ${String(big.popupFirstRenderMs)} ms > 150`,
  );
  check(
    big.historyFirstRenderMs <= 300,
    `history first render ${String(big.historyFirstRenderMs)} ms > 300`,
  );
  check(big.searchMs <= 100, `search ${String(big.searchMs)} ms > 100`);
  check(big.deleteOneMs <= 150, `delete ${String(big.deleteOneMs)} ms > 150`);
  check(big.statusMs <= 20, `status ${String(big.statusMs)} ms > 20`);
  check(big.popupFirstRenderMs <= 1.5 * small.popupFirstRenderMs, 'popup first render not flat');
  check(big.searchMs <= 3 * small.searchMs, 'search not flat');
}
for (const problem of problems) console.error(`target missed: ${problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;
