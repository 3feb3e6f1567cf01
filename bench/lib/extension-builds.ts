// Benchmark support: several extension builds side by side, each in its own Chromium, so an A/B
// reads the same pages in one run (bench:read-trace, bench:frame-cost).
import type { BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../../harness/browser';
import { startTrace, stopTrace } from './page-trace';
import type { TraceEvent } from './trace-attribution';

/** One launched build: its folder, its browser, its extension origin and its world's name. */
export interface Build {
  dir: string;
  context: BrowserContext;
  /** The extension's origin (`chrome-extension://<id>/`), as traces name its scripts. */
  origins: string[];
  /** The isolated world's name in traces: the extension's English name. */
  worldName: string;
}

/**
 * Launches each build folder in `dirs` in its own Chromium (profile under `scratch/<index>`,
 * `extraArgs` added) and waits for its worker. Throws what `launchWithExtension` throws; the
 * contexts launched before a failure are in neither the result nor closed (the caller's `finally`
 * closes what it has).
 */
export async function launchBuilds(
  dirs: readonly string[],
  scratch: string,
  extraArgs: string[],
  into: Build[],
): Promise<Build[]> {
  for (const [index, dir] of dirs.entries()) {
    const context = await launchWithExtension({
      userDataDir: join(scratch, String(index)),
      extraArgs,
      extensionDir: dir,
    });
    const worker = await extensionWorker(context);
    const { ext_name } = JSON.parse(
      readFileSync(join(dir, '_locales', 'en', 'messages.json'), 'utf8'),
    ) as { ext_name: { message: string } };
    into.push({
      dir,
      context,
      origins: [`chrome-extension://${extensionIdOf(worker)}/`],
      worldName: ext_name.message,
    });
  }
  return into;
}

/**
 * Opens `url` in a new tab of `build`'s browser, in front for `dwellMs` from navigation, and
 * returns the trace events of `categories` recorded meanwhile. The tab is closed whatever happens;
 * a navigation that fails or times out still gives the trace of the dwell.
 * @param scrollAtMs When given, the reader scrolls down two windows with the mouse wheel this
 *   long after navigation (a read that scrolls: the reading-position sampler reads the article).
 */
export async function tracedVisit(
  build: Build,
  url: string,
  dwellMs: number,
  categories: string,
  scrollAtMs?: number,
): Promise<TraceEvent[]> {
  const page = await build.context.newPage();
  const cdp = await build.context.newCDPSession(page);
  try {
    const events: TraceEvent[] = [];
    await startTrace(cdp, events, categories);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: dwellMs }).catch(() => undefined);
    await page.bringToFront();
    const waitUntil = (ms: number) =>
      new Promise((done) => setTimeout(done, Math.max(0, ms - (Date.now() - started))));
    if (scrollAtMs !== undefined && scrollAtMs < dwellMs) {
      await waitUntil(scrollAtMs);
      await page.mouse.move(300, 300).catch(() => undefined);
      const height = page.viewportSize()?.height ?? 720;
      await page.mouse.wheel(0, 2 * height).catch(() => undefined);
    }
    await waitUntil(dwellMs);
    await stopTrace(cdp);
    return events;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}
