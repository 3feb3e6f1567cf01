// The corpus's page folders as the page benchmarks list them (bench:read-trace, bench:page-cost).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusPages, resultsFileFor } from './page-trace';

describe('corpusPages', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('lists page folders and links to page folders, sorted, never files or dangling links', () => {
    const root = mkdtempSync(join(tmpdir(), 'corpus-pages-'));
    made.push(root);
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(join(elsewhere, 'bbc-1'), { recursive: true });
    const corpus = join(root, 'corpus');
    mkdirSync(join(corpus, 'cnn'), { recursive: true });
    symlinkSync(join(elsewhere, 'bbc-1'), join(corpus, 'bbc-1'));
    symlinkSync(join(elsewhere, 'gone'), join(corpus, 'gone'));
    writeFileSync(join(corpus, 'LICENSE.md'), 'text');

    expect(corpusPages(corpus, [], Infinity)).toEqual(['bbc-1', 'cnn']);
    expect(corpusPages(corpus, ['bbc-1'], Infinity)).toEqual(['bbc-1']);
    expect(corpusPages(corpus, [], 1)).toEqual(['bbc-1']);
  });
});

describe('resultsFileFor', () => {
  it('keeps the plain name for the whole corpus, however many pages a limit left', () => {
    expect(resultsFileFor('read-trace', [], ['bbc-1', 'cnn'])).toBe('read-trace.json');
  });

  it('names the pages a run of some pages holds, so it never overwrites the whole run', () => {
    expect(resultsFileFor('read-trace', ['cnn', 'bbc-1'], ['bbc-1', 'cnn'])).toBe(
      'read-trace.bbc-1+cnn.json',
    );
    expect(resultsFileFor('read-trace', ['../x y'], ['../x y'])).toBe('read-trace..._x_y.json');
    expect(resultsFileFor('read-trace', ['gone'], [])).toBe('read-trace.none.json');
  });

  it('shortens a long list to its first page, the count left and a hash of the whole list', () => {
    const many = Array.from({ length: 20 }, (_, i) => `page-${String(i)}`);
    const name = resultsFileFor('read-trace', many, many);
    expect(name).toMatch(/^read-trace\.page-0\+19-more\.[0-9a-f]{8}\.json$/);
    expect(resultsFileFor('read-trace', many, [...many].reverse())).not.toBe(name);
  });
});
