// Extraction benchmark: quality and speed in one run, in Debian's Chromium.
//   npm run bench:extract -- [--corpus <dir>] [--out <file.jsonl>] [--runs 5]
// Serves every <corpus>/<case>/source.html at <case>/url.txt (default http://fakehost/test/page.html)
// with every other request aborted and page scripts disabled (a saved page's scripts would
// otherwise redirect or rewrite it), injects the bundled real extractor, and times
// extractPageMetadata(document, location.href) inside the page. `ms` per case is the median of
// the runs; the first (cold) run is reported separately because that is what a page load pays.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import type { PageMetadata } from '../src/activity/page-metadata';
import { BUNDLE_GLOBAL, bundleExtractor } from './lib/extract-bundle';
import { loadScorer } from './lib/extract-score';

const DEFAULT_URL = 'http://fakehost/test/page.html';
const repoRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.resolve(repoRoot, '../shared/corpus/readability') },
    out: { type: 'string', default: path.join(repoRoot, 'bench/results/extract.jsonl') },
    summary: { type: 'string', default: path.join(repoRoot, 'bench/results/extract.json') },
    runs: { type: 'string', default: '5' },
  },
});
const corpus = path.resolve(values.corpus);
const outFile = path.resolve(values.out);
const runs = Math.max(1, Number(values.runs) || 5);

interface InPageResult {
  meta: PageMetadata;
  times: number[];
}

const median = (xs: readonly number[]): number => quantile(xs, 0.5);
function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
const round = (x: number): number => Math.round(x * 1000) / 1000;

function listCases(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

function caseUrl(dir: string): string {
  const file = path.join(dir, 'url.txt');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || DEFAULT_URL : DEFAULT_URL;
}

async function measure(page: Page, bundle: string, n: number): Promise<InPageResult> {
  await page.evaluate(bundle);
  return page.evaluate(
    ({ name, n }) => {
      const api = (
        globalThis as unknown as Record<
          string,
          { extractPageMetadata: (d: Document, u: string) => PageMetadata }
        >
      )[name];
      if (api === undefined) throw new Error('extractor bundle did not load');
      const times: number[] = [];
      let meta: PageMetadata | undefined;
      for (let i = 0; i < n; i++) {
        const started = performance.now();
        meta = api.extractPageMetadata(document, location.href);
        times.push(performance.now() - started);
      }
      if (meta === undefined) throw new Error('no runs');
      return { meta, times };
    },
    { name: BUNDLE_GLOBAL, n },
  );
}

async function main(): Promise<void> {
  const started = Date.now();
  const bundle = await bundleExtractor(repoRoot);
  const cases = listCases(corpus);
  if (cases.length === 0) throw new Error(`no <case>/source.html under ${corpus}`);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  let current = { url: '', body: Buffer.alloc(0) };
  await page.route('**/*', (route) => {
    const request = route.request();
    const sameDoc = request.url().replace(/#.*$/, '') === current.url.replace(/#.*$/, '');
    if (request.isNavigationRequest() && sameDoc) {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: current.body,
      });
    }
    return route.abort('blockedbyclient');
  });

  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const lines: string[] = [];
  const medians: number[] = [];
  const firsts: number[] = [];
  for (const name of cases) {
    const dir = path.join(corpus, name);
    current = { url: caseUrl(dir), body: fs.readFileSync(path.join(dir, 'source.html')) };
    let row: Record<string, unknown> = { case: name };
    try {
      await page.goto(current.url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      const { meta, times } = await measure(page, bundle.code, runs);
      const ms = round(median(times));
      medians.push(ms);
      firsts.push(round(times[0] ?? NaN));
      row = {
        case: name,
        title: meta.title,
        authors: meta.authors.map((a) => a.name),
        description: meta.description ?? null,
        siteName: meta.siteName ?? null,
        published: meta.datePublished ?? null,
        lang: meta.lang ?? null,
        image: meta.image ?? null,
        url: meta.url,
        type: meta.type,
        ms,
        msFirst: round(times[0] ?? NaN),
      };
    } catch (error) {
      console.error(`${name}: ${String(error)}`);
      row.error = String(error);
    }
    lines.push(JSON.stringify(row));
  }
  await browser.close();
  fs.writeFileSync(outFile, lines.join('\n') + '\n');

  const timing = {
    runsPerPage: runs,
    medianMs: round(median(medians)),
    p95Ms: round(quantile(medians, 0.95)),
    firstRunMedianMs: round(median(firsts)),
    firstRunP95Ms: round(quantile(firsts, 0.95)),
  };
  console.log(`${cases.length} cases → ${outFile}`);
  console.log(
    `extraction ms (median of ${runs} runs per page): median ${timing.medianMs}, p95 ${timing.p95Ms}`,
  );
  console.log(
    `first (cold) run per page: median ${timing.firstRunMedianMs}, p95 ${timing.firstRunP95Ms}`,
  );
  console.log(`bundle: ${bundle.bytes} B minified, ${bundle.gzipBytes} B gzipped`);

  const scorer = await loadScorer(repoRoot);
  const scores: Record<string, unknown> = {};
  if (scorer === null) {
    console.log(
      'scorer not available (run `npm ci` in shared/tools/extract-eval or set EXTRACT_EVAL_SCORER)',
    );
  } else {
    for (const subset of ['real', 'synthetic']) {
      const report = scorer.mod.score(outFile, corpus, subset);
      if (report.cases === 0) continue;
      console.log('\n' + scorer.mod.markdown(report, `extract [${subset}]`));
      scores[subset] = { cases: report.cases, summary: report.summary, timing: report.timing };
    }
  }
  const summary = {
    corpus,
    cases: cases.length,
    predictions: outFile,
    bundle: { minifiedBytes: bundle.bytes, gzipBytes: bundle.gzipBytes },
    timing,
    scorer: scorer?.path ?? null,
    scores,
    wallSeconds: Math.round((Date.now() - started) / 100) / 10,
  };
  fs.writeFileSync(path.resolve(values.summary), JSON.stringify(summary, null, 2) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
