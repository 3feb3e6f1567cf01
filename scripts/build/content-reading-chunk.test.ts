import { describe, expect, it } from 'vitest';
import { withWebAccessible } from './content-reading-chunk';

describe('withWebAccessible', () => {
  const pages = ['http://*/*', 'https://*/*'];

  it.each([
    ['no entries', [], []],
    [
      'an entry for other pages',
      [{ matches: ['https://example.com/*'], resources: ['x.js'] }],
      [{ matches: ['https://example.com/*'], resources: ['x.js'] }],
    ],
    [
      'a fixed-path entry naming the module (crxjs)',
      [{ matches: pages, resources: ['m.js', 'x.js'], use_dynamic_url: false }],
      [{ matches: pages, resources: ['x.js'], use_dynamic_url: false }],
    ],
    ['an entry with only the module', [{ extension_ids: ['abc'], resources: ['m.js'] }], []],
  ])('with %s: the module only behind the dynamic URL', (_label, war, kept) => {
    expect(withWebAccessible(war, ['m.js'], false)).toEqual([
      ...kept,
      { matches: pages, resources: ['m.js'], use_dynamic_url: true },
    ]);
  });

  it('writes no use_dynamic_url for Firefox, which does not know it', () => {
    expect(withWebAccessible([], ['m.js'], true)).toEqual([
      { matches: pages, resources: ['m.js'] },
    ]);
  });

  it('leaves its input as it was', () => {
    const war = [{ matches: pages, resources: ['m.js', 'x.js'] }];
    withWebAccessible(war, ['m.js'], false);
    expect(war).toEqual([{ matches: pages, resources: ['m.js', 'x.js'] }]);
  });
});
