// `npm run bench:reading-position`: what noting the reading position costs a page (issue #18:
// ≤ 0.2 ms median per minute of reading). The sampler's own code (position-sampler.ts, bundled
// as the content script bundles it) runs in real article pages (../shared/corpus/readability,
// served locally) in Chromium. Samples are timed where they run, after the scroll's own layout
// (the sampler looks seconds after a scroll, so it forces none): `quoteSampleMs` on a block not
// quoted before (the quote is chosen), `cachedSampleMs` on one already quoted. A minute has at
// most 20 samples (one per SAMPLE_DELAY_MS), each once the reader stopped scrolling (SETTLE_MS):
//  - `perMinuteMs`, reading: at READING_WPM words a minute the top block changes
//    READING_WPM / (words per block) times a minute (at most 20); the other samples are cached;
//  - `stopAndGoMinuteMs`, the worst case: 20 samples, each on a new block;
//  - `continuousMinuteMs`, scrolling without a pause: one sample, where the reader stops.
// The article's blocks are read once per page in idle slices (article-watch.ts), and again only
// when its content changes (at most once a minute): `onceMs` (read + offsets measured + page text
// lowercased). Listeners only set a flag; page-cost.ts covers the load path.
// Writes bench/results/reading-position.json: {pages, perMinuteMs, onceMs, …}.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, REPO_ROOT } from '../harness/browser';
import { startPageServer } from '../harness/page-server';
import { corpusPages } from './lib/page-trace';
import { SAMPLE_DELAY_MS } from '../src/content/reading-position/position-sampler';
import { requireSharedDir } from '../src/testing/shared-dir';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'reading-position.json');
// The shared corpus beside this checkout (src/testing/shared-dir.ts), unless CORPUS_DIR names one.
const CORPUS = process.env.CORPUS_DIR ?? join(requireSharedDir('corpus'), 'corpus/readability');
const PAGE_COUNT = Number(process.env.READING_POSITION_PAGES ?? 40);
const SAMPLES_PER_MINUTE = 60_000 / SAMPLE_DELAY_MS;
/**
 * Each sample is repeated this often at its scroll position: one call is far below the timer's
 * grain (Chromium coarsens performance.now() to 100 µs on a page that is not cross-origin
 * isolated).
 */
const REPEAT = Number(process.env.READING_POSITION_REPEAT ?? 100);
const TARGET_MS = 0.2;
/** A steady reading pace (words a minute) for the reading model above. */
const READING_WPM = 250;

interface PageResult {
  page: string;
  blocks: number;
  /** Reading the blocks, measuring their offsets and lowercasing the page text: once a page. */
  onceMs: number;
  quoteSampleMs: number;
  cachedSampleMs: number;
  wordsPerBlock: number;
  perMinuteMs: number;
  stopAndGoMinuteMs: number;
  continuousMinuteMs: number;
}

interface ProbeGlobal {
  __readingProbe: {
    measure(
      samples: number,
      repeat: number,
    ): Promise<{
      blocks: number;
      words: number;
      onceMs: number;
      quoteMs: number;
      cachedMs: number;
    } | null>;
  };
}

// Runs in the page (bundled, so the evaluated function carries no helper of this process): the
// one-time work (all slices run back to back), then `samples` positions down the page, each timed
// after its layout with its quote chosen afresh on every repeat.
const MEASURE = `
  async function measure(samples, repeat) {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const drain = (steps) => { for (;;) { const step = steps.next(); if (step.done) return step.value; } };
    let started = performance.now();
    const blocks = readArticleBlocks(document);
    if (!blocks || blocks.elements.length === 0) return null;
    const index = new ArticleIndex(blocks, location.href);
    index.bottoms = drain(index.measureBottoms());
    index.quoteAt(0);
    const onceMs = performance.now() - started;
    const end = document.documentElement.scrollHeight - innerHeight;
    let quoteMs = 0;
    let cachedMs = 0;
    for (let i = 0; i < samples; i++) {
      scrollTo(0, (end * i) / (samples - 1));
      await frame();
      await frame();
      started = performance.now();
      for (let r = 0; r < repeat; r++) {
        index.quotes.clear();
        index.position(window);
      }
      quoteMs += (performance.now() - started) / repeat;
      started = performance.now();
      for (let r = 0; r < repeat; r++) index.position(window);
      cachedMs += (performance.now() - started) / repeat;
    }
    const words = blocks.texts.reduce((sum, text) => sum + text.split(' ').length, 0);
    return { blocks: blocks.elements.length, words, onceMs, quoteMs: quoteMs / samples, cachedMs: cachedMs / samples };
  }`;

const probe = await build({
  stdin: {
    contents: `import { readArticleBlocks } from './src/content/reading-position/article-blocks';
      import { ArticleIndex } from './src/content/reading-position/article-index';
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

const pages = corpusPages(CORPUS, [], PAGE_COUNT);
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
        const wordsPerBlock = measured.words / measured.blocks;
        const newBlocks = Math.min(SAMPLES_PER_MINUTE, READING_WPM / wordsPerBlock);
        results.push({
          page: name,
          blocks: measured.blocks,
          onceMs: round(measured.onceMs),
          quoteSampleMs: round(measured.quoteMs),
          cachedSampleMs: round(measured.cachedMs),
          wordsPerBlock: Math.round(wordsPerBlock),
          perMinuteMs: round(
            newBlocks * measured.quoteMs + (SAMPLES_PER_MINUTE - newBlocks) * measured.cachedMs,
          ),
          stopAndGoMinuteMs: round(SAMPLES_PER_MINUTE * measured.quoteMs),
          continuousMinuteMs: round(measured.quoteMs),
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
  readingWpm: READING_WPM,
  perMinuteMs: summary(results.map((r) => r.perMinuteMs)),
  stopAndGoMinuteMs: summary(results.map((r) => r.stopAndGoMinuteMs)),
  continuousMinuteMs: summary(results.map((r) => r.continuousMinuteMs)),
  quoteSampleMs: summary(results.map((r) => r.quoteSampleMs)),
  cachedSampleMs: summary(results.map((r) => r.cachedSampleMs)),
  onceMs: summary(results.map((r) => r.onceMs)),
  targetMedianMs: TARGET_MS,
  results,
};
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
const median = (figure: { medianMs: number }): string => `${String(figure.medianMs)} ms`;
console.log(
  `${String(report.pages)} pages, per minute of reading (${String(READING_WPM)} wpm): median ` +
    `${median(report.perMinuteMs)} (p95 ${String(report.perMinuteMs.p95Ms)}; target ≤ ${String(TARGET_MS)}); ` +
    `stop-and-go worst case ${median(report.stopAndGoMinuteMs)}, continuous scrolling ` +
    `${median(report.continuousMinuteMs)}; a sample ${median(report.quoteSampleMs)} (new block), ` +
    `${median(report.cachedSampleMs)} (cached); once a page (idle slices) ${median(report.onceMs)} ` +
    `(p95 ${String(report.onceMs.p95Ms)})`,
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
