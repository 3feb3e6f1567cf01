// @vitest-environment jsdom
// The snapshot the page sends holds what the extractor reads and leaves out what it never reads
// (script and style text), parses back to the same document otherwise, and stays bounded.
import { describe, expect, it, vi } from 'vitest';
import { MAX_VALUE_CHARS, MIN_EMPTIED_CHARS, serialiseForReading } from './snapshot-html';

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
    // Long enough to be left out were it any other script (review F-snap-2: built from the
    // threshold, so that it stays over it).
    const long = `[${Array.from({ length: Math.ceil(MIN_EMPTIED_CHARS / LD.length) + 1 }, () => LD).join(',')}]`;
    expect(long.length).toBeGreaterThan(MIN_EMPTIED_CHARS);
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

  it('leaves out mid-sized scripts and styles too (an analytics snippet, a theme block)', () => {
    // 1.5 K characters each: under session 11's 8 K threshold, these were sent (bbc-1 sent 88 K
    // characters of such scripts and styles, 37 % of its snapshot, all JSON-copied by messaging).
    const snippet = `(function(){${'window.dataLayer.push({event:"view"});'.repeat(40)}})();`;
    const theme = `.card{margin:0 auto}`.repeat(75);
    expect(snippet.length).toBeGreaterThan(1_400);
    expect(snippet.length).toBeLessThan(2_000);
    const doc = page(`<style>${theme}</style>`, `<p>Text</p><script>${snippet}</script>`);
    const html = serialiseForReading(doc.documentElement, 1_000_000);
    expect(html).not.toContain('dataLayer');
    expect(html).not.toContain('.card');
    expect(reparsed(doc).querySelectorAll('script, style')).toHaveLength(2);
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
      // Text that only escaping keeps as text (review F-snap-2): a tag and an entity, written.
      ' a &lt;b&gt; c &amp;lt;' +
      `<script>${code('track();')}</script></div><!-- note --><noscript><img src="/lead.jpg" width="1200"></noscript>` +
      '<p title="&quot;quoted&quot; &amp; more">a &lt; b &gt; c\u00a0d</p>' +
      `<svg viewBox="0 0 1 1"><foreignObject><p>in svg</p></foreignObject><script>${code('x();')}</script></svg>`;
    const doc = page('<title>T</title>', body);
    const back = reparsed(doc);
    // The same document but for the script text.
    for (const script of doc.querySelectorAll('script')) script.textContent = '';
    expect(back.body.isEqualNode(doc.body)).toBe(true);
    expect(back.querySelector('[itemprop=name]')?.textContent).toBe('Ann & Bo');
    expect(back.querySelector('[itemscope]')?.textContent).toContain(' a <b> c &lt;');
    expect(back.querySelector('[itemscope] b')).toBeNull();
    expect(back.querySelector('[itemscope]')?.getAttribute('title')).toBe('"Ann" & Bo <3');
    expect(back.querySelector('foreignObject p')?.textContent).toBe('in svg');
  });

  it('serialises a document without scripts as outerHTML does', () => {
    const doc = page('<title>T</title><meta name="author" content="Ann">', '<p>Plain & simple</p>');
    // eslint-disable-next-line no-restricted-properties
    expect(serialiseForReading(doc.documentElement, 1_000_000)).toBe(doc.documentElement.outerHTML);
  });

  // Review F-snap-1: pages whose bytes sit in few elements.
  describe('bounds what one native call copies on a page of few, huge elements', () => {
    /** serialiseForReading's result, and the length of each native serialisation it made. */
    function spied(doc: Document, maxChars: number): { html: string; calls: number[] } {
      const native = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML');
      const calls: number[] = [];
      vi.spyOn(Element.prototype, 'outerHTML', 'get').mockImplementation(function (this: Element) {
        const html = native?.get?.call(this) as string;
        calls.push(html.length);
        return html;
      });
      try {
        return { html: serialiseForReading(doc.documentElement, maxChars), calls };
      } finally {
        vi.restoreAllMocks();
      }
    }

    it('a raw log in one <pre> (a text/plain tab): its text cut to the bound, not copied whole', () => {
      const line = 'INFO 2026-11-30 worker started & listening <port 8080>\n';
      const log = line.repeat(Math.ceil(3_000_000 / line.length));
      const doc = page('<title>build.log</title>', '<pre></pre>');
      doc.querySelector('pre')?.append(log);
      const { html, calls } = spied(doc, 200_000);
      expect(html.length).toBeLessThanOrEqual(200_000);
      expect(Math.max(0, ...calls)).toBeLessThan(MAX_VALUE_CHARS);
      const back = new DOMParser().parseFromString(html, 'text/html');
      expect(back.title).toBe('build.log');
      expect(back.querySelector('pre')?.textContent.startsWith(line.repeat(100))).toBe(true);
    });

    it('inline data-URI images: each URL cut, the page around them as outerHTML writes it', () => {
      const uri = `data:image/png;base64,${'iVBORw0KGgo'.repeat(50_000)}`;
      const images = Array.from(
        { length: 8 },
        (_, i) => `<p>Shot ${String(i)}</p><img alt="s${String(i)}" src="${uri}">`,
      );
      const doc = page(
        '<title>Export</title>',
        `<article><h1>Notebook</h1>${images.join('')}</article>`,
      );
      const { html, calls } = spied(doc, 2_000_000);
      expect(Math.max(0, ...calls)).toBeLessThan(MAX_VALUE_CHARS);
      expect(html.length).toBeLessThan(8 * (MAX_VALUE_CHARS + 100) + 1_000);
      const back = new DOMParser().parseFromString(html, 'text/html');
      const srcs = [...back.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
      expect(srcs).toHaveLength(8);
      expect(
        srcs.every((src) => src.startsWith('data:image/png') && src.length === MAX_VALUE_CHARS),
      ).toBe(true);
      expect(back.querySelector('p:last-of-type')?.textContent).toBe('Shot 7');
    });

    it('data URLs in links, srcsets and head links, wherever they start: each cut', () => {
      const uri = `data:text/csv;base64,${'MSwyLDMK'.repeat(20_000)}`;
      const doc = page(
        `<title>Export</title><link rel="icon" href="${uri}">`,
        `<p>Results</p><a download="r.csv" href=" ${uri}">CSV</a>` +
          `<picture><source srcset="/small.png 1x, ${uri} 2x"><img alt="chart" srcset="${uri}"></picture>` +
          '<a href="/next">Next</a>',
      );
      const { html, calls } = spied(doc, 2_000_000);
      expect(Math.max(0, ...calls)).toBeLessThan(MAX_VALUE_CHARS);
      const back = new DOMParser().parseFromString(html, 'text/html');
      const values = [
        back.querySelector('link')?.getAttribute('href'),
        back.querySelector('a[download]')?.getAttribute('href'),
        back.querySelector('source')?.getAttribute('srcset'),
        back.querySelector('img')?.getAttribute('srcset'),
      ];
      expect(values.map((value) => value?.length)).toEqual(Array(4).fill(MAX_VALUE_CHARS));
      expect(back.querySelector('a[href="/next"]')?.textContent).toBe('Next');
    });
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
