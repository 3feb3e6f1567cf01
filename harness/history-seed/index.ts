import type { Page } from 'playwright-core';
import { bundleSeeder, SEEDER_GLOBAL } from './bundle';
import type { SeedPage, SeedSpec } from './generate';
import { pastReads, type PastRead } from './past-reads';
import type { SeedCounts } from './seeder';

export { MARKERS, generateHistory, type SeedPage, type SeedSpec } from './generate';
export { pastReads, type PastRead } from './past-reads';
export type { SeedCounts } from './seeder';

let bundled: Promise<string> | undefined;

type Seeder = typeof import('./seeder');

/**
 * Evaluates a script in an extension page and resolves to its value once any promise it gives
 * has settled (serialisable values only): Playwright's `page.evaluate(expression)`, or
 * puppeteer's for the Firefox specs (e2e/firefox/), which drive a `Page` of another library.
 */
export type EvaluateScript = (expression: string) => Promise<unknown>;

/**
 * Runs one of the seeder bundle's functions (./seeder.ts) through `evaluate` (in any page of the
 * extension's origin), loading the bundle there first.
 */
async function runSeeder<K extends 'seedHistory' | 'seedPages'>(
  evaluate: EvaluateScript,
  method: K,
  arg: Parameters<Seeder[K]>[0],
): Promise<SeedCounts> {
  bundled ??= bundleSeeder();
  const code = await bundled;
  // Evaluated through the DevTools protocol (or BiDi): extension pages' CSP forbids inline scripts.
  await evaluate(`${code}\n;globalThis.${SEEDER_GLOBAL} = ${SEEDER_GLOBAL};`);
  // The argument written into the script as JSON: the one form both libraries evaluate alike.
  const call = `(async () => {
    const run = globalThis.${SEEDER_GLOBAL}?.[${JSON.stringify(method)}];
    if (!run) throw new Error('the seeder bundle did not load');
    return run(${JSON.stringify(arg)});
  })()`;
  return (await evaluate(call)) as SeedCounts;
}

/** Seeds a generated history (./generate.ts) into the extension's database, through the store. */
export function seedHistory(extensionPage: Page, spec: SeedSpec): Promise<SeedCounts> {
  return runSeeder((script) => extensionPage.evaluate(script), 'seedHistory', spec);
}

/**
 * Seeds pages read in the past (`PastRead`: one 60 s engagement each) the same way. Every page is
 * marked for sync, as an import marks it, so a signed-in extension publishes it. Returns their
 * appActivityIds.
 */
export function seedPastReads(extensionPage: Page, reads: readonly PastRead[]): Promise<string[]> {
  return seedPastReadsVia((script) => extensionPage.evaluate(script), reads);
}

/**
 * seedPastReads through any page's `evaluate` (a Firefox spec's puppeteer page). Returns the
 * pages' appActivityIds.
 */
export async function seedPastReadsVia(
  evaluate: EvaluateScript,
  reads: readonly PastRead[],
): Promise<string[]> {
  const pages: SeedPage[] = pastReads(reads, Date.now());
  await runSeeder(evaluate, 'seedPages', pages);
  return pages.map((page) => page.metadata.appActivityId);
}
