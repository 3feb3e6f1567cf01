// The built extension's sizes that bench:page-cost reports: what every page load runs and what
// the worker injects into a page being read, gzip-compressed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzip size of what every page load runs in the built extension in `dist`: the manifest's
 * content scripts with their static imports.
 */
export function contentScriptGzipBytes(dist: string): number {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js: string[] }[];
  };
  const seen = new Set<string>();
  const queue = (manifest.content_scripts ?? []).flatMap((script) => script.js);
  let total = 0;
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    total += gzipSync(text).length;
    // Static imports and the loader's getURL("…") are on the load path; import("…") is not.
    for (const [, path = ''] of text.matchAll(/(?:from\s*|getURL\()\s*["'`]([^"'`]+\.js)["'`]/g)) {
      queue.push(
        path.startsWith('./') ? join(dirname(file), path.slice(2)) : path.replace(/^\//, ''),
      );
    }
  }
  return total;
}

/** Gzip size of `files` of the built extension in `dist`. */
export function gzipBytes(dist: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
}
