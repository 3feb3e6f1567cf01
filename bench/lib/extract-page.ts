// Opens one saved page in a fresh, sealed browser context and runs the bundled extractor in it.
// Each case gets its own context, so nothing one page does (a meta refresh, a refused request,
// a navigation it starts) can reach the next case.
import type { Browser, BrowserContext, CDPSession, Route } from '@playwright/test';
import type { PageCapture } from '../../src/activity/page-metadata';

/** What one case produced: the metadata and each run's duration in ms (the first is cold). */
export interface CaseRun {
  meta: PageCapture;
  times: number[];
  /** Main-thread CPU time of evaluating the bundle (compiling it, running its top level), in ms. */
  loadCpuMs: number;
  /** Main-thread CPU time of the first (cold) run, in ms. */
  coldCpuMs: number;
  /** Main-thread CPU time of one warm run (the warm runs' total over their number), in ms. */
  warmCpuMs: number;
  /** Requests the page tried to make beyond its own document, all refused or answered locally. */
  blocked: number;
}

const sameDocument = (a: string, b: string): boolean =>
  a.replace(/#.*$/, '') === b.replace(/#.*$/, '');

function isTopFrame(route: Route): boolean {
  try {
    return route.request().frame().parentFrame() === null;
  } catch {
    return false; // a worker's request has no frame
  }
}

/**
 * Seals `context`: the case's own URL is answered once with `body`; every later navigation
 * (meta refresh, a frame's src, a link followed) gets 204 No Content, which the browser treats as
 * "stay where you are", and every sub-resource is aborted. Nothing leaves the machine.
 */
async function seal(context: BrowserContext, url: string, body: Buffer): Promise<() => number> {
  let served = false;
  let blocked = 0;
  await context.route('**/*', (route: Route) => {
    const request = route.request();
    if (request.isNavigationRequest() && isTopFrame(route)) {
      if (!served && sameDocument(request.url(), url)) {
        served = true;
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      blocked++;
      return route.fulfill({ status: 204, body: '' });
    }
    blocked++;
    return route.abort('blockedbyclient');
  });
  return () => blocked;
}

type Api = { extractPageMetadata: (d: Document, u: string) => PageCapture } | undefined;

// Runs the extractor `n` times in the page; each run's wall time from performance.now().
function runInPage({ name, n }: { name: string; n: number }): {
  meta: PageCapture;
  times: number[];
} {
  const api = (globalThis as unknown as Record<string, Api>)[name];
  if (api === undefined) throw new Error('extractor bundle did not load');
  const times: number[] = [];
  let meta: PageCapture | undefined;
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    meta = api.extractPageMetadata(document, location.href);
    times.push(performance.now() - started);
  }
  if (meta === undefined) throw new Error('no runs');
  return { meta, times };
}

async function threadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
}

/**
 * Loads `body` as `url` in a new context of `browser` (page scripts off: a saved page's scripts
 * would rewrite or redirect it), evaluates `bundle` (which defines `globalName`) and times `runs`
 * calls of `extractPageMetadata(document, location.href)` in the page: the first alone (cold),
 * then the rest. Besides wall time, the main-thread CPU time of the bundle's evaluation, of the
 * cold run and of the warm runs is read from CDP's ThreadTime (minus an empty evaluate's), which other processes on a
 * busy machine do not inflate (a warm run's wall time under load 30 was up to 10× its CPU). Throws on a load timeout or when the bundle does not define the extractor; the
 * context is always closed.
 */
export async function runCase(
  browser: Browser,
  url: string,
  body: Buffer,
  bundle: string,
  globalName: string,
  runs: number,
): Promise<CaseRun> {
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  try {
    const blockedCount = await seal(context, url, body);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    // The Performance domain is enabled before the bundle is evaluated: enabled after it, every
    // later run of the bundle's code read about 3 ms more thread time (cold and warm alike) than
    // with the domain on from the start, and its wall time was longer than with no DevTools
    // session at all, while this order's matched it (interleaved, 65 pages): an inspector cost,
    // not the extractor's.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const t0 = await threadSeconds(cdp);
    await page.evaluate(() => 0);
    const t1 = await threadSeconds(cdp);
    const empty = t1 - t0;
    await page.evaluate(bundle);
    const tLoaded = await threadSeconds(cdp);
    const cold = await page.evaluate(runInPage, { name: globalName, n: 1 });
    const t2 = await threadSeconds(cdp);
    const warm = await page.evaluate(runInPage, { name: globalName, n: runs - 1 });
    const t3 = await threadSeconds(cdp);
    const ms = (seconds: number): number => Math.max(0, seconds * 1000);
    return {
      meta: warm.meta,
      times: [...cold.times, ...warm.times],
      loadCpuMs: ms(tLoaded - t1 - empty),
      coldCpuMs: ms(t2 - tLoaded - empty),
      warmCpuMs: ms(t3 - t2 - empty) / (runs - 1),
      blocked: blockedCount(),
    };
  } finally {
    await context.close();
  }
}
