// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../testing/shared-dir';
import { readPage } from '../reader';
import { isHeadStale, snapshotHead } from './head-snapshot';

const BASE = 'https://clips.example/watch';

/** A document whose head describes `headRoute` and whose title (set by the app) is `title`. */
function page(headRoute: string, title: string, description = `About ${headRoute}.`): Document {
  const html = `<!doctype html><html lang="en"><head><title>${title} - Clips</title>
    <link rel="canonical" href="?v=${headRoute}">
    <meta property="og:site_name" content="Clips">
    <meta property="og:url" content="${BASE}?v=${headRoute}">
    <meta property="og:title" content="${headRoute} headline">
    <meta name="description" content="${description}">
    <script type="application/ld+json">{"@type":"VideoObject","name":"${headRoute} headline","author":"Channel ${headRoute}","url":"?v=${headRoute}"}</script>
    </head><body><main><h1>${title}</h1><p>Some words about the clip.</p></main></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('metadata of a route reached in-page', () => {
  it('takes the first route from its head as usual', () => {
    const doc = page('alpha', 'Alpha');
    const meta = readPage(doc, `${BASE}?v=alpha`, null, snapshotHead(doc));
    expect(meta).toMatchObject({ url: `${BASE}?v=alpha`, title: 'alpha headline' });
  });

  it('ignores a head that still describes the previous route: own URL, settled title, no stale fields', () => {
    const before = snapshotHead(page('alpha', 'Alpha'));
    // The app re-rendered the body and set document.title, and never touched the head.
    const doc = page('alpha', 'Bravo');
    const meta = readPage(doc, `${BASE}?v=bravo&utm_source=x`, before, snapshotHead(doc));
    // Its own address, so the worker files it under its own id, not the previous route's.
    expect(meta.url).toBe(`${BASE}?v=bravo`);
    expect(meta.url).not.toBe(
      readPage(page('alpha', 'Alpha'), `${BASE}?v=alpha`, null, before).url,
    );
    expect(meta.title).toBe('Bravo');
    expect(meta).toMatchObject({ type: 'WebPage', authors: [], siteName: 'Clips', lang: 'en' });
    expect(meta.description).toBeUndefined();
  });

  it('trusts a head that names the new address, tracking parameters aside (?utm_… added after the read)', () => {
    const doc = page('alpha', 'Alpha');
    const before = snapshotHead(doc);
    // The route changed only by an analytics script's replaceState: the head is the page's own.
    const meta = readPage(doc, `${BASE}?v=alpha&utm_source=x`, before, snapshotHead(doc));
    expect(meta).toMatchObject({
      url: `${BASE}?v=alpha`,
      title: 'alpha headline',
      description: 'About alpha.',
    });
  });

  it('trusts a head the app updated for the new route', () => {
    const before = snapshotHead(page('alpha', 'Alpha'));
    const doc = page('bravo', 'Bravo');
    const meta = readPage(doc, `${BASE}?v=bravo`, before, snapshotHead(doc));
    expect(meta).toMatchObject({
      url: `${BASE}?v=bravo`,
      title: 'bravo headline',
      type: 'VideoObject',
    });
    expect(meta.authors.map((a) => a.name)).toEqual(['Channel bravo']);
  });

  it.each([
    ['no head values at all', { canonical: null, ogUrl: null, ogTitle: null, jsonLd: null }, false],
    [
      'only a canonical link left as it was',
      { canonical: 'a', ogUrl: 'b2', ogTitle: null, jsonLd: null },
      true,
    ],
    ['every value changed', { canonical: 'a2', ogUrl: 'b2', ogTitle: 't2', jsonLd: '{}' }, false],
  ])('calls the head stale when %s', (_name, now, stale) => {
    const before = { canonical: 'a', ogUrl: 'b', ogTitle: 't', jsonLd: null };
    expect(isHeadStale(before, now)).toBe(stale);
  });

  it('gives the shared spa-stale-head case its two routes', () => {
    const dir = path.join(requireSharedDir('cases'), 'cases', 'spa-stale-head');
    const html = fs.readFileSync(path.join(dir, 'page.html'), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
      routes: [{ canonicalUrl: string; title: string }, { canonicalUrl: string; title: string }];
    };
    const base = 'https://cases.example';
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const alpha = readPage(doc, `${base}/page.html?v=alpha`, null, snapshotHead(doc));
    expect(alpha.url).toBe(expected.routes[0].canonicalUrl.replace('{base}', base));
    expect(alpha.title).toBe(expected.routes[0].title);
    const head = snapshotHead(doc);
    doc.title = `${expected.routes[1].title} - ClipHarbour`;
    const bravo = readPage(doc, `${base}/page.html?v=bravo`, head, snapshotHead(doc));
    expect(bravo.url).toBe(expected.routes[1].canonicalUrl.replace('{base}', base));
    expect(bravo.title).toBe(expected.routes[1].title);
    expect(bravo.url).not.toBe(alpha.url);
    expect(bravo.authors).toEqual([]);
  });
});
