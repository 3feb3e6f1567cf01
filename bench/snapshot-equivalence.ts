// `npx tsx bench/snapshot-equivalence.ts [page …]`: the page's bounded snapshot
// (src/content/snapshot-html.ts: no script or style text, size-bounded) gives the same capture as
// its whole `outerHTML`, on every corpus page, in real Chromium (issue #13). Each page is opened,
// left to run its own scripts for a moment, and both snapshots of the same DOM are read with the
// offscreen document's reader (DOMParser and the pure extractor). Prints the sizes and the
// serialisation times (ms, in the page), lists every page whose captures differ, and exits 1 on
// any. The live document's capture is printed beside them where it differs from the full one
// (never a failure here: a snapshot cannot see what only layout or script state shows).
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { CHROMIUM, REPO_ROOT } from '../harness/browser';
import { startPageServer } from '../harness/page-server';
import { requireSharedDir } from '../src/testing/shared-dir';
import { BUNDLE_GLOBAL, bundleExtractor } from './lib/extract-bundle';
import { corpusPages } from './lib/page-trace';

const CORPUS = process.env.CORPUS_DIR ?? join(requireSharedDir('corpus'), 'corpus/readability');
const SETTLE_MS = 300;

interface Compared {
  full: string;
  bounded: string;
  live: string;
  fullChars: number;
  boundedChars: number;
  fullMs: number;
  boundedMs: number;
}

// Runs in the page, as a string (the bundle's global is the page's).
const COMPARE = `(() => {
  const g = window.${BUNDLE_GLOBAL};
  const root = document.documentElement;
  let t = performance.now();
  const whole = root.outerHTML.slice(0, 8000000);
  const fullMs = performance.now() - t;
  t = performance.now();
  const bounded = g.serialiseForReading(root, g.MAX_SNAPSHOT_CHARS);
  const boundedMs = performance.now() - t;
  const read = (html) => JSON.stringify(
    g.readSnapshot({ html, url: location.href, title: document.title, staleHead: false }, g.parseHtml));
  return {
    full: read(whole), bounded: read(bounded),
    live: JSON.stringify(g.readDocument(document, location.href, false)),
    fullChars: whole.length, boundedChars: bounded.length, fullMs, boundedMs,
  };
})()`;

const bundle = await bundleExtractor(REPO_ROOT, 'bench/lib/snapshot-entry.ts');
const pages = corpusPages(CORPUS, process.argv.slice(2), Infinity);
const server = await startPageServer(CORPUS);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const differing: string[] = [];
let fullChars = 0;
let boundedChars = 0;
try {
  for (const name of pages) {
    const page = await browser.newPage();
    try {
      await page
        .goto(server.url(`/${name}/source.html`), { waitUntil: 'load', timeout: 15_000 })
        .catch(() => undefined);
      await page.waitForTimeout(SETTLE_MS);
      await page.evaluate(bundle.code);
      let r = await page.evaluate<Compared>(COMPARE);
      // The extractor skips stages past its wall-clock work budget (extract/work-budget.ts): on a
      // loaded machine one of two reads of the same markup can; a difference is read again once.
      if (r.full !== r.bounded) r = await page.evaluate<Compared>(COMPARE);
      fullChars += r.fullChars;
      boundedChars += r.boundedChars;
      const same = r.full === r.bounded;
      if (!same) differing.push(name);
      console.log(
        `${same ? 'same' : 'DIFFERENT'} ${name}: ${String(r.fullChars)} → ${String(r.boundedChars)} chars, ` +
          `${r.fullMs.toFixed(2)} → ${r.boundedMs.toFixed(2)} ms`,
      );
      if (!same) console.log(`  full:    ${r.full}\n  bounded: ${r.bounded}`);
      if (r.live !== r.full) console.log(`  (live differs from the full snapshot: ${r.live})`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `${String(pages.length - differing.length)}/${String(pages.length)} pages give the same capture; ` +
    `${String(fullChars)} → ${String(boundedChars)} chars in all; load ${loadavg()[0]?.toFixed(1) ?? '?'}`,
);
if (differing.length > 0) {
  console.log(`Different: ${differing.join(', ')}`);
  process.exitCode = 1;
}
