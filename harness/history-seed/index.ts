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
 * Runs one of the seeder bundle's functions (./seeder.ts) in `extensionPage` (any page of the
 * extension's origin), loading the bundle there first.
 */
async function runSeeder<K extends 'seedHistory' | 'seedPages'>(
  extensionPage: Page,
  method: K,
  arg: Parameters<Seeder[K]>[0],
): Promise<SeedCounts> {
  bundled ??= bundleSeeder();
  const code = await bundled;
  // Evaluated through the DevTools protocol: extension pages' CSP forbids inline scripts.
  await extensionPage.evaluate(`${code}\n;globalThis.${SEEDER_GLOBAL} = ${SEEDER_GLOBAL};`);
  return extensionPage.evaluate(
    async ([name, m, a]) => {
      type Run = (arg: unknown) => Promise<SeedCounts>;
      const seeder = (globalThis as unknown as Record<string, Record<string, Run> | undefined>)[
        name
      ];
      const run = seeder?.[m];
      if (!run) throw new Error('the seeder bundle did not load');
      return run(a);
    },
    [SEEDER_GLOBAL, method, arg] as const,
  );
}

/** Seeds a generated history (./generate.ts) into the extension's database, through the store. */
export function seedHistory(extensionPage: Page, spec: SeedSpec): Promise<SeedCounts> {
  return runSeeder(extensionPage, 'seedHistory', spec);
}

/**
 * Seeds pages read in the past (`PastRead`: one 60 s engagement each) the same way. Every page is
 * marked for sync, as an import marks it, so a signed-in extension publishes it. Returns their
 * appActivityIds.
 */
export async function seedPastReads(
  extensionPage: Page,
  reads: readonly PastRead[],
): Promise<string[]> {
  const pages: SeedPage[] = pastReads(reads, Date.now());
  await runSeeder(extensionPage, 'seedPages', pages);
  return pages.map((page) => page.metadata.appActivityId);
}
