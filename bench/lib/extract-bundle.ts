// Bundles the real extractor (src/content/extract/index.ts) into a minified IIFE with vite's
// build API, exactly as shipped code would be minified, so the benchmark times and sizes the
// code users run rather than a test double.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

export interface ExtractorBundle {
  code: string;
  bytes: number;
  gzipBytes: number;
}

export const BUNDLE_GLOBAL = '__readingTimelineExtract';

/**
 * `entry` (a path inside `repoRoot`; the extractor by default) as a minified IIFE whose exports
 * are on the global BUNDLE_GLOBAL.
 */
export async function bundleExtractor(
  repoRoot: string,
  entry = 'src/content/extract/index.ts',
): Promise<ExtractorBundle> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    build: {
      write: false,
      minify: true,
      target: 'chrome120',
      lib: {
        entry: path.join(repoRoot, entry),
        formats: ['iife'],
        name: BUNDLE_GLOBAL,
        fileName: () => 'extract.js',
      },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((r) => r.output).find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('vite produced no chunk for the extractor');
  const bytes = Buffer.byteLength(chunk.code);
  return { code: chunk.code, bytes, gzipBytes: gzipSync(chunk.code, { level: 9 }).length };
}
