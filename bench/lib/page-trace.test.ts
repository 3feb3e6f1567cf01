// The corpus's page folders as the page benchmarks list them (bench:read-trace, bench:page-cost).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusPages } from './page-trace';

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
