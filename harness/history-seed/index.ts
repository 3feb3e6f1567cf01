import type { Page } from 'playwright-core';
import { bundleSeeder, SEEDER_GLOBAL } from './bundle';
import type { SeedSpec } from './generate';

export { MARKERS, generateHistory } from './generate';

let bundled: Promise<string> | undefined;

/**
 * Seeds a generated history into the extension's database from `extensionPage` (any page of the
 * extension's origin), through the product's store code.
 */
export async function seedHistory(
  extensionPage: Page,
  spec: SeedSpec,
): Promise<{ activities: number; engagements: number }> {
  bundled ??= bundleSeeder();
  const code = await bundled;
  // Evaluated through the DevTools protocol: extension pages' CSP forbids inline scripts.
  await extensionPage.evaluate(`${code}\n;globalThis.${SEEDER_GLOBAL} = ${SEEDER_GLOBAL};`);
  return extensionPage.evaluate(
    async ([name, s]) => {
      const seeder = (globalThis as unknown as Record<string, Seeder | undefined>)[name];
      if (!seeder) throw new Error('the seeder bundle did not load');
      return seeder.seedHistory(s);
    },
    [SEEDER_GLOBAL, spec] as const,
  );
}

interface Seeder {
  seedHistory: (spec: SeedSpec) => Promise<{ activities: number; engagements: number }>;
}
