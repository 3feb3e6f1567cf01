// Review 10 F-offx-2: Chrome's service worker must not load the extractor (only the offscreen
// document reads snapshots there). A real build, then the worker's static imports followed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(path.join(tmpdir(), 'worker-chunks-'));
// A string only the extractor holds (the OpenGraph site-name property it reads).
const EXTRACTOR_MARK = 'og:site_name';

/** The files `file` loads before it runs: itself and its static imports, transitively. */
function staticClosure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(path.join(dir, file), 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) {
    if (match[1] !== undefined) staticClosure(dir, match[1], seen);
  }
  return seen;
}

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('the Chrome build', () => {
  it('keeps the extractor out of what the service worker loads, and in the offscreen document', async () => {
    await build({
      root: repoRoot,
      configFile: path.join(repoRoot, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const assets = path.join(outDir, 'assets');
    const files = readdirSync(assets);
    const carries = (entry: string) =>
      [...staticClosure(assets, entry)].some((file) =>
        readFileSync(path.join(assets, file), 'utf8').includes(EXTRACTOR_MARK),
      );
    const worker = files.find((file) => file.startsWith('service-worker'));
    const offscreen = files.find((file) => file.startsWith('offscreen'));
    expect(worker).toBeDefined();
    expect(offscreen).toBeDefined();
    expect(carries(worker ?? '')).toBe(false);
    expect(carries(offscreen ?? '')).toBe(true);
  }, 120_000);
});
