import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusCases, corpusPart } from './corpus';

// The corpus checks are split over several test files (content/corpus-pages/suite.ts): each page must be
// checked by exactly one of them, and the parts must cost about the same for the split to pay.
describe('corpusPart', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-part-'));
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const sizes: Record<string, number> = { a: 900, b: 500, c: 400, d: 300, e: 200, f: 100 };
  for (const [name, bytes] of Object.entries(sizes)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'source.html'), 'x'.repeat(bytes));
  }
  fs.mkdirSync(path.join(dir, 'no-page'));
  const bytesOf = (names: string[]): number =>
    names.reduce((sum, name) => sum + (sizes[name] ?? 0), 0);

  it('puts every page in exactly one part', () => {
    const parts = [0, 1, 2].map((part) => corpusPart(part, 3, dir));
    expect(parts.flat().sort()).toEqual(corpusCases(dir));
    expect(new Set(parts.flat()).size).toBe(6);
  });

  it('balances the parts by page size', () => {
    const parts = [0, 1].map((part) => corpusPart(part, 2, dir));
    // 2400 bytes in all: 900 + 300 / 500 + 400 + 200 + 100, where a split by name gives 1800 / 600.
    expect(parts.map(bytesOf)).toEqual([1200, 1200]);
  });
});
