// @vitest-environment jsdom
// The snapshot the page sends holds what the extractor reads and leaves out what it never reads
// (script and style text), parses back to the same document otherwise, and stays bounded.
import { describe, expect, it, vi } from 'vitest';
import { MIN_EMPTIED_CHARS, serialiseForReading } from './snapshot-html';

// A script or style long enough to be left out (MIN_EMPTIED_CHARS).
const code = (statement: string) =>
  statement.repeat(Math.ceil(MIN_EMPTIED_CHARS / statement.length));
const LD = '{"@type":"NewsArticle","headline":"Harbour plan","author":{"name":"Ann Lee"}}';

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

/** `doc` serialised for reading, parsed again as the offscreen document parses it. */
function reparsed(doc: Document, maxChars = 1_000_000): Document {
  return new DOMParser().parseFromString(
    serialiseForReading(doc.documentElement, maxChars),
    'text/html',
  );
}

describe('serialiseForReading', () => {
  it('drops the long text of scripts, keeping the elements and their attributes', () => {
    const doc = page(
      `<title>T</title><script src="/a.js" data-x="1 > 0"></script><script>${code('var big = 1;')}</script>`,
      `<div class="ad"><p>Text<script>${code('document.write("slot");')}</script></p></div>`,
    );
    const html = serialiseForReading(doc.documentElement, 1_000_000);
    expect(html).not.toContain('var big');
    expect(html).not.toContain('document.write');
    const back = reparsed(doc);
    expect(back.querySelectorAll('script')).toHaveLength(3);
    expect(back.querySelector('script[src]')?.getAttribute('data-x')).toBe('1 > 0');
    // page-text.ts still sees the ad slot's script inside the paragraph.
    expect(back.querySelector('p script')).not.toBeNull();
    expect(back.querySelector('p')?.textContent).toBe('Text');
  });

  it('keeps JSON-LD whole, in the head and in the body', () => {
    // Long enough to be left out were it any other script.
    const long = `[${Array.from({ length: 20 }, () => LD).join(',')}]`;
    const doc = page(
      `<script type="application/ld+json">${long}</script>`,
      `<article><h1>H</h1><script type="application/LD+JSON">${long}</script></article>`,
    );
    const blocks = reparsed(doc).querySelectorAll('script[type*="ld+json" i]');
    expect([...blocks].map((b) => b.textContent)).toEqual([long, long]);
  });

  it('drops long style text', () => {
    const doc = page(
      `<style>${code('body { color: red }')}</style>`,
      `<style>${code('.x{}')}</style><p>Now</p>`,
    );
    const html = serialiseForReading(doc.documentElement, 1_000_000);
    expect(html).not.toContain('color');
    expect(html).not.toContain('.x{}');
    expect(reparsed(doc).querySelectorAll('style')).toHaveLength(2);
  });

  it('keeps short scripts and styles whole: leaving them out would save little', () => {
    const doc = page('<style>p{}</style>', '<p>Text <script>track("p")</script>more</p>');
    // eslint-disable-next-line no-restricted-properties
    expect(serialiseForReading(doc.documentElement, 1_000_000)).toBe(doc.documentElement.outerHTML);
  });

  it('keeps microdata, noscript images, comments, SVG and text as the page has them', () => {
    // Text and attributes of the script's ancestors are written by serialiseForReading itself.
    const body =
      '<div itemscope itemtype="https://schema.org/Person" title="&quot;Ann&quot; &amp; Bo &lt;3">' +
      'Ann &amp; Bo &lt;3 &gt;\u00a0<span itemprop="name">Ann &amp; Bo</span>' +
      `<script>${code('track();')}</script></div><!-- note --><noscript><img src="/lead.jpg" width="1200"></noscript>` +
      '<p title="&quot;quoted&quot; &amp; more">a &lt; b &gt; c\u00a0d</p>' +
      `<svg viewBox="0 0 1 1"><foreignObject><p>in svg</p></foreignObject><script>${code('x();')}</script></svg>`;
    const doc = page('<title>T</title>', body);
    const back = reparsed(doc);
    // The same document but for the script text.
    for (const script of doc.querySelectorAll('script')) script.textContent = '';
    expect(back.body.isEqualNode(doc.body)).toBe(true);
    expect(back.querySelector('[itemprop=name]')?.textContent).toBe('Ann & Bo');
    expect(back.querySelector('[itemscope]')?.getAttribute('title')).toBe('"Ann" & Bo <3');
    expect(back.querySelector('foreignObject p')?.textContent).toBe('in svg');
  });

  it('serialises a document without scripts as outerHTML does', () => {
    const doc = page('<title>T</title><meta name="author" content="Ann">', '<p>Plain & simple</p>');
    // eslint-disable-next-line no-restricted-properties
    expect(serialiseForReading(doc.documentElement, 1_000_000)).toBe(doc.documentElement.outerHTML);
  });

  it('bounds a huge page: the head whole, then as much of the body as fits', () => {
    const paragraphs = Array.from({ length: 4 * 2_000 }, (_, i) => `<p>P${String(i)} words</p>`);
    const doc = page(
      `<title>Huge</title><script type="application/ld+json">${LD}</script>`,
      `<main><article>${paragraphs.join('')}</article></main>`,
    );
    // What each native serialisation returns: none may be the whole article (one long task).
    const native = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML');
    const serialised: number[] = [];
    vi.spyOn(Element.prototype, 'outerHTML', 'get').mockImplementation(function (this: Element) {
      const html = native?.get?.call(this) as string;
      serialised.push(html.length);
      return html;
    });
    const html = serialiseForReading(doc.documentElement, 20_000, 2_000);
    vi.restoreAllMocks();
    expect(html.length).toBeLessThanOrEqual(20_000);
    expect(Math.max(...serialised)).toBeLessThan(60_000);
    expect(serialised.reduce((a, b) => a + b, 0)).toBeLessThan(80_000);
    const back = new DOMParser().parseFromString(html, 'text/html');
    expect(back.title).toBe('Huge');
    expect(back.querySelector('script')?.textContent).toBe(LD);
    expect(back.querySelector('article p')?.textContent).toBe('P0 words');
    expect(back.querySelectorAll('article p').length).toBeGreaterThan(500);
  });
});
