// `npm run bench:frame-cost`: what frame presence costs per frame (issue #13, review F-load-1).
// An article with three cross-site iframes (harness/pages/three-frames.html: three sites, so three
// renderer processes besides the page's) is read (kept in front 10 s) in one Chromium per build
// of FRAME_COST_BUILDS (comma-separated built extension folders; default dist), at once, in
// FRAME_COST_REPS rounds; then the same page with its first frame rotating every second (an ad
// slot loading a new document each time). Each visit is traced across every renderer; per frame
// thread (bench/lib/frame-threads.ts), the extension's thread time, how often the frame presence
// file ran and how many injected functions ran. Figures: per subframe, its extension time (median
// and p95 over frames × rounds); in the top frame, the injections' time and their counts.
// Writes bench/results/frame-cost.json: {builds: [{dir, static, rotating}], load, samples}.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, PAGES } from '../harness/browser';
import { startPageServer } from '../harness/page-server';
import { launchBuilds, tracedVisit, type Build } from './lib/extension-builds';
import { FRAME_PRESENCE_PATH, READING_MODULE_PATH } from '../src/content/reading-module-path';
import { costByFrameThread, type FrameThreadCost } from './lib/frame-threads';
import { round, summary, traceCategories } from './lib/page-trace';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'frame-cost.json');
const REPS = Number(process.env.FRAME_COST_REPS ?? 6);
const BUILDS = (process.env.FRAME_COST_BUILDS ?? DIST).split(',').map((dir) => resolve(dir));
const READ_MS = 10_000;
const CATEGORIES = traceCategories(false);
/** The page's three frame sites, here; every other host refused at once (no network). */
const HOSTS =
  '--host-resolver-rules=MAP frame-a.test 127.0.0.1, MAP frame-b.test 127.0.0.1, ' +
  'MAP frame-c.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const VARIANTS = { static: '/three-frames.html', rotating: '/three-frames.html?rotate=1000' };
type Variant = keyof typeof VARIANTS;

const server = await startPageServer(PAGES);
const scratch = mkdtempSync(join(tmpdir(), 'bench-frame-cost-'));
const builds: Build[] = [];
const loadAtStart = loadavg()[0] ?? NaN;
try {
  await launchBuilds(BUILDS, scratch, [HOSTS], builds);
  // Each worker starts on a first page; let that not count.
  await Promise.all(builds.map((build) => read(build, server.url('/tides.html'), 1_000)));
  const samples = builds.map(() => ({
    static: [] as FrameThreadCost[][],
    rotating: [] as FrameThreadCost[][],
  }));
  for (let rep = 0; rep < REPS; rep++) {
    for (const variant of Object.keys(VARIANTS) as Variant[]) {
      const url = server.url(VARIANTS[variant]);
      const found = await Promise.all(builds.map((build) => read(build, url, READ_MS)));
      found.forEach((threads, index) => samples[index]?.[variant].push(threads));
      console.log(
        `${variant} ${String(rep + 1)}: ` +
          found.map((threads) => threads.map(describe).join(' | ')).join('  //  '),
      );
    }
  }
  const report = {
    repetitions: REPS,
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? NaN },
    builds: builds.map((build, index) => ({
      dir: build.dir,
      static: figures(samples[index]?.static ?? []),
      rotating: figures(samples[index]?.rotating ?? []),
    })),
    samples,
  };
  for (const build of report.builds) console.log(`${build.dir}: ${JSON.stringify(build)}`);
  console.log(
    `Load average ${String(report.loadAverage.start)} → ${String(report.loadAverage.end)}`,
  );
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${RESULTS}`);
} finally {
  for (const build of builds) await build.context.close().catch(() => undefined);
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}

/** One visit's threads, in a line: the top frame first. */
function describe(t: FrameThreadCost): string {
  return `${t.top ? 'top' : 'frame'} ${t.ms.toFixed(2)} ms (injected ${t.injectedMs.toFixed(2)}, ${String(t.framePresenceRuns)} fp, ${String(t.functionRuns)} fn)`;
}

/** The figures of one build and variant over its visits. */
function figures(visits: readonly FrameThreadCost[][]) {
  const tops = visits.flatMap((threads) => threads.filter((t) => t.top));
  const frames = visits.flatMap((threads) => threads.filter((t) => !t.top));
  const sum = (list: readonly FrameThreadCost[], pick: (t: FrameThreadCost) => number) =>
    round(list.reduce((s, t) => s + pick(t), 0) / Math.max(1, visits.length));
  return {
    visitsRead: tops.length,
    perFrameMs: summary(frames.map((t) => t.ms)),
    topInjectedMs: summary(tops.map((t) => t.injectedMs)),
    perVisit: {
      topFramePresenceRuns: sum(tops, (t) => t.framePresenceRuns),
      topFunctionRuns: sum(tops, (t) => t.functionRuns),
      frameFramePresenceRuns: sum(frames, (t) => t.framePresenceRuns),
      frameFunctionRuns: sum(frames, (t) => t.functionRuns),
      framesMs: sum(frames, (t) => t.ms),
    },
  };
}

/** Opens `url` in a new tab of `build`'s browser, in front for `dwellMs`, tracing every frame. */
async function read(build: Build, url: string, dwellMs: number): Promise<FrameThreadCost[]> {
  const events = await tracedVisit(build, url, dwellMs, CATEGORIES);
  return costByFrameThread(events, build.origins, build.worldName, {
    reading: READING_MODULE_PATH,
    framePresence: FRAME_PRESENCE_PATH,
  })
    .sort((a, b) => Number(b.top) - Number(a.top))
    .map((t) => ({ ...t, ms: round(t.ms), injectedMs: round(t.injectedMs) }));
}
