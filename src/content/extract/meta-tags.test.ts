// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectLinks, linksWithRel } from './meta-tags';

function linksOf(head: string): ReturnType<typeof collectLinks> {
  return collectLinks(new DOMParser().parseFromString(`<head>${head}</head>`, 'text/html'));
}
const hrefs = (links: readonly HTMLLinkElement[]): (string | null)[] =>
  links.map((l) => l.getAttribute('href'));

describe('collectLinks', () => {
  it.each([
    ['one rel', '<link rel="canonical" href="/a">', 'canonical', ['/a']],
    ['each token of rel', '<link rel="shortcut icon" href="/i.ico">', 'icon', ['/i.ico']],
    ['rel in any case', '<link rel="Canonical" href="/a">', 'canonical', ['/a']],
    [
      'document order',
      '<link rel="icon" href="/1"><link rel="canonical" href="/c"><link rel="icon" href="/2">',
      'icon',
      ['/1', '/2'],
    ],
    ['a token listed twice counts once', '<link rel="icon icon" href="/i">', 'icon', ['/i']],
    ['none', '<link rel="stylesheet" href="/s.css">', 'canonical', []],
    ['no rel', '<link href="/x">', 'canonical', []],
  ])('%s', (_, head, rel, expected) => {
    expect(hrefs(linksWithRel(linksOf(head), rel))).toEqual(expected);
  });

  it('keeps at most 30 links per rel', () => {
    const head = Array.from({ length: 40 }, (_, i) => `<link rel="icon" href="/${i}">`).join('');
    expect(linksWithRel(linksOf(head), 'icon')).toHaveLength(30);
  });
});
