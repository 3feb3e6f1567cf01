// `npm run bench:page-cost`: the main-thread time the extension adds to a page load (issue #13).
// Real article pages (../shared/corpus/readability, served locally) load in two Chromiums at once,
// one with the built extension and one without, page by page in the same run, PAGE_COST_REPS
// times (each round in the other page order, so machine load drifts alike over both cases):
// - notRead: left 3 s after navigation starts (whether or not the page finished loading);
//   read: kept in front 10 s, long enough for the extension to read it.
// - extension time (the figures): what a trace of the page's main thread attributes to the
//   extension (bench/lib/trace-attribution.ts): content-script injection, listeners, timers, idle
//   callbacks (reading the page), module fetches, compiles and evaluation, in thread time (the CPU
//   time the thread spent, whatever else the machine runs).
// - difference (a cross-check, noisy on a busy machine): ScriptDuration (CDP
//   Performance.getMetrics) with the extension − without, both traced alike.
// - the longest extension time inside one main-thread task (a long task is > 50 ms).
// - parts (a read's extension time by part: the order, the reading script's compile and run, frame
//   presence, the first extraction, timers, events; bench/lib/trace-parts.ts), median and p95 over
//   the read visits. PAGE_COST_COMPILE=1 adds V8's compile events to both traces (more tracing
//   overhead), which tells the first extraction's lazy compilation apart.
// Writes bench/results/page-cost.json: {notRead, read: {medianMs, p95Ms}, bundleGzipBytes, …}.
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  CHROMIUM,
  DIST,
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
} from '../harness/browser';
import { startPageServer } from '../harness/page-server';
import { FRAME_PRESENCE_PATH, READING_MODULE_PATH } from '../src/content/reading-module-path';
import {
  corpusPages,
  round,
  startTrace,
  stopTrace,
  summary,
  traceCategories,
} from './lib/page-trace';
import { attributeToExtension, type TraceEvent } from './lib/trace-attribution';
import { readParts, SUMMED_PARTS, type ReadParts } from './lib/trace-parts';
import { requireSharedDir } from '../src/testing/shared-dir';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'page-cost.json');
// The shared corpus beside this checkout (src/testing/shared-dir.ts), unless CORPUS_DIR names one.
const CORPUS = process.env.CORPUS_DIR ?? join(requireSharedDir('corpus'), 'corpus/readability');
const PAGE_COUNT = Number(process.env.PAGE_COST_PAGES ?? 24);
const NOT_READ_MS = 3_000;
const READ_MS = 10_000;
const REPS = Number(process.env.PAGE_COST_REPS ?? 2);
const CATEGORIES = traceCategories(process.env.PAGE_COST_COMPILE === '1');
// The corpus pages name other hosts (fonts, ads, analytics); with no network, each lookup would
// hang until the resolver gives up and hold the page's load for seconds. Refused at once, a page
// loads about as fast as it would online without those extras, and alike in both browsers.
/** The extension's name (en), which Chromium gives its content scripts' isolated world. */
const EXTENSION_NAME = (
  JSON.parse(readFileSync(join(DIST, '_locales', 'en', 'messages.json'), 'utf8')) as {
    ext_name: { message: string };
  }
).ext_name.message;
const NO_OTHER_HOSTS = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

interface Sample {
  page: string;
  /** The extension's main-thread time on this load (trace attribution), ms. */
  extensionMs: number;
  /** ScriptDuration with the extension − without, ms. */
  differenceMs: number;
  /** Whether the reading module was loaded (the page was read). */
  read: boolean;
  /** The extension's time by part (trace-parts.ts), ms. */
  parts: ReadParts;
}

