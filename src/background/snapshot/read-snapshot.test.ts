// @vitest-environment jsdom
// A page read from its snapshot (parsed in an extension context, whose own address is not the
// page's) gives the very PageCapture the live document gives: shared cases and corpus pages.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../content/reader';
import { snapshotHead } from '../../content/route/head-snapshot';
import { takeSnapshot } from '../../content/snapshot-reader';
import { requireSharedDir } from '../../testing/shared-dir';
import type { PageSnapshot } from '../../messaging/snapshot';
import { parseHtml, readSnapshot } from './read-snapshot';

const shared = requireSharedDir('corpus');
const PAGES: [string, string][] = [
  ['cases/site-name-is-headline/page.html', 'https://cases.example/news/page.html'],
  ['cases/angle-brackets-in-title/page.html', 'https://cases.example/blog/page.html'],
  ['cases/author-array-shapes/page.html', 'https://cases.example/a/b/page.html?x=1'],
  ['cases/spa-stale-head/page.html', 'https://spa.example/app/page.html?v=alpha'],
  // <base href> absolute, relative, and none: relative URLs resolve against the page's address.
  ['corpus/readability/base-url/source.html', 'http://fakehost/test/page.html'],
  ['corpus/readability/base-url-base-element/source.html', 'http://fakehost/test/page.html'],
  [
    'corpus/readability/base-url-base-element-relative/source.html',
    'http://fakehost/test/page.html',
  ],
  ['corpus/readability/001/source.html', 'http://fakehost/test/page.html'],
  ['corpus/readability/bbc-1/source.html', 'https://www.bbc.co.uk/news/magazine-34357290'],
  ['corpus/readability/cnn/source.html', 'https://edition.cnn.com/2016/06/02/world/page.html'],
  ['corpus/readability/ars-1/source.html', 'https://arstechnica.com/x/2015/story/'],
];

/** The page's snapshot (takeSnapshot never gives null for a parsed page). */
function snap(doc: Document, url: string, staleHead: boolean): PageSnapshot {
  const snapshot = takeSnapshot(doc, url, staleHead);
  if (!snapshot) throw new Error('no snapshot');
  return snapshot;
}

/** The page as the browser shows it: a document whose address is the page's own. */
function live(file: string, url: string): Document {
  const html = fs.readFileSync(path.join(shared, file), 'utf8');
  return new JSDOM(html, { url }).window.document;
}

describe('readSnapshot', () => {
  // jsdom on a loaded machine can pass the extractor's wall-clock safety net, which would skip
  // stages in one of the two reads: a clock that stands still compares the documents alone.
  beforeEach(() => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
  });

  it('runs where the document address is not the page’s (as in an offscreen document)', () => {
    expect(parseHtml('<p>x</p>').URL).not.toMatch(/^https?:\/\/(cases|fakehost)/);
  });

  it.each(PAGES)(
    '%s gives what the live document gives',
    (file, url) => {
      const doc = live(file, url);
      const fromSnapshot = readSnapshot(snap(doc, url, false), parseHtml);
      expect(fromSnapshot).toEqual(readDocument(doc, url, false));
      // Something was found beyond the address: the comparison is not of two empty captures.
      expect(fromSnapshot.title).not.toBe('');
    },
    60_000,
  );

  it('reads a route whose head is stale from its live title, as the page would', () => {
    const url = 'https://spa.example/app/page.html?v=bravo';
    const doc = live('cases/spa-stale-head/page.html', url);
    doc.title = 'Bravo: the second route';
    const fromSnapshot = readSnapshot(snap(doc, url, true), parseHtml);
    expect(fromSnapshot).toEqual(readDocument(doc, url, true));
    expect(fromSnapshot.url).toBe(url);
    expect(fromSnapshot.title).toBe('Bravo: the second route');
  });

  it('keeps the live title when the serialised one differs (a cut snapshot has none)', () => {
    const url = 'https://news.example/story';
    const capture = readSnapshot(
      {
        html: '<html><head><meta name="description" content="d">',
        url,
        title: 'Live',
        staleHead: false,
      },
      parseHtml,
    );
    expect(capture.title).toBe('Live');
    expect(capture.description).toBe('d');
  });

  it('never runs the page’s scripts nor resolves against the extension’s address', () => {
    const url = 'https://news.example/a/story.html';
    const html =
      '<html><head><title>T</title><link rel="icon" href="fav.png">' +
      '<script>globalThis.ran = true</script></head>' +
      '<body><img src="/img/lead.jpg" width="1200" height="800"></body></html>';
    const capture = readSnapshot({ html, url, title: 'T', staleHead: false }, parseHtml);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    expect(capture.faviconUrl).toBe('https://news.example/a/fav.png');
    expect(JSON.stringify(capture)).not.toMatch(/localhost|about:blank|chrome-extension/);
  });

  it('checks the head with the live document, as the page session does', () => {
    const doc = live('cases/spa-stale-head/page.html', 'https://spa.example/app/page.html');
    expect(snapshotHead(doc).canonical).not.toBeNull();
  });
});
