// `npm run bench:import`: importing a large history file (50,000 pages by default,
// BENCH_IMPORT_PAGES) through the options page of the built extension in real Chromium, as a user
// would: the file is written by the product's own writer (src/history-file/writers.ts), chosen in
// the "Import" file input, and merged by the worker. Measures the time until the page says it is
// done, the options page's peak JS heap (CDP Performance.getMetrics, sampled every 250 ms), its
// longest main-thread task (PerformanceObserver "longtask": how long the page froze) and the pages
// stored after; then exports them again through the Export (JSON) button and measures the same
// (time, heap, longest task) plus the pages in the saved file. Writes bench/results/import.json.
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
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
    // Peak heap while `run` runs, sampled every 250 ms, and the page's longest task in that time.
    const measure = async <T>(
      run: () => Promise<T>,
    ): Promise<{
      value: T;
      seconds: number;
      heapBefore: number;
      peak: number;
      longest: number;
    }> => {
      await page.evaluate(() => {
        (window as unknown as { longest: number }).longest = 0;
      });
      const heapBefore = await heap();
      let peak = heapBefore;
      let sampling = true;
      const sampler = (async () => {
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set below
        while (sampling) {
          peak = Math.max(peak, await heap());
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      })();
      const started = performance.now();
      const value = await run();
      const seconds = (performance.now() - started) / 1000;
      sampling = false;
      await sampler;
      const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
      return { value, seconds, heapBefore, peak, longest };
    };
    const status = page.locator('#data-status');
    const imported = await measure(async () => {
      await page.locator('#import-file').setInputFiles(file);
      await status
        .filter({ hasText: /Imported|Nothing was imported/ })
        .waitFor({ timeout: 20 * MINUTE });
      return status.textContent();
    });
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
    // The same pages back out, as a user saving a backup would: the page must not freeze either.
    const exported = await measure(async () => {
      const download = page.waitForEvent('download', { timeout: 20 * MINUTE });
      await page.locator('#export-json').click();
      const saved = join(scratch, 'exported.json');
      await (await download).saveAs(saved);
      const parsed = JSON.parse(readFileSync(saved, 'utf8')) as { activities?: unknown[] };
      return { pages: parsed.activities?.length ?? 0, fileMB: statSync(saved).size / 1e6 };
    });
    const mb = (bytes: number): number => Number((bytes / 1e6).toFixed(1));
    const result = {
      pages: PAGES,
      fileMB: Number((statSync(file).size / 1e6).toFixed(1)),
      seconds: Number(imported.seconds.toFixed(1)),
      optionsPeakHeapMB: mb(imported.peak),
      optionsHeapBeforeMB: mb(imported.heapBefore),
      longestTaskMs: Math.round(imported.longest),
      status: imported.value,
      storedPages: stored,
      export: {
        seconds: Number(exported.seconds.toFixed(1)),
        pages: exported.value.pages,
        fileMB: Number(exported.value.fileMB.toFixed(1)),
        optionsPeakHeapMB: mb(exported.peak),
        longestTaskMs: Math.round(exported.longest),
      },
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
