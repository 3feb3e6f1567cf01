// `npm run bench:read-trace [-- page …]`: where a page read's extension time goes, part by part
// (issue #13: read p95 ≤ 10 ms), and an A/B of extension builds on the same pages in one run.
// Each build in READ_TRACE_BUILDS (comma-separated built extension folders; default dist) gets a
// Chromium of its own; every corpus page is read (kept in front 10 s) in all of them at once,
// READ_TRACE_REPS rounds (each in the other page order), traced with V8's compile events. The
// parts (bench/lib/trace-parts.ts) are in thread time, as bench:page-cost counts them, which
// quotes them too; this one adds the lazy compilation of the first extraction and compares builds.
// Writes bench/results/read-trace.json: {builds: [{dir, read, parts}], pages, pageNames, load,
// samples}; a run of named pages writes read-trace.<page>+<page>.json instead (resultsFileFor).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from '../harness/browser';
import { startPageServer } from '../harness/page-server';
import { launchBuilds, tracedVisit, type Build } from './lib/extension-builds';
import { FRAME_PRESENCE_PATH, READING_MODULE_PATH } from '../src/content/reading-module-path';
import { corpusPages, resultsFileFor, round, summary, traceCategories } from './lib/page-trace';
import { attributeToExtension } from './lib/trace-attribution';
import { readParts, SUMMED_PARTS, type ReadParts } from './lib/trace-parts';
import { requireSharedDir } from '../src/testing/shared-dir';

const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
// The shared corpus beside this checkout (src/testing/shared-dir.ts), unless CORPUS_DIR names one.
const CORPUS = process.env.CORPUS_DIR ?? join(requireSharedDir('corpus'), 'corpus/readability');
const PAGE_COUNT = Number(process.env.READ_TRACE_PAGES ?? 24);
const REPS = Number(process.env.READ_TRACE_REPS ?? 2);
const BUILDS = (process.env.READ_TRACE_BUILDS ?? DIST).split(',').map((dir) => resolve(dir));
const READ_MS = 10_000;
// READ_TRACE_SCROLL_AT_MS: the reader scrolls two windows down this long after navigation (after
// the reading path started, about 4 s in), so the reading-position sampler's first read counts.
const SCROLL_AT_MS = process.env.READ_TRACE_SCROLL_AT_MS
  ? Number(process.env.READ_TRACE_SCROLL_AT_MS)
  : undefined;
// READ_TRACE_COMPILE=0: without V8's lazy-compile events, as bench:page-cost traces by default
// (with them V8 also collects source positions as it compiles: 0.9 ms in one 11.6 KB file's run).
const CATEGORIES = traceCategories(process.env.READ_TRACE_COMPILE !== '0');
// As in page-cost.ts: other hosts refused at once, so a page's load is not held by lookups.
const NO_OTHER_HOSTS = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

interface Sample {
  page: string;
  extensionMs: number;
  read: boolean;
  parts: ReadParts;
}

const only = process.argv.slice(2);
const pages = corpusPages(CORPUS, only, PAGE_COUNT);
const RESULTS = join(RESULTS_DIR, resultsFileFor('read-trace', only, pages));
const server = await startPageServer(CORPUS);
const scratch = mkdtempSync(join(tmpdir(), 'bench-read-trace-'));
const builds: Build[] = [];
const loadAtStart = loadavg()[0] ?? NaN;
try {
  await launchBuilds(BUILDS, scratch, [NO_OTHER_HOSTS], builds);
  // Each worker starts on a first page; let that not count against any page.
  await Promise.all(
    builds.map((build) => read(build, server.url(`/${pages[0]}/source.html`), 1_000)),
  );
  const samples = builds.map((): Sample[] => []);
  for (let rep = 0; rep < REPS; rep++) {
    for (const name of rep % 2 === 0 ? pages : [...pages].reverse()) {
      const url = server.url(`/${name}/source.html`);
      const found = await Promise.all(builds.map((build) => read(build, url, READ_MS)));
      found.forEach((sample, index) => samples[index]?.push({ ...sample, page: name }));
      console.log(`${name}: ${found.map((s) => s.extensionMs.toFixed(2)).join(' / ')} ms`);
    }
  }
  const report = {
    pages: pages.length,
    pageNames: pages,
    repetitions: REPS,
    scrollAtMs: SCROLL_AT_MS ?? null,
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? NaN },
    traceCategories: CATEGORIES,
    builds: builds.map((build, index) => {
      const list = samples[index] ?? [];
      return {
        dir: build.dir,
        readVisitsRead: list.filter((s) => s.read).length,
        read: summary(list.map((s) => s.extensionMs)),
        parts: Object.fromEntries(
          [...SUMMED_PARTS, 'firstExtractionCompile' as const].map((part) => [
            part,
            summary(list.map((s) => s.parts[part])),
          ]),
        ),
      };
    }),
    samples,
  };
  for (const build of report.builds) {
    console.log(
      `${build.dir}: read median ${String(build.read.medianMs)} ms, p95 ` +
        `${String(build.read.p95Ms)} ms (${String(build.readVisitsRead)} read); by part ` +
        Object.entries(build.parts)
          .map(([part, s]) => `${part} ${String(s.medianMs)}/${String(s.p95Ms)}`)
          .join(', '),
    );
  }
  console.log(
    `Load average ${String(report.loadAverage.start)} → ${String(report.loadAverage.end)}`,
  );
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${RESULTS}`);
} finally {
  for (const build of builds) await build.context.close().catch(() => undefined);
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}

/** Opens `url` in a new tab of `build`'s browser, in front for `dwellMs`, tracing the read. */
async function read(build: Build, url: string, dwellMs: number): Promise<Omit<Sample, 'page'>> {
  const scrollAt = dwellMs === READ_MS ? SCROLL_AT_MS : undefined;
  const events = await tracedVisit(build, url, dwellMs, CATEGORIES, scrollAt);
  const found = attributeToExtension(events, build.origins, build.worldName, [READING_MODULE_PATH]);
  const parts = readParts(events, build.origins, build.worldName, {
    reading: READING_MODULE_PATH,
    framePresence: FRAME_PRESENCE_PATH,
  });
  for (const part of Object.keys(parts) as (keyof ReadParts)[]) parts[part] = round(parts[part]);
  return { extensionMs: round(found.extensionMs), read: found.loadedMarker, parts };
}