/** Only these pages (names), for a quick look; the first PAGE_COUNT by default. */
const only = process.argv.slice(2);
const pages = corpusPages(CORPUS, only, PAGE_COUNT);
const server = await startPageServer(CORPUS);
const scratch = mkdtempSync(join(tmpdir(), 'bench-page-cost-'));
let withExtension: BrowserContext | undefined;
let without: BrowserContext | undefined;
try {
  withExtension = await launchWithExtension({
    userDataDir: join(scratch, 'with'),
    extraArgs: [NO_OTHER_HOSTS],
  });
  without = await chromium.launchPersistentContext(join(scratch, 'without'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      NO_OTHER_HOSTS,
    ],
  });
  const worker = await extensionWorker(withExtension);
  // The extension's files: under its id, and the reading module under this session's dynamic URL.
  const origins = [
    `chrome-extension://${extensionIdOf(worker)}/`,
    new URL('/', await worker.evaluate((path) => chrome.runtime.getURL(path), READING_MODULE_PATH))
      .href,
  ];
  // The worker starts on the first page; let that not count against any page.
  await visit(withExtension, server.url(`/${pages[0]}/source.html`), 1_000, origins);
  const notRead: Sample[] = [];
  const read: Sample[] = [];
  let longestTaskMs = 0;
  for (let rep = 0; rep < REPS; rep++) {
    for (const name of rep % 2 === 0 ? pages : [...pages].reverse()) {
      const url = server.url(`/${name}/source.html`);
      for (const [samples, dwell] of [
        [notRead, NOT_READ_MS],
        [read, READ_MS],
      ] as const) {
        // Both browsers load the page at the same time, so machine load hits both alike.
        const [a, b] = await Promise.all([
          visit(withExtension, url, dwell, origins),
          visit(without, url, dwell, origins),
        ]);
        longestTaskMs = Math.max(longestTaskMs, a.longestTaskMs);
        samples.push({
          page: name,
          extensionMs: round(a.extensionMs),
          differenceMs: round(a.scriptMs - b.scriptMs),
          read: a.read,
          parts: a.parts,
        });
      }
      const last = (list: Sample[]) => (list.at(-1)?.extensionMs ?? NaN).toFixed(2);
      console.log(`${name}: notRead ${last(notRead)} ms, read ${last(read)} ms`);
    }
  }
  const report = {
    pages: pages.length,
    repetitions: REPS,
    notRead: summary(notRead.map((s) => s.extensionMs)),
    read: summary(read.map((s) => s.extensionMs)),
    difference: {
      notRead: summary(notRead.map((s) => s.differenceMs)),
      read: summary(read.map((s) => s.differenceMs)),
    },
    // A read visit that never loaded the reading module measured nothing of reading; a notRead
    // visit that did was read after all (the page stayed too long).
    readVisitsRead: read.filter((s) => s.read).length,
    notReadVisitsRead: notRead.filter((s) => s.read).length,
    longestExtensionTaskMs: round(longestTaskMs),
    // Where a read's time goes (each part's median and p95 over the read visits; they need not
    // add up to read's), and the trace categories they were read with.
    parts: partsSummary(read),
    traceCategories: CATEGORIES,
    // What every page load runs: the declared content scripts (none since the worker injects).
    bundleGzipBytes: contentScriptGzipBytes(),
    // What a page being read runs: the reading path and frame presence the worker injects.
    injectedGzipBytes: gzipBytes([READING_MODULE_PATH, FRAME_PRESENCE_PATH]),
    samples: { notRead, read },
  };
  // A figure is only a measurement if every read visit was read and no notRead visit was (review
  // 8 F-inject-5: reading now waits for the worker to see 4 s of attention, which a visit may miss).
  const unsound =
    report.readVisitsRead < read.length || report.notReadVisitsRead > 0
      ? `read ${String(report.readVisitsRead)}/${String(read.length)} read visits, ` +
        `${String(report.notReadVisitsRead)} notRead visits read`
      : undefined;
  if (unsound !== undefined) {
    console.error(`Not a measurement (${unsound}): ${RESULTS} left as it was`);
    process.exitCode = 1;
  } else if (only.length === 0) {
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  }
  const line = (label: string, s: { medianMs: number; p95Ms: number }) =>
    `${label} median ${String(s.medianMs)} ms, p95 ${String(s.p95Ms)} ms`;
  console.log(
    `${line('notRead', report.notRead)}; ${line('read', report.read)} ` +
      `(read ${String(report.readVisitsRead)}/${String(read.length)} read visits, ` +
      `${String(report.notReadVisitsRead)} notRead visits); longest extension task ` +
      `${String(report.longestExtensionTaskMs)} ms; load path ${String(report.bundleGzipBytes)} B gzip`,
  );
  console.log(
    `Read by part (median/p95 ms): ${Object.entries(report.parts)
      .map(([part, s]) => `${part} ${String(s.medianMs)}/${String(s.p95Ms)}`)
      .join(', ')}`,
  );
  console.log(
    `Difference (cross-check): ${line('notRead', report.difference.notRead)}; ` +
      line('read', report.difference.read),
  );
  if (unsound === undefined) {
    console.log(
      only.length === 0 ? `Wrote ${RESULTS}` : `Some pages only: ${RESULTS} left as it was`,
    );
  }
} finally {
  await withExtension?.close().catch(() => undefined);
  await without?.close().catch(() => undefined);
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * Opens `url` in a new tab for `dwellMs` from navigation start (a page still loading then is left
 * all the same), tracing it; reads the page's ScriptDuration (ms) and what the trace attributes to
 * the extension at `origins`.
 */
async function visit(
  context: BrowserContext,
  url: string,
  dwellMs: number,
  origins: readonly string[],
): Promise<{
  scriptMs: number;
  extensionMs: number;
  longestTaskMs: number;
  read: boolean;
  parts: ReadParts;
}> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const events: TraceEvent[] = [];
    await startTrace(cdp, events, CATEGORIES);
    const started = Date.now();
    const endsAt = await traceClockAt(cdp, started + dwellMs);
    await page.goto(url, { waitUntil: 'commit', timeout: dwellMs }).catch(() => undefined);
    await page.bringToFront();
    await sleep(dwellMs - (Date.now() - started));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    await stopTrace(cdp);
    // What starts after the dwell (while CDP answers and the trace stops: seconds on a busy
    // machine, the page still in front) is not the visit's.
    const visited = events.filter((e) => (e.ts ?? 0) <= endsAt);
    const found = attributeToExtension(visited, origins, EXTENSION_NAME, [READING_MODULE_PATH]);
    const parts = readParts(visited, origins, EXTENSION_NAME, {
      reading: READING_MODULE_PATH,
      framePresence: FRAME_PRESENCE_PATH,
    });
    return {
      scriptMs,
      extensionMs: found.extensionMs,
      longestTaskMs: found.longestTaskMs,
      read: found.loadedMarker,
      parts: roundParts(parts),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await closePage(page);
  }
}

