// `npm run bench`: every benchmark in turn, each writing its JSON under bench/results/. A failing
// benchmark is reported and the rest still run; the exit code says whether all of them passed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/browser';

const BENCHMARKS: { name: string; script: string; args?: string[]; display?: boolean }[] = [
  { name: 'extract', script: 'bench/extract.ts' },
  { name: 'sandbox', script: 'bench/sandbox.ts' },
  { name: 'sync', script: 'bench/sync.ts' },
  { name: 'relay', script: 'bench/relay.ts' },
  // Tracking drives a real browser, headed for the idle scenario: give it a display.
  { name: 'tracking', script: 'bench/tracking.ts', display: true },
  { name: 'page-cost', script: 'bench/page-cost.ts' },
  { name: 'reading-position', script: 'bench/reading-position.ts' },
  { name: 'history', script: 'bench/history.ts' },
];

let failed = 0;
for (const bench of BENCHMARKS) {
  const started = Date.now();
  console.log(`\n=== bench:${bench.name}`);
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const command = bench.display ? ['bash', 'scripts/with-display.sh', tsx] : [tsx];
  const [program = tsx, ...rest] = command;
  const result = spawnSync(program, [...rest, bench.script, ...(bench.args ?? [])], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status === 0) {
    console.log(`=== bench:${bench.name} done in ${seconds} s`);
  } else {
    failed++;
    console.log(
      `=== bench:${bench.name} FAILED (exit ${String(result.status)}) after ${seconds} s`,
    );
  }
}
console.log(`\n${String(BENCHMARKS.length - failed)} passed, ${String(failed)} failed`);
process.exitCode = failed === 0 ? 0 : 1;
