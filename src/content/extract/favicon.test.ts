// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findFavicon } from './favicon';
import { collectLinks, collectMeta } from './meta-tags';
import { findThemeColor, parseColor } from './theme-color';

const BASE = 'https://example.com/a/page.html';
const doc = (head: string): Document =>
  new DOMParser().parseFromString(`<head>${head}</head>`, 'text/html');

describe('findFavicon', () => {
  it.each([
    ['nothing declared', '', 'https://example.com/favicon.ico'],
    ['plain icon', '<link rel="icon" href="/f.png">', 'https://example.com/f.png'],
    ['"shortcut icon"', '<link rel="shortcut icon" href="f.ico">', 'https://example.com/a/f.ico'],
    [
      'largest raster wins',
      '<link rel="icon" sizes="16x16" href="/16.png"><link rel="icon" sizes="192x192" href="/192.png"><link rel="icon" sizes="32x32" href="/32.png">',
      'https://example.com/192.png',
    ],
    [
      'apple-touch-icon beats a small icon',
      '<link rel="icon" href="/f.ico"><link rel="apple-touch-icon" href="/apple.png">',
      'https://example.com/apple.png',
    ],
    [
      'svg only when nothing else',
      '<link rel="icon" type="image/svg+xml" href="/f.svg"><link rel="icon" href="/f.ico">',
      'https://example.com/f.ico',
    ],
    ['svg alone', '<link rel="icon" href="/f.svg">', 'https://example.com/f.svg'],
    [
      'data: icon dropped',
      '<link rel="icon" href="data:image/png;base64,AAAA">',
      'https://example.com/favicon.ico',
    ],
    [
      'javascript: icon dropped',
      '<link rel="icon" href="javascript:alert(1)">',
      'https://example.com/favicon.ico',
    ],
    [
      'mask-icon ignored',
      '<link rel="mask-icon" href="/m.svg">',
      'https://example.com/favicon.ico',
    ],
    ['REL in capitals', '<link rel="ICON" href="/F.png">', 'https://example.com/F.png'],
  ])('%s', (_name, head, expected) => {
    expect(findFavicon(collectLinks(doc(head)), BASE)).toBe(expected);
  });
});

describe('theme colour', () => {
  it.each([
    ['#C00', '#cc0000'],
    ['#aabbcc', '#aabbcc'],
    ['#AABBCCDD', '#aabbcc'],
    ['rgb(255, 0, 10)', '#ff000a'],
    ['rgba(1,2,3,0.5)', '#010203'],
    ['red', undefined],
    ['#12345', undefined],
    ['rgb(300,0,0)', undefined],
    ['expression(alert(1))', undefined],
    [undefined, undefined],
  ])('parseColor(%j) = %j', (raw, expected) => {
    expect(parseColor(raw)).toBe(expected);
  });

  it('prefers the light-scheme or media-less theme-color', () => {
    const page = doc(
      '<meta name="theme-color" media="(prefers-color-scheme: dark)" content="#000000"><meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff">',
    );
    expect(findThemeColor(collectMeta(page))).toBe('#ffffff');
  });

  it('falls back to msapplication-TileColor', () => {
    const page = doc('<meta name="msapplication-TileColor" content="#2b5797">');
    expect(findThemeColor(collectMeta(page))).toBe('#2b5797');
  });
});
