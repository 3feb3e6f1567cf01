// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { extractPageMetadata } from './index';
import { MAX_BLOCK_CHARS } from './json-ld';

const PAGE = 'https://news.example.com/a/story';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function ld(json: string): string {
  return `<script type="application/ld+json">${json}</script>`;
}

/**
 * Runs fn and gives its wall time. The bound callers put on it is a hang guard (a loaded CI
 * machine has run these at several times their quiet speed); speed is bench:extract's figure.
 */
const HANG_GUARD_MS = 5_000;

function timed<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
}

const URL_FIELDS = ['url', 'image', 'faviconUrl'] as const;

function expectSafeUrls(meta: ReturnType<typeof extractPageMetadata>): void {
  for (const field of URL_FIELDS) {
    const value = meta[field];
    if (value !== undefined) expect(value).toMatch(/^https?:\/\/[^\s]+$/);
  }
  for (const author of meta.authors) {
    if (author.url !== undefined) expect(author.url).toMatch(/^https?:\/\//);
  }
  if (meta.publisher?.logo !== undefined) expect(meta.publisher.logo).toMatch(/^https?:\/\//);
}

describe('extractPageMetadata on hostile or broken pages', () => {
  it('skips a 5 MB JSON-LD block quickly and still reads the meta tags', () => {
    const huge = JSON.stringify({
      '@type': 'Article',
      headline: 'Huge',
      body: 'x'.repeat(5_000_000),
    });
    const page = doc(`<meta property="og:title" content="From OG">${ld(huge)}`);
    const parse = vi.spyOn(JSON, 'parse');
    const [meta, ms] = timed(() => extractPageMetadata(page, PAGE));
    // Skipped unread: the block is never handed to JSON.parse, whatever the machine's speed.
    const parsedSizes = parse.mock.calls.map(([text]) => text.length);
    parse.mockRestore();
    expect(parsedSizes.every((size) => size <= MAX_BLOCK_CHARS)).toBe(true);
    expect(meta.title).toBe('From OG');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it.each([
    ['objects', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['arrays', '['.repeat(10_000) + ']'.repeat(10_000)],
  ])('survives 10,000-deep nesting (%s)', (_kind, deep) => {
    const page = doc(
      ld(`{"@type":"Article","headline":"Deep","nested":${deep}}`) + ld(deep) + '<title>T</title>',
    );
    const [meta, ms] = timed(() => extractPageMetadata(page, PAGE));
    expect(meta.title).toBe('Deep');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('survives cyclic @id references', () => {
    const page = doc(
      ld(`{"@graph":[
        {"@type":"Article","@id":"#a","headline":"Cycle","author":{"@id":"#p"},"isPartOf":{"@id":"#a"},"publisher":{"@id":"#a"}},
        {"@type":"Person","@id":"#p","name":"Pat","knows":{"@id":"#p"},"worksFor":{"@id":"#a"}}]}`),
    );
    const meta = extractPageMetadata(page, PAGE);
    expect(meta.title).toBe('Cycle');
    expect(meta.authors).toEqual([{ name: 'Pat', kind: 'Person' }]);
  });

  it.each([
    ['truncated', '{"@type":"Article","headline":"Cut'],
    ['not JSON', 'var x = {headline: 1};'],
    ['empty', ''],
    ['null', 'null'],
    ['a string', '"Article"'],
    [
      'wrong types everywhere',
      '{"@type":7,"headline":{"a":[]},"author":42,"datePublished":[],"image":true}',
    ],
  ])('ignores malformed JSON-LD (%s)', (_name, json) => {
    const meta = extractPageMetadata(doc(`<title>Fallback</title>${ld(json)}`), PAGE);
    expect(meta.title).toBe('Fallback');
    expect(meta.type).toBe('WebPage');
  });

  it('repairs the usual CMS breakage: CDATA, raw newlines in strings, trailing commas', () => {
    const json = '<![CDATA[ {"@type":"BlogPosting","headline":"Line\none","author":["Ann",],} ]]>';
    const meta = extractPageMetadata(doc(ld(json)), PAGE);
    expect(meta.title).toBe('Line one');
    expect(meta.authors.map((a) => a.name)).toEqual(['Ann']);
  });

  it('treats script-injection strings as inert text in every field', () => {
    const evil = `"><img src=x onerror=alert(1)><script>alert(1)</script>`;
    const attr = evil.replace(/"/g, '&quot;');
    const page = doc(`<html lang="${attr}"><head><title>${evil}</title>
      <meta property="og:title" content="${attr}"><meta name="description" content="${attr}">
      <meta name="author" content="${attr}"><meta property="og:site_name" content="Site ${attr}">
      <meta name="theme-color" content="${attr}"><meta property="og:image" content="javascript:alert(1)">
      <link rel="icon" href="javascript:alert(1)"><link rel="canonical" href="javascript:alert(1)">
      ${ld(JSON.stringify({ '@type': 'Article', headline: evil, author: { name: evil, url: 'javascript:alert(1)' }, image: 'data:image/png;base64,AA' }))}
      </head><body><p>${evil}</p></body></html>`);
    const meta = extractPageMetadata(page, PAGE);
    expectSafeUrls(meta);
    expect(meta.url).toBe(PAGE);
    expect(meta.lang).toBeUndefined();
    expect(meta.themeColor).toBeUndefined();
    // Text stays text: kept exactly as the page wrote it (never parsed, never half-stripped
    // into something else); no consumer renders it as markup (no innerHTML in the product).
    expect(meta.title).toBe(evil);
    expect(meta.description).toBe(evil);
    expect(meta.siteName).toBe(`Site ${evil}`);
    // A name holding markup is not a name.
    expect(meta.authors).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox',
    'http://',
    '//',
    ':::',
    'http://[::1',
    'ftp://example.com/a.png',
  ])('drops the URL %j from every URL field', (bad) => {
    const page = doc(`<title>T</title><link rel="canonical" href="${bad}">
      <meta property="og:url" content="${bad}"><meta property="og:image" content="${bad}">
      <link rel="icon" href="${bad}"><link rel="apple-touch-icon" href="${bad}">
      ${ld(JSON.stringify({ '@type': 'Article', headline: 'H', url: bad, image: { url: bad }, author: { name: 'A B', url: bad }, publisher: { name: 'P', logo: bad } }))}`);
    const meta = extractPageMetadata(page, PAGE);
    expectSafeUrls(meta);
    expect(meta.url).toBe(PAGE);
    expect(meta.image).toBeUndefined();
    expect(meta.faviconUrl).toBe('https://news.example.com/favicon.ico');
  });

  it('truncates a 100 KB title', () => {
    const meta = extractPageMetadata(doc(`<title>${'Long title '.repeat(10_000)}</title>`), PAGE);
    expect(meta.title.length).toBeLessThanOrEqual(300);
    expect(meta.title.endsWith('…')).toBe(true);
  });

  it.each([
    [
      'Arabic (RTL)',
      'ar',
      'مرحبا بالعالم: عنوان المقال',
      'هذا نص المقال الأول وهو طويل بما يكفي ليكون وصفاً مفيداً للقارئ.',
    ],
    [
      'Hebrew (RTL)',
      'he',
      'שלום עולם',
      'זהו הפסקה הראשונה של המאמר והיא ארוכה מספיק כדי להיות תיאור.',
    ],
    [
      'Chinese',
      'zh-CN',
      '宇航员在太空中喝酒会怎么样',
      '不幸的是，对于希望能喝上一杯的太空探险者，那些将他们送上太空的政府机构普遍禁止。',
    ],
    ['Japanese', 'ja', '欲張りなイヌ', 'むかしむかし、ある所に、とても欲張りなイヌがいました。'],
  ])('keeps %s text intact', (_name, lang, title, paragraph) => {
    const page = doc(
      `<html lang="${lang}" dir="rtl"><title>${title}</title><article><p>${paragraph}</p></article>`,
    );
    const meta = extractPageMetadata(page, PAGE, { budgetMs: 10_000 });
    expect(meta.title).toBe(title);
    expect(meta.lang).toBe(lang);
    expect(meta.description).toBe(paragraph);
    expect(meta.wordCount).toBeGreaterThan(5);
  });

  it('handles a page with no head at all', () => {
    const page = doc(
      '<p>Just a paragraph of text that has enough words to be a lead paragraph here.</p>',
    );
    // The lead-paragraph description is a heuristic, skipped once the time budget is spent: give
    // it room, so a loaded machine cannot fail what this test is about (the budget has its own).
    const meta = extractPageMetadata(page, PAGE, { budgetMs: 10_000 });
    expect(meta.title).toBe('news.example.com/a/story');
    expect(meta.description).toMatch(/^Just a paragraph/);
  });

  it('handles a document without head or body elements', () => {
    const page = document.implementation.createDocument(null, null);
    const meta = extractPageMetadata(page, PAGE);
    expect(meta.url).toBe(PAGE);
    expect(meta.title).toBe('news.example.com/a/story');
  });

  it('never throws, even when the DOM itself throws', () => {
    const page = doc('<title>T</title>');
    for (const method of ['querySelector', 'querySelectorAll', 'getElementsByTagName']) {
      Object.defineProperty(page, method, {
        value: () => {
          throw new Error('hostile');
        },
      });
    }
    Object.defineProperty(page, 'title', {
      get: () => {
        throw new Error('hostile');
      },
    });
    const meta = extractPageMetadata(page, PAGE);
    expect(meta).toMatchObject({ url: PAGE, title: 'news.example.com/a/story', type: 'WebPage' });
  });

  it('returns the essentials for a non-http page URL without throwing', () => {
    const meta = extractPageMetadata(doc('<title>Local</title>'), 'file:///tmp/a.html');
    expect(meta.title).toBe('Local');
  });

  it('respects a zero budget: essentials only, no heuristics', () => {
    const page = doc(
      '<title>T</title><article><p class="byline">By Ann Lee</p><p>Body</p></article>',
    );
    const meta = extractPageMetadata(page, PAGE, { budgetMs: 0 });
    expect(meta.title).toBe('T');
  });
});
