// `npm run bench:reading-position`: what noting the reading position costs a page (issue #18:
// ≤ 0.2 ms median per minute of reading). The sampler's own code (position-sampler.ts, bundled
// as the content script bundles it) runs in real article pages (../shared/corpus/readability,
// served locally) in Chromium. A reader who scrolls all the time gets at most one sample per
// SAMPLE_DELAY_MS (20 a minute) and one read of the article's blocks per minute; each is timed
// where it runs, after the scroll's own layout (the sampler runs seconds after a scroll, so it
// forces none). Listeners only set a flag; page-cost.ts covers the load path.
// Writes bench/results/reading-position.json: {pages, perMinuteMs: {medianMs, p95Ms, maxMs}, …}.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, REPO_ROOT } from '../harness/browser';
import { startPageServer } from '../harness/page-server';
import { SAMPLE_DELAY_MS } from '../src/content/reading-position/position-sampler';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'reading-position.json');
const CORPUS = process.env.CORPUS_DIR ?? '/work/shared/corpus/readability';
const PAGE_COUNT = Number(process.env.READING_POSITION_PAGES ?? 40);
const SAMPLES_PER_MINUTE = 60_000 / SAMPLE_DELAY_MS;
/** Each sample is repeated this often at its scroll position: one call is near the timer's grain. */
const REPEAT = 10;
const TARGET_MS = 0.2;

interface PageResult {
  page: string;
  blocks: number;
  blocksMs: number;
  sampleMs: number;
  perMinuteMs: number;
}

interface ProbeGlobal {
  __readingProbe: {
    measure(
      samples: number,
      repeat: number,
    ): Promise<{ blocks: number; blocksMs: number; sampleMs: number } | null>;
  };
}

// Runs in the page (bundled, so the evaluated function carries no helper of this process): one
// read of the blocks, then `samples` positions down the page, each timed after its layout.
const MEASURE = `
  async function measure(samples, repeat) {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let started = performance.now();
    const blocks = readArticleBlocks(document);
    const blocksMs = performance.now() - started;
    if (!blocks || blocks.elements.length === 0) return null;
    const end = document.documentElement.scrollHeight - innerHeight;
    let sampleMs = 0;
    for (let i = 0; i < samples; i++) {
      scrollTo(0, (end * i) / (samples - 1));
      await frame();
      await frame();
      started = performance.now();
      for (let r = 0; r < repeat; r++) positionIn(window, blocks);
      sampleMs += (performance.now() - started) / repeat;
    }
    return { blocks: blocks.elements.length, blocksMs, sampleMs };
  }`;

const probe = await build({
  stdin: {
    contents: `import { readArticleBlocks } from './src/content/reading-position/article-blocks';
      import { positionIn } from './src/content/reading-position/position-sampler';
      ${MEASURE}
      globalThis.__readingProbe = { measure };`,
    resolveDir: REPO_ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  write: false,
});
const probeScript = probe.outputFiles[0]?.text ?? '';

const pages = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .slice(0, PAGE_COUNT);
const server = await startPageServer(CORPUS);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const results: PageResult[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  // Pages run their own scripts as they would; none can reach the network beyond this machine.
  for (const name of pages) {
    const page = await context.newPage();
    try {
      await page.goto(server.url(`/${name}/source.html`), { waitUntil: 'load', timeout: 15_000 });
      await page.addScriptTag({ content: probeScript });
      const measured = await page.evaluate(
        ([samples, repeat]) =>
          (globalThis as unknown as ProbeGlobal).__readingProbe.measure(samples, repeat),
        [SAMPLES_PER_MINUTE, REPEAT] as const,
      );
      if (measured) {
        const perMinuteMs = measured.blocksMs + measured.sampleMs;
        results.push({
          page: name,
          blocks: measured.blocks,
          blocksMs: round(measured.blocksMs),
          sampleMs: round(measured.sampleMs / SAMPLES_PER_MINUTE),
          perMinuteMs: round(perMinuteMs),
        });
      }
    } catch (error) {
      console.log(`${name}: skipped (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const report = {
  pages: results.length,
  samplesPerMinute: SAMPLES_PER_MINUTE,
  perMinuteMs: summary(results.map((r) => r.perMinuteMs)),
  sampleMs: summary(results.map((r) => r.sampleMs)),
  blocksMs: summary(results.map((r) => r.blocksMs)),
  targetMedianMs: TARGET_MS,
  results,
};
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `${String(report.pages)} pages: per minute of reading median ${String(report.perMinuteMs.medianMs)} ms ` +
    `(p95 ${String(report.perMinuteMs.p95Ms)}, max ${String(report.perMinuteMs.maxMs)}; target ≤ ${String(TARGET_MS)}); ` +
    `one sample median ${String(report.sampleMs.medianMs)} ms, blocks read median ${String(report.blocksMs.medianMs)} ms`,
);
console.log(`Wrote ${RESULTS}`);
if (report.perMinuteMs.medianMs > TARGET_MS) process.exitCode = 1;

function summary(values: number[]): { medianMs: number; p95Ms: number; maxMs: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(at(1)) };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
