// The case folders bench:extract and bench:extract-ab read (review F-lead-1).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listCases } from './extract-cases';

describe('listCases', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('lists case folders and links to them, sorted; never files, empty folders or dangling links', () => {
    const root = mkdtempSync(join(tmpdir(), 'extract-cases-'));
    made.push(root);
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(join(elsewhere, 'bbc-1'), { recursive: true });
    writeFileSync(join(elsewhere, 'bbc-1', 'source.html'), '<p>');
    const corpus = join(root, 'corpus');
    mkdirSync(join(corpus, 'cnn'), { recursive: true });
    writeFileSync(join(corpus, 'cnn', 'source.html'), '<p>');
    mkdirSync(join(corpus, 'empty'));
    symlinkSync(join(elsewhere, 'bbc-1'), join(corpus, 'bbc-1'));
    symlinkSync(join(elsewhere, 'gone'), join(corpus, 'gone'));
    writeFileSync(join(corpus, 'LICENSE.md'), 'text');
    symlinkSync(join(corpus, 'LICENSE.md'), join(corpus, 'license-link'));

    expect(listCases(corpus)).toEqual(['bbc-1', 'cnn']);
  });
});
