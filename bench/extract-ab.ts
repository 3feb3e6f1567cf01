// Paired A/B of two extractor builds on the same pages in one run (#14's cold first extraction).
//   npm run bench:extract-ab -- --a <checkout> [--b <checkout, default this one>] [--corpus <dir>]
//     [--rounds 1] [--no-control] [--out bench/results/extract-ab.json]
// <checkout> is a source tree of the repository (for the "before": `git archive main | tar -x -C
// /tmp/before` and a node_modules link). Each build is bundled as bench:extract bundles it; every
// case then opens once per build in its own fresh page (lib/extract-page.ts), the two in turn
// first in turn, so machine load falls on all alike. Unless --no-control, A also runs a second
// time as its own control "a2" (an A/A pair in the same run: the gap between a and a2 is the
// run's noise, which a B/A gap must clear). Reports each side's bundle-load (main-thread CPU and
// wall: a compile hint moves work off the main thread, not out of the load), cold and warm CPU
// median/p95, how many cases B ran cold faster than A, and every case whose capture differs
// between the builds (exit 1 when one does: a speed change must not change what is captured).
// A case that fails on any side is left out of every side's figures and listed in `failed`
// (exit 1 too); the run goes on.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findSharedDir } from '../src/testing/shared-dir';
import { BUNDLE_GLOBAL, bundleExtractor } from './lib/extract-bundle';
import { caseUrl, listCases, quantile } from './lib/extract-cases';
import { runCase } from './lib/extract-page';
import { runPair } from './lib/extract-pair';

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
    'no-control': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(repoRoot, 'bench/results/extract-ab.json') },
  },
});

type Side = 'a' | 'a2' | 'b';
const stats = (xs: readonly number[]) => ({
  medianMs: Math.round(quantile(xs, 0.5) * 100) / 100,
  p95Ms: Math.round(quantile(xs, 0.95) * 100) / 100,
});

async function main(): Promise<void> {
  if (values.a === undefined)
    throw new Error('--a <checkout> is required (the "before" source tree)');
  const roots = { a: path.resolve(values.a), b: path.resolve(values.b) };
  const a = await bundleExtractor(roots.a);
  const bundles: Record<Side, typeof a> = { a, a2: a, b: await bundleExtractor(roots.b) };
  const sides: Side[] = values['no-control'] ? ['a', 'b'] : ['a', 'a2', 'b'];
  const corpus = path.resolve(values.corpus);
  const cases = listCases(corpus);
  if (cases.length === 0) throw new Error(`no <case>/source.html under ${corpus}`);
  const rounds = Math.max(1, Number(values.rounds) || 1);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const load: Record<Side, number[]> = { a: [], a2: [], b: [] };
  const loadWall: Record<Side, number[]> = { a: [], a2: [], b: [] };
  const cold: Record<Side, number[]> = { a: [], a2: [], b: [] };
  const warm: Record<Side, number[]> = { a: [], a2: [], b: [] };
  const first: Record<Side, number[]> = { a: [], a2: [], b: [] };
  const differing = new Set<string>();
  let bFaster = 0;
  // Cases dropped because a side failed: the medians are over the cases every side ran.
  const failed: { case: string; round: number; side: Side; error: string }[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [i, name] of cases.entries()) {
        const dir = path.join(corpus, name);
        const body = fs.readFileSync(path.join(dir, 'source.html'));
        // The order rotates by case and round and reverses every other case: each side leads alike.
        const shift = (i + round) % sides.length;
        const rotated = [...sides.slice(shift), ...sides.slice(0, shift)];
        const order = i % 2 === 0 ? rotated : rotated.reverse();
        const outcome = await runPair(order, (side) =>
          runCase(browser, caseUrl(dir), body, bundles[side].code, BUNDLE_GLOBAL, 3),
        );
        if (!outcome.ok) {
          console.error(`${name} (round ${String(round + 1)}, ${outcome.side}): ${outcome.error}`);
          failed.push({ case: name, round: round + 1, side: outcome.side, error: outcome.error });
          continue;
        }
        const captures: Partial<Record<Side, string>> = {};
        for (const side of order) {
          const run = outcome.runs[side];
          load[side].push(run.loadCpuMs);
          loadWall[side].push(run.loadWallMs);
          cold[side].push(run.coldCpuMs);
          first[side].push(run.loadCpuMs + run.coldCpuMs);
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
    loadCpu: Object.fromEntries(sides.map((s) => [s, stats(load[s])])),
    // A compile hint moves compiling off the main thread: it shows here, not in loadCpu.
    loadWall: Object.fromEntries(sides.map((s) => [s, stats(loadWall[s])])),
    coldCpu: Object.fromEntries(sides.map((s) => [s, stats(cold[s])])),
    warmCpu: Object.fromEntries(sides.map((s) => [s, stats(warm[s])])),
    // What a fresh document pays in all for its first capture: loading the bundle, then the run.
    loadPlusColdCpu: Object.fromEntries(sides.map((s) => [s, stats(first[s])])),
    bColdFaster: `${String(bFaster)}/${String(cold.b.length)}`,
    differing: [...differing],
    failed,
  };
  fs.mkdirSync(path.dirname(values.out), { recursive: true });
  fs.writeFileSync(values.out, JSON.stringify(summary, null, 2) + '\n');
  console.log(JSON.stringify(summary, null, 2));
  if (differing.size > 0 || failed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
