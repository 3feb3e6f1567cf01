// Bundles the real extractor (src/content/extract/index.ts) into a minified IIFE with vite's
// build API, exactly as shipped code would be minified, so the benchmark times and sizes the
// code users run rather than a test double. It begins with the compile hint the checkout's own
// build puts on the offscreen chunk (scripts/build/compile-hints.ts), if any: a checkout before
// the hint is bundled without it, so bench:extract-ab compares what each build ships.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

/** The bundled extractor: its minified code, and its size in bytes, raw and gzipped. */
export interface ExtractorBundle {
  code: string;
  bytes: number;
  gzipBytes: number;
}

/** The global the bundle defines when evaluated in a page: the extractor's entry points. */
export const BUNDLE_GLOBAL = '__readingTimelineExtract';

/** The first line the checkout at `repoRoot` puts on its offscreen chunk: a compile hint, or ''. */
async function offscreenBanner(repoRoot: string): Promise<string> {
  const file = path.join(repoRoot, 'scripts/build/compile-hints.ts');
  if (!fs.existsSync(file)) return '';
  const hints = (await import(pathToFileURL(file).href)) as {
    chunkBanner: (chunk: { name: string; isEntry: boolean }) => string;
  };
  return hints.chunkBanner({ name: 'offscreen', isEntry: true });
}

/**
 * `entry` (a path inside `repoRoot`; the extractor by default) as a minified IIFE whose exports
 * are on the global BUNDLE_GLOBAL, with the offscreen chunk's first line (a compile hint) when
 * the checkout's build gives it one.
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
  const banner = await offscreenBanner(repoRoot);
  const code = banner === '' ? chunk.code : `${banner}\n${chunk.code}`;
  const bytes = Buffer.byteLength(code);
  return { code, bytes, gzipBytes: gzipSync(code, { level: 9 }).length };
}
