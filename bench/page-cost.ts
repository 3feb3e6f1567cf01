// `npm run bench:page-cost`: the main-thread time the extension adds to a page load (issue #13).
// Real article pages (../shared/corpus/readability, served locally) load in two Chromiums at once,
// one with the built extension and one without, page by page in the same run. For each page:
// - notRead: left 3 s after navigation starts; read: kept in front 10 s (the extension reads it);
// - added = ScriptDuration (CDP Performance.getMetrics) with the extension − without, per page;
// - the longest single task of the extension's own scripts (a devtools.timeline trace, read case).
// Writes bench/results/page-cost.json: {notRead, read: {medianMs, p95Ms}, bundleGzipBytes, …}.
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, DIST, launchWithExtension } from '../harness/browser';
import { startPageServer } from '../harness/page-server';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'page-cost.json');
const CORPUS = process.env.CORPUS_DIR ?? '/work/shared/corpus/readability';
const PAGE_COUNT = Number(process.env.PAGE_COST_PAGES ?? 24);
const NOT_READ_MS = 3_000;
const READ_MS = 10_000;

interface Sample {
  page: string;
  addedMs: number;
  withMs: number;
  withoutMs: number;
}

/** Only these pages (names), for a quick look; the first PAGE_COUNT by default. */
const only = process.argv.slice(2);
const pages = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && (only.length === 0 || only.includes(entry.name)))
  .map((entry) => entry.name)
  .sort()
  .slice(0, PAGE_COUNT);
const server = await startPageServer(CORPUS);
const scratch = mkdtempSync(join(tmpdir(), 'bench-page-cost-'));
let withExtension: BrowserContext | undefined;
let without: BrowserContext | undefined;
try {
  withExtension = await launchWithExtension({ userDataDir: join(scratch, 'with') });
  without = await chromium.launchPersistentContext(join(scratch, 'without'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  // The worker starts on the first page; let that not count against any page.
  await visit(withExtension, server.url(`/${pages[0]}/source.html`), 1_000, false);
  const notRead: Sample[] = [];
  const read: Sample[] = [];
  let longestTaskMs = 0;
  for (const name of pages) {
    const url = server.url(`/${name}/source.html`);
    for (const [samples, dwell] of [
      [notRead, NOT_READ_MS],
      [read, READ_MS],
    ] as const) {
      // Both browsers load the page at the same time, so machine load hits both alike.
      const [a, b] = await Promise.all([
        visit(withExtension, url, dwell, dwell === READ_MS),
        visit(without, url, dwell, false),
      ]);
      longestTaskMs = Math.max(longestTaskMs, a.longestExtensionTaskMs);
      samples.push({
        page: name,
        addedMs: round(a.scriptMs - b.scriptMs),
        withMs: round(a.scriptMs),
        withoutMs: round(b.scriptMs),
      });
    }
    const last = (list: Sample[]) => (list.at(-1)?.addedMs ?? NaN).toFixed(2);
    console.log(`${name}: notRead +${last(notRead)} ms, read +${last(read)} ms`);
  }
  const report = {
    pages: pages.length,
    notRead: summary(notRead),
    read: summary(read),
    longestExtensionTaskMs: round(longestTaskMs),
    bundleGzipBytes: contentScriptGzipBytes(),
    samples: { notRead, read },
  };
  if (only.length === 0) {
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  }
  console.log(
    `notRead median ${String(report.notRead.medianMs)} ms, p95 ${String(report.notRead.p95Ms)} ms; ` +
      `read median ${String(report.read.medianMs)} ms, p95 ${String(report.read.p95Ms)} ms; ` +
      `longest extension task ${String(report.longestExtensionTaskMs)} ms; ` +
      `content script ${String(report.bundleGzipBytes)} B gzip on the load path`,
  );
  console.log(
    only.length === 0 ? `Wrote ${RESULTS}` : `Some pages only: ${RESULTS} left as it was`,
  );
} finally {
  await withExtension?.close().catch(() => undefined);
  await without?.close().catch(() => undefined);
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * Opens `url` in a new tab for `dwellMs` from navigation start, then reads the page's script time
 * (ScriptDuration, ms) and, when `trace`, the longest task of the extension's own scripts.
 */
async function visit(
  context: BrowserContext,
  url: string,
  dwellMs: number,
  trace: boolean,
): Promise<{ scriptMs: number; longestExtensionTaskMs: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const events: TraceEvent[] = [];
    if (trace) await startTrace(cdp, events);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
    await page.bringToFront();
    await sleep(dwellMs - (Date.now() - started));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    const longest = trace ? await stopTrace(cdp, events) : 0;
    return { scriptMs, longestExtensionTaskMs: longest };
  } finally {
    await cdp.detach().catch(() => undefined);
    await closePage(page);
  }
}

interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string; stackTrace?: { url?: string }[] } };
}

async function startTrace(cdp: CDPSession, events: TraceEvent[]): Promise<void> {
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
}

/** The longest script task attributed to the extension (chrome-extension:// URLs), in ms. */
async function stopTrace(cdp: CDPSession, events: TraceEvent[]): Promise<number> {
  const done = new Promise<void>((resolve) => {
    cdp.once('Tracing.tracingComplete', () => {
      resolve();
    });
  });
  await cdp.send('Tracing.end');
  await done;
  let longest = 0;
  for (const event of events) {
    const url = event.args?.data?.url ?? '';
    if (!url.startsWith('chrome-extension://') || event.dur === undefined) continue;
    longest = Math.max(longest, event.dur / 1000);
  }
  return longest;
}

async function closePage(page: Page): Promise<void> {
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
}

/** Gzip size of what every page load runs: the content and presence scripts with their imports. */
function contentScriptGzipBytes(): number {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const seen = new Set<string>();
  const queue = manifest.content_scripts.flatMap((script) => script.js);
  let total = 0;
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(DIST, file), 'utf8');
    total += gzipSync(text).length;
    // Static imports and the loader's getURL("…") are on the load path; import("…") is not.
    for (const [, path = ''] of text.matchAll(/(?:from\s*|getURL\()\s*["'`]([^"'`]+\.js)["'`]/g)) {
      queue.push(
        path.startsWith('./') ? join(dirname(file), path.slice(2)) : path.replace(/^\//, ''),
      );
    }
  }
  return total;
}

function summary(samples: Sample[]): { medianMs: number; p95Ms: number; maxMs: number } {
  const sorted = samples.map((s) => s.addedMs).sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(at(1)) };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