/**
 * The trace clock's time (µs) at `wallMs` (epoch ms, later than now): Chromium's TimeTicks, which
 * Performance.getMetrics's Timestamp and trace events share. Read as late as the reply allows, so
 * the time is never later than the true one.
 */
async function traceClockAt(cdp: CDPSession, wallMs: number): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ticks = metrics.find((m) => m.name === 'Timestamp')?.value;
  return ticks === undefined ? Infinity : ticks * 1e6 + (wallMs - Date.now()) * 1000;
}

async function closePage(page: Page): Promise<void> {
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
}

/** Gzip size of what every page load runs: the content scripts with their static imports. */
function contentScriptGzipBytes(): number {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js: string[] }[];
  };
  const seen = new Set<string>();
  const queue = (manifest.content_scripts ?? []).flatMap((script) => script.js);
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

/** Gzip size of `files` of the built extension. */
function gzipBytes(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
}

/** Each part's median and p95 over `samples` (the read visits). */
function partsSummary(
  samples: readonly Sample[],
): Record<keyof ReadParts, { medianMs: number; p95Ms: number; maxMs: number }> {
  const names = [...SUMMED_PARTS, 'firstExtractionCompile'] as const;
  return Object.fromEntries(
    names.map((part) => [part, summary(samples.map((s) => s.parts[part]))]),
  ) as Record<keyof ReadParts, { medianMs: number; p95Ms: number; maxMs: number }>;
}

function roundParts(parts: ReadParts): ReadParts {
  const rounded = { ...parts };
  for (const part of Object.keys(rounded) as (keyof ReadParts)[]) {
    rounded[part] = round(rounded[part]);
  }
  return rounded;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
