// Bundles ./seeder.ts (and the store code it calls) into one IIFE that a test or benchmark
// evaluates in an extension page, so seeding runs the product's own store functions there.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

/** The global the bundle defines: `{ seedHistory }`. */
export const SEEDER_GLOBAL = '__readingTimelineSeeder';

/** Builds ./seeder.ts into one IIFE (its code, as a string) that defines SEEDER_GLOBAL. */
export async function bundleSeeder(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: path.resolve(here, '../..'),
    build: {
      write: false,
      minify: false,
      target: 'chrome120',
      lib: {
        entry: path.join(here, 'seeder.ts'),
        formats: ['iife'],
        name: SEEDER_GLOBAL,
        fileName: () => 'seeder.js',
      },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((r) => r.output).find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('vite produced no chunk for the seeder');
  return chunk.code;
}
