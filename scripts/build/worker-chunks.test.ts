// Review 10 F-offx-2: Chrome's service worker must not load the extractor (only the offscreen
// document reads snapshots there). A real build, then the worker's static imports followed.
// Issue #14: the extractor's chunk, and no other, begins with V8's compile hint.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_FUNCTIONS_CALLED_ON_LOAD } from './compile-hints';

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

beforeAll(async () => {
  await build({
    root: repoRoot,
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('the Chrome build', () => {
  const assets = path.join(outDir, 'assets');

  it('keeps the extractor out of what the service worker loads, and in the offscreen document', () => {
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
  });

  it('has V8 compile all the offscreen document loads as it loads, and nothing else', () => {
    const files = readdirSync(assets);
    const hinted = files.filter(
      (file) =>
        file.endsWith('.js') &&
        readFileSync(path.join(assets, file), 'utf8').startsWith(
          `${ALL_FUNCTIONS_CALLED_ON_LOAD}\n`,
        ),
    );
    const offscreen = files.find((file) => file.startsWith('offscreen')) ?? '';
    const extractor = files.filter((file) =>
      readFileSync(path.join(assets, file), 'utf8').includes(EXTRACTOR_MARK),
    );
    expect(extractor).toEqual([offscreen]);
    // The entry and the helper chunks it imports (text.ts's among them): all run on a first read.
    expect(hinted.sort()).toEqual([...staticClosure(assets, offscreen)].sort());
    expect(hinted.length).toBeGreaterThan(1);
  });
});
