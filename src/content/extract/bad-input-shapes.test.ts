// @vitest-environment jsdom
// Hostile and broken page shapes bad-input.test.ts does not cover: JSON-LD broken in the ways
// saved or pasted blocks are (a byte-order mark, no-break or zero-width spaces between tokens, a
// closing semicolon, two objects in one block), odd encodings (NUL, lone surrogates, mojibake),
// text that looks like markup or Markdown, huge attributes and deeply nested DOM. Each gives a
// clear result (what can be read, the rest absent) and never a throw.
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from './index';

const PAGE = 'https://news.example.com/a/story';
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;
const extract = (html: string): ReturnType<typeof extractPageMetadata> =>
  extractPageMetadata(doc(html), PAGE, { budgetMs: 10_000 });

const ARTICLE = JSON.stringify({
  '@type': 'NewsArticle',
  headline: 'Harbour vote delayed',
  author: { '@type': 'Person', name: 'Ann Lee' },
  datePublished: '2021-03-15',
});

describe('JSON-LD broken the way saved or pasted blocks are', () => {
  it.each([
    ['a byte-order mark before it', `\uFEFF${ARTICLE}`],
    ['no-break spaces between tokens', ARTICLE.replaceAll(',', ',\u00A0')],
    ['a zero-width space before it', `\u200B${ARTICLE}`],
    ['line separators between tokens', ARTICLE.replaceAll(',', ',\u2028')],
    ['a closing semicolon', `${ARTICLE};`],
    ['a closing semicolon and a trailing comma', `${ARTICLE.slice(0, -1)},};\n`],
    [
      'a second object after it',
      `${ARTICLE}\n${JSON.stringify({ '@type': 'WebSite', name: 'Harbour News' })}`,
    ],
  ])('is read with %s', (_name, json) => {
    const meta = extract(ld(json));
    expect(meta.title).toBe('Harbour vote delayed');
    expect(meta.authors.map((a) => a.name)).toEqual(['Ann Lee']);
    expect(meta.datePublished).toBe('2021-03-15');
  });

  it('keeps a no-break space inside a string as a space', () => {
    const json = JSON.stringify({ '@type': 'Article', headline: 'Harbour\u00A0vote' }).replace(
      '{',
      '{\u00A0',
    );
    expect(extract(ld(json)).title).toBe('Harbour vote');
  });

  it.each([
    ['single quotes', ARTICLE.replaceAll('"', "'")],
    ['unquoted keys', '{headline: "Harbour vote delayed"}'],
    ['a script around it', `var schema = ${ARTICLE};`],
  ])('still skips a block with %s, falling back to the document', (_name, json) => {
    const meta = extract(`<title>From the title</title>${ld(json)}`);
    expect(meta.title).toBe('From the title');
    expect(meta.authors).toEqual([]);
  });
});

describe('odd encodings', () => {
  it('drops control characters and keeps the replacement for NUL', () => {
    // The HTML parser turns NUL into U+FFFD; other controls are cleaned away.
    expect(extract('<title>Har\u0000bour\u0007 vote</title>').title).toBe('Har\uFFFDbour vote');
  });

  it('survives lone surrogates in the document and in JSON-LD', () => {
    const json = '{"@type":"Article","headline":"Cut \\ud83d here","author":{"name":"Ann Lee"}}';
    const meta = extract(`<meta name="author" content="Bo \uDC00 Chan">${ld(json)}`);
    expect(meta.title).toMatch(/^Cut .* here$/);
    expect(meta.authors.map((a) => a.name)).toEqual(['Ann Lee']);
  });

  it('keeps mojibake as the page wrote it: no guessing of the intended encoding', () => {
    expect(extract('<title>CafÃ© â€” harbour vote</title>').title).toBe('CafÃ© â€” harbour vote');
  });
});

describe('text that looks like markup or Markdown stays text', () => {
  it.each([
    ['Markdown emphasis and links', '**Harbour** vote: [read](http://x.example) _now_'],
    ['a Markdown heading', '# Harbour vote'],
    ['tags, decoded once by the parser', '&lt;b&gt;Harbour&lt;/b&gt; vote', '<b>Harbour</b> vote'],
    ['a script tag as text', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
  ])('in titles: %s', (_name, source, expected = source) => {
    expect(extract(`<title>${source}</title>`).title).toBe(expected);
    expect(extract(`<meta property="og:title" content="${source}">`).title).toBe(expected);
  });

  it('in JSON-LD: tags in a headline are kept as text, a tagged name is no name', () => {
    const json = JSON.stringify({
      '@type': 'Article',
      headline: '<em>Harbour</em> vote &amp; more',
      author: { name: '<a href="/x">Ann Lee</a>' },
    });
    const meta = extract(ld(json));
    expect(meta.title).toBe('<em>Harbour</em> vote & more');
    expect(meta.authors).toEqual([]);
  });
});

describe('huge attributes and deep nesting', () => {
  it('bounds 300 KB attributes to the field limits and drops what cannot be one', () => {
    const big = 'x'.repeat(300_000);
    const meta = extract(
      `<html lang="${big}"><head><title>Harbour vote</title><meta name="description" content="${big}">
      <meta name="author" content="${big}"><link rel="canonical" href="https://news.example.com/${big}">
      <meta property="article:published_time" content="${big}"><meta property="og:site_name" content="${big}">
      </head><body><article class="${big}"><h1 class="${big}">Harbour vote</h1>
      <img src="/a.png" srcset="${big} 2000w" width="${big}"><time datetime="${big}">x</time><p>Text.</p>
      </article></body></html>`,
    );
    expect(meta.title).toBe('Harbour vote');
    expect(meta.lang).toBeUndefined();
    expect(meta.authors).toEqual([]);
    expect(meta.datePublished).toBeUndefined();
    expect(meta.url).toBe(PAGE);
    expect(meta.description?.length ?? 0).toBeLessThanOrEqual(1000);
    expect(meta.siteName?.length ?? 0).toBeLessThanOrEqual(300);
  });

  it('reads a page nested 520 elements deep (past the 512 levels a browser parser keeps)', () => {
    const depth = 260;
    const meta = extract(
      `<article><h1>Harbour vote</h1><p class="byline">By Ann Lee</p>${'<div><span>'.repeat(depth)}<p>Deep text.</p>${'</span></div>'.repeat(depth)}</article>`,
    );
    expect(meta.title).toBe('Harbour vote');
    expect(meta.authors.map((a) => a.name)).toEqual(['Ann Lee']);
  });

  it('gives no author, and no throw, for a byline buried 520 elements deep', () => {
    const wrap = '<div class="byline"><span class="author-name">';
    const meta = extract(
      `<title>T</title><h1>Harbour vote</h1>${wrap.repeat(260)}By Ann Lee${'</span></div>'.repeat(260)}`,
    );
    expect(meta.title).toBe('T');
    expect(meta.authors).toEqual([]);
  });
});
