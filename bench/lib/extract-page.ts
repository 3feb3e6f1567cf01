// Opens one saved page in a fresh, sealed browser context and runs the bundled extractor in it.
// Each case gets its own context, so nothing one page does (a meta refresh, a refused request,
// a navigation it starts) can reach the next case. The bundle is loaded as the product loads the
// extractor's chunk in its offscreen document: a module script fetched by URL (so V8 streams and
// compiles it as it does there, compile hints included; an evaluated string is compiled another
// way and ignores them).
import type { Browser, BrowserContext, CDPSession, Route } from '@playwright/test';
import type { PageCapture } from '../../src/activity/page-metadata';

/** What one case produced: the metadata and each run's duration in ms (the first is cold). */
export interface CaseRun {
  meta: PageCapture;
  times: number[];
  /**
   * Main-thread CPU time of loading the bundle (a module script by URL: what the main thread
   * compiles, its top level), in ms. Work V8 does on its streaming thread is not in it.
   */
  loadCpuMs: number;
  /** Wall time from adding the bundle's script to its load event, in ms (off-thread work too). */
  loadWallMs: number;
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

/** Where the bundle is served, on the case's own origin. */
const BUNDLE_PATH = '/__reading-timeline-extract.js';

/**
 * Seals `context`: the case's own URL is answered once with `body`; every later navigation
 * (meta refresh, a frame's src, a link followed) gets 204 No Content, which the browser treats as
 * "stay where you are", and every sub-resource but `script` is aborted. Nothing leaves the machine.
 */
async function seal(
  context: BrowserContext,
  url: string,
  body: Buffer,
  script: { url: string; code: string },
): Promise<() => number> {
  let served = false;
  let blocked = 0;
  await context.route('**/*', (route: Route) => {
    const request = route.request();
    if (request.url() === script.url) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: script.code });
    }
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

// Adds a module script for `src` (as the offscreen document's <script type=module src>); resolves
// with the wall time to its load event (fetched, compiled, run), rejects when it fails to load.
function loadModule(src: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    const started = performance.now();
    script.onload = () => {
      resolve(performance.now() - started);
    };
    script.onerror = () => {
      reject(new Error(`the bundle did not load from ${src}`));
    };
    script.src = src;
    document.head.append(script);
  });
}

async function threadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
}

/**
 * Loads `body` as `url` in a new context of `browser` (page scripts off: a saved page's scripts
 * would rewrite or redirect it; the page is parsed as with scripting off, `<noscript>` included,
 * as DOMParser parses the product's snapshots), then, scripts allowed once it has loaded (none of
 * the page's ran, none is fetched), loads `bundle` (which defines `globalName`) as a module script
 * from the page's origin and times `runs`
 * calls of `extractPageMetadata(document, location.href)` in the page: the first alone (cold),
 * then the rest. Besides wall time, the main-thread CPU time of the bundle's load, of the
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
  // CSP bypassed: a page's own policy (folha's upgrade-insecure-requests, a script-src list) is
  // for its scripts, not for the bundle the extension would load in its own document.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    serviceWorkers: 'block',
    bypassCSP: true,
  });
  try {
    const scriptUrl = new URL(BUNDLE_PATH, url).href;
    // A module's top-level `var` is the module's own: the global is set for runInPage.
    const code = `${bundle}\n;globalThis[${JSON.stringify(globalName)}] = ${globalName};`;
    const blockedCount = await seal(context, url, body, { url: scriptUrl, code });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // The Performance domain is enabled before the bundle is evaluated: enabled after it, every
    // later run of the bundle's code read about 3 ms more thread time (cold and warm alike) than
    // with the domain on from the start, and its wall time was longer than with no DevTools
    // session at all, while this order's matched it (interleaved, 65 pages): an inspector cost,
    // not the extractor's.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Scripts allowed from here, for the bundle: the page has loaded and none of its own ran
    // (none is left to run: no timer or handler was ever set, every fetch is refused). Chromium
    // ignores a session's setting equal to that session's last one, so it is set, then cleared.
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    const t0 = await threadSeconds(cdp);
    await page.evaluate(() => 0);
    const t1 = await threadSeconds(cdp);
    const empty = t1 - t0;
    const loadWallMs = await page.evaluate(loadModule, scriptUrl);
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
      loadWallMs,
      coldCpuMs: ms(t2 - tLoaded - empty),
      warmCpuMs: ms(t3 - t2 - empty) / (runs - 1),
      blocked: blockedCount(),
    };
  } finally {
    await context.close();
  }
}
