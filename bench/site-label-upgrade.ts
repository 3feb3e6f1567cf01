// `npx tsx bench/site-label-upgrade.ts [pages]` (after `npm run build`): how long the version 11
// upgrade (store/db.ts: the `by-site-label` index) and the back-fill labelling every page after it
// (store/site-labels.ts) take in Chromium over a seeded history of that many pages (default
// 50,000), a version 10 copy of it upgraded by the product's own code. Prints the figures and the
// 1-minute load average.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../harness/browser';
import { seedHistory } from '../harness/history-seed';

const GLOBAL = '__upgradeProbe';
const pages = Number(process.argv[2] ?? 50_000);

/** ./lib/upgrade-probe.ts as one IIFE defining GLOBAL, to evaluate in an extension page. */
async function bundleProbe(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve(here, '..'),
    build: {
      write: false,
      minify: false,
      target: 'chrome120',
      lib: {
        entry: join(here, 'lib', 'upgrade-probe.ts'),
        formats: ['iife'],
        name: GLOBAL,
        fileName: () => 'probe.js',
      },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((r) => r.output).find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('vite produced no chunk for the probe');
  return chunk.code;
}

const scratch = mkdtempSync(join(tmpdir(), 'bench-upgrade-'));
const context = await launchWithExtension({ userDataDir: scratch });
try {
  const id = extensionIdOf(await extensionWorker(context));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/src/ui/options/index.html`);
  await seedHistory(page, { pages, days: 90, now: Date.now() });
  await page.evaluate(`${await bundleProbe()}\n;globalThis.${GLOBAL} = ${GLOBAL};`);
  const load = loadavg()[0] ?? 0;
  const probe = await page.evaluate(`globalThis.${GLOBAL}.probeUpgrade()`);
  console.log({ pages, ...(probe as object), loadAverage: Math.round(load * 10) / 10 });
} finally {
  await context.close();
  rmSync(scratch, { recursive: true, force: true });
}
