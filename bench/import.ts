// `npm run bench:import`: importing a large history file (50,000 pages by default,
// BENCH_IMPORT_PAGES) through the options page of the built extension in real Chromium, as a user
// would: the file is written by the product's own writer (src/history-file/writers.ts), chosen in
// the "Import" file input, and merged by the worker. Measures the time until the page says it is
// done, the options page's peak JS heap (CDP Performance.getMetrics, sampled every 250 ms), its
// longest main-thread task (PerformanceObserver "longtask": how long the page froze) and the pages
// stored after. Writes bench/results/import.json.
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionIdOf, extensionWorker, launchWithExtension, REPO_ROOT } from '../harness/browser';
import { appActivityIdFor } from '../src/activity/activity-id';
import type { HistoryEntry } from '../src/history-file/format';
import { writeHistoryJson } from '../src/history-file/writers';
import { DEFAULT_SETTINGS } from '../src/settings/settings';

const PAGES = Number(process.env.BENCH_IMPORT_PAGES ?? 50_000);
const MINUTE = 60_000;

/** A page as the store keeps it: real-sized metadata, two reading sessions. */
function* entries(now: number): Generator<HistoryEntry> {
  for (let i = 0; i < PAGES; i++) {
    const url = `https://site${String(i % 211)}.example/2026/articles/${String(i)}-a-long-slug-for-it`;
    const at = now - (PAGES - i) * 10 * MINUTE;
    yield {
      record: {
        appActivityId: appActivityIdFor(url),
        metadata: {
          url,
          appActivityId: appActivityIdFor(url),
          title: `Article ${String(i)}: what the river carried through the valley`,
          siteName: `Harbour Times ${String(i % 211)}`,
          type: 'NewsArticle',
          description:
            `A description of article ${String(i)}, two sentences long as pages write them. `.repeat(
              2,
            ),
          image: `${url}/lead.jpg`,
          authors: [{ kind: 'Person', name: `Mara Lind ${String(i % 37)}` }],
          keywords: ['river', 'valley'],
          lang: 'en',
          wordCount: 1200,
          readingMinutes: 6,
        },
        firstSeenAt: at,
        lastActiveAt: at + 4 * MINUTE,
      },
      historyItems: [0, 1].map((k) => ({
        id: `00000000-0000-4000-8${String(k)}00-${String(i).padStart(12, '0')}`,
        appActivityId: appActivityIdFor(url),
        startedAt: at + k * 2 * MINUTE,
        lastActiveAt: at + k * 2 * MINUTE + MINUTE,
        activeMs: 55_000,
        userTimezone: 'Europe/Paris',
        ended: true,
      })),
    };
  }
}

async function writeFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  for await (const chunk of writeHistoryJson(
    { settings: DEFAULT_SETTINGS, entries: entries(Date.UTC(2026, 10, 1)) },
    Date.UTC(2026, 10, 1),
  )) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const file = join(scratch, 'history.json');
    await writeFile(file);
    const context = await launchWithExtension({ userDataDir: join(scratch, 'profile') });
    const id = extensionIdOf(await extensionWorker(context));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/src/ui/options/index.html`);
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    };
    const heapBefore = await heap();
    let peak = heapBefore;
    let sampling = true;
    const sampler = (async () => {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the main flow
      while (sampling) {
        peak = Math.max(peak, await heap());
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const started = performance.now();
    await page.locator('#import-file').setInputFiles(file);
    const status = page.locator('#data-status');
    await status
      .filter({ hasText: /Imported|Nothing was imported/ })
      .waitFor({ timeout: 20 * MINUTE });
    const seconds = (performance.now() - started) / 1000;
    sampling = false;
    await sampler;
    const longestTaskMs = await page.evaluate(
      () => (window as unknown as { longest: number }).longest,
    );
    const stored = await page.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage<unknown, { value: { recordedPages: number } }>(
        {
          channel: 'reading-timeline/v1',
          type: 'get-status',
          payload: {},
        },
      );
      return reply.value.recordedPages;
    });
    const result = {
      pages: PAGES,
      fileMB: Number((statSync(file).size / 1e6).toFixed(1)),
      seconds: Number(seconds.toFixed(1)),
      optionsPeakHeapMB: Number((peak / 1e6).toFixed(1)),
      optionsHeapBeforeMB: Number((heapBefore / 1e6).toFixed(1)),
      longestTaskMs: Math.round(longestTaskMs),
      status: await status.textContent(),
      storedPages: stored,
    };
    await context.close();
    const out = join(REPO_ROOT, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'import.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
