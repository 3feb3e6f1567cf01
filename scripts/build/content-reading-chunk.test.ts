import { describe, expect, it } from 'vitest';
import { importClosure, withWebAccessible, type ChunkImports } from './content-reading-chunk';

const chunks = new Map<string, ChunkImports>([
  ['entry.js', { imports: ['a.js', 'b.js'], dynamicImports: ['lazy.js'] }],
  ['a.js', { imports: ['shared.js'], dynamicImports: [] }],
  ['b.js', { imports: ['shared.js', 'entry.js'], dynamicImports: [] }],
  ['lazy.js', { imports: ['deep.js'], dynamicImports: [] }],
]);

describe('importClosure', () => {
  it.each([
    ['entry.js', ['entry.js', 'a.js', 'b.js', 'lazy.js', 'shared.js', 'deep.js']],
    ['a.js', ['a.js', 'shared.js']],
    ['deep.js', ['deep.js']],
    ['unknown.js', ['unknown.js']],
  ])('%s reaches %j (each once, cycles included)', (entry, expected) => {
    expect(importClosure(entry, chunks)).toEqual(expected);
  });
});

describe('withWebAccessible', () => {
  const pages = ['http://*/*', 'https://*/*'];

  it('adds the files to the entry that already serves every http(s) page, once each', () => {
    const war = [{ matches: [...pages].reverse(), resources: ['x.js'], use_dynamic_url: false }];
    expect(withWebAccessible(war, ['x.js', 'y.js'], false)).toEqual([
      { matches: [...pages].reverse(), resources: ['x.js', 'y.js'], use_dynamic_url: false },
    ]);
    // The input is not changed.
    expect(war[0]?.resources).toEqual(['x.js']);
  });

  it.each([
    ['other pages', { matches: ['https://example.com/*'], resources: ['x.js'] }],
    ['other extensions', { extension_ids: ['abc'], resources: ['x.js'] }],
    ['dynamic URLs', { matches: pages, resources: ['x.js'], use_dynamic_url: true }],
  ])('leaves an entry for %s alone and adds its own', (_label, entry) => {
    expect(withWebAccessible([entry], ['y.js'], false)).toEqual([
      entry,
      { matches: pages, resources: ['y.js'], use_dynamic_url: false },
    ]);
  });

  it('writes no use_dynamic_url for Firefox, which does not know it', () => {
    expect(withWebAccessible([], ['y.js'], true)).toEqual([
      { matches: pages, resources: ['y.js'] },
    ]);
  });
});
