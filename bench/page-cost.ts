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
// - parts (a read's extension time by part: its isolated world's creation, the order, the reading
//   script's compile and run, frame presence, the first extraction, timers, events;
//   bench/lib/trace-parts.ts), median and p95 over the read visits. PAGE_COST_COMPILE=1 adds V8's
//   compile events to both traces (more tracing overhead), which tells the first extraction's lazy
//   compilation apart.
// Writes bench/results/page-cost.json: {notRead, read: {medianMs, p95Ms}, bundleGzipBytes, …};
// a run of named pages (`npm run bench:page-cost -- <page> …`) writes
// page-cost.<page>+<page>.json instead (resultsFileFor), never the whole corpus's file.
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHROMIUM,
  DIST,
  extensionIdOf,
  extensionWorker,
  ESBUILD_NAME_SHIM,
  launchWithExtension,
} from '../harness/browser';
import { startPageServer } from '../harness/page-server';
import { FRAME_PRESENCE_PATH, READING_MODULE_PATH } from '../src/content/reading-module-path';
import { contentScriptGzipBytes, gzipBytes } from './lib/bundle-bytes';
import { visit } from './lib/cost-visit';
import { corpusPages, resultsFileFor, round, summary, traceCategories } from './lib/page-trace';
import { SUMMED_PARTS, type ReadParts } from './lib/trace-parts';
import { requireSharedDir } from '../src/testing/shared-dir';

const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
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
const TRACE = { categories: CATEGORIES, worldName: EXTENSION_NAME };

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
const RESULTS = join(RESULTS_DIR, resultsFileFor('page-cost', only, pages));
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
  // The same init script as the extension's context (launchWithExtension), so both pay it.
  await without.addInitScript(ESBUILD_NAME_SHIM);
  const worker = await extensionWorker(withExtension);
  // The extension's files: under its id, and the reading module under this session's dynamic URL.
  const origins = [
    `chrome-extension://${extensionIdOf(worker)}/`,
    new URL('/', await worker.evaluate((path) => chrome.runtime.getURL(path), READING_MODULE_PATH))
      .href,
  ];
  // The worker starts on the first page; let that not count against any page.
  await visit(withExtension, server.url(`/${pages[0]}/source.html`), 1_000, origins, TRACE);
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
          visit(withExtension, url, dwell, origins, TRACE),
          visit(without, url, dwell, origins, TRACE),
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
    pageNames: pages,
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
    bundleGzipBytes: contentScriptGzipBytes(DIST),
    // What a page being read runs: the reading path and frame presence the worker injects.
    injectedGzipBytes: gzipBytes(DIST, [READING_MODULE_PATH, FRAME_PRESENCE_PATH]),
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
  } else {
    mkdirSync(RESULTS_DIR, { recursive: true });
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
  if (unsound === undefined) console.log(`Wrote ${RESULTS}`);
} finally {
  await withExtension?.close().catch(() => undefined);
  await without?.close().catch(() => undefined);
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
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
