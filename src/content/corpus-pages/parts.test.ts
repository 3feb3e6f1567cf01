import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_PARTS } from './suite';

// The corpus checks run only in the part files beside suite.ts: a part file missing, extra or
// running another part's pages would leave pages unchecked with every test green (review
// F-health-1). The files must be exactly part1..part{CORPUS_PARTS}, each declaring its own part.
describe('corpus part files', () => {
  const dir = import.meta.dirname;
  const files = fs
    .readdirSync(dir)
    .filter((name) => /^part\d+\.test\.ts$/.test(name))
    .sort();

  it(`are part1 to part${String(CORPUS_PARTS)}.test.ts, no more and no fewer`, () => {
    const expected = Array.from({ length: CORPUS_PARTS }, (_, i) => `part${String(i + 1)}.test.ts`);
    expect(files).toEqual(expected.sort());
  });

  it('each declares the part its name says, once', () => {
    for (const name of files) {
      const part = /^part(\d+)/.exec(name)?.[1];
      const calls = [
        ...fs.readFileSync(path.join(dir, name), 'utf8').matchAll(/describeCorpusPart\((\d+)\)/g),
      ];
      expect(
        calls.map((call) => call[1]),
        name,
      ).toEqual([part]);
    }
  });
});
