// One traced visit of bench:page-cost: a page opened in a new tab for a dwell, its main thread's
// ScriptDuration and what the trace attributes to the extension, by part.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { FRAME_PRESENCE_PATH, READING_MODULE_PATH } from '../../src/content/reading-module-path';
import { round, startTrace, stopTrace } from './page-trace';
import { attributeToExtension, type TraceEvent } from './trace-attribution';
import { readParts, type ReadParts } from './trace-parts';

/**
 * Opens `url` in a new tab for `dwellMs` from navigation start (a page still loading then is left
 * all the same), tracing it; reads the page's ScriptDuration (ms) and what the trace attributes to
 * the extension at `origins` (`trace.worldName`: the isolated world its content scripts run in).
 */
export async function visit(
  context: BrowserContext,
  url: string,
  dwellMs: number,
  origins: readonly string[],
  trace: { categories: string; worldName: string },
): Promise<{
  scriptMs: number;
  extensionMs: number;
  longestTaskMs: number;
  read: boolean;
  parts: ReadParts;
}> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const events: TraceEvent[] = [];
    await startTrace(cdp, events, trace.categories);
    const started = Date.now();
    const endsAt = await traceClockAt(cdp, started + dwellMs);
    await page.goto(url, { waitUntil: 'commit', timeout: dwellMs }).catch(() => undefined);
    await page.bringToFront();
    await sleep(dwellMs - (Date.now() - started));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    await stopTrace(cdp);
    // What starts after the dwell (while CDP answers and the trace stops: seconds on a busy
    // machine, the page still in front) is not the visit's.
    const visited = events.filter((e) => (e.ts ?? 0) <= endsAt);
    const found = attributeToExtension(visited, origins, trace.worldName, [READING_MODULE_PATH]);
    const parts = readParts(visited, origins, trace.worldName, {
      reading: READING_MODULE_PATH,
      framePresence: FRAME_PRESENCE_PATH,
    });
    return {
      scriptMs,
      extensionMs: found.extensionMs,
      longestTaskMs: found.longestTaskMs,
      read: found.loadedMarker,
      parts: roundParts(parts),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await closePage(page);
  }
}

/**
 * The trace clock's time (µs) at `wallMs` (epoch ms, later than now): Chromium's TimeTicks, which
 * Performance.getMetrics's Timestamp and trace events share. Read as late as the reply allows, so
 * the time is never later than the true one.
 */
async function traceClockAt(cdp: CDPSession, wallMs: number): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ticks = metrics.find((m) => m.name === 'Timestamp')?.value;
  return ticks === undefined ? Infinity : ticks * 1e6 + (wallMs - Date.now()) * 1000;
}

async function closePage(page: Page): Promise<void> {
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
}

function roundParts(parts: ReadParts): ReadParts {
  const rounded = { ...parts };
  for (const part of Object.keys(rounded) as (keyof ReadParts)[]) {
    rounded[part] = round(rounded[part]);
  }
  return rounded;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
