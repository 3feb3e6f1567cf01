// Paired A/B of two extractor builds on the same pages in one run (#14's cold first extraction).
//   npm run bench:extract-ab -- --a <checkout> [--b <checkout, default this one>] [--corpus <dir>]
//     [--rounds 1] [--out bench/results/extract-ab.json]
// <checkout> is a source tree of the repository (for the "before": `git archive main | tar -x -C
// /tmp/before` and a node_modules link). Each build is bundled as bench:extract bundles it; every
// case then opens once per build in its own fresh page (lib/extract-page.ts), the two in turn
// first (A then B on one case, B then A on the next), so machine load falls on both alike. Reports
// each build's cold and warm CPU median/p95, how many cases B ran cold faster, and every case
// whose capture differs between the builds (exit 1 when one does: a speed change must not change
// what is captured).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findSharedDir } from '../src/testing/shared-dir';
import { BUNDLE_GLOBAL, bundleExtractor } from './lib/extract-bundle';
import { caseUrl, listCases, quantile } from './lib/extract-cases';
import { runCase } from './lib/extract-page';

const repoRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: repoRoot },
    corpus: {
      type: 'string',
      default: path.join(
        findSharedDir('corpus') ?? path.resolve(repoRoot, '../shared'),
        'corpus/readability',
      ),
    },
    rounds: { type: 'string', default: '1' },
    out: { type: 'string', default: path.join(repoRoot, 'bench/results/extract-ab.json') },
  },
});

type Side = 'a' | 'b';
const stats = (xs: readonly number[]) => ({
  medianMs: Math.round(quantile(xs, 0.5) * 100) / 100,
  p95Ms: Math.round(quantile(xs, 0.95) * 100) / 100,
});

async function main(): Promise<void> {
  if (values.a === undefined)
    throw new Error('--a <checkout> is required (the "before" source tree)');
  const roots: Record<Side, string> = { a: path.resolve(values.a), b: path.resolve(values.b) };
  const bundles = { a: await bundleExtractor(roots.a), b: await bundleExtractor(roots.b) };
  const corpus = path.resolve(values.corpus);
  const cases = listCases(corpus);
  if (cases.length === 0) throw new Error(`no <case>/source.html under ${corpus}`);
  const rounds = Math.max(1, Number(values.rounds) || 1);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const cold: Record<Side, number[]> = { a: [], b: [] };
  const warm: Record<Side, number[]> = { a: [], b: [] };
  const differing = new Set<string>();
  let bFaster = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [i, name] of cases.entries()) {
        const dir = path.join(corpus, name);
        const body = fs.readFileSync(path.join(dir, 'source.html'));
        const order: Side[] = (i + round) % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
        const captures: Partial<Record<Side, string>> = {};
        for (const side of order) {
          const run = await runCase(
            browser,
            caseUrl(dir),
            body,
            bundles[side].code,
            BUNDLE_GLOBAL,
            3,
          );
          cold[side].push(run.coldCpuMs);
          warm[side].push(run.warmCpuMs);
          captures[side] = JSON.stringify(run.meta);
        }
        if ((cold.b.at(-1) ?? 0) < (cold.a.at(-1) ?? 0)) bFaster++;
        if (captures.a !== captures.b) differing.add(name);
      }
    }
  } finally {
    await browser.close();
  }
  const summary = {
    corpus,
    cases: cases.length,
    rounds,
    roots,
    gzipBytes: { a: bundles.a.gzipBytes, b: bundles.b.gzipBytes },
    coldCpu: { a: stats(cold.a), b: stats(cold.b) },
    warmCpu: { a: stats(warm.a), b: stats(warm.b) },
    bColdFaster: `${String(bFaster)}/${String(cases.length * rounds)}`,
    differing: [...differing],
  };
  fs.mkdirSync(path.dirname(values.out), { recursive: true });
  fs.writeFileSync(values.out, JSON.stringify(summary, null, 2) + '\n');
  console.log(JSON.stringify(summary, null, 2));
  if (differing.size > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
