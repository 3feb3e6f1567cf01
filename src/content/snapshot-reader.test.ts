// @vitest-environment jsdom
// The page's side: it sends its snapshot and reports what the worker read, and never loses the
// read when the worker cannot answer.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../messaging/parse-request';
import { CHANNEL } from '../messaging/channel';
import { MAX_SNAPSHOT_CHARS, type PageSnapshot } from '../messaging/snapshot';
import { snapshotHead } from './route/head-snapshot';
import { snapshotReader, takeSnapshot, type AskWorker } from './snapshot-reader';

const URL_ = 'https://news.example/2024/story?id=1';
const capture = { url: URL_, title: 'Read', type: 'Article', authors: [], keywords: [] };

function page(title = 'Live title'): Document {
  const doc = document.implementation.createHTMLDocument(title);
  const h1 = doc.createElement('h1');
  h1.textContent = 'Story';
  const p = doc.createElement('p');
  p.textContent = 'Text.';
  doc.body.append(h1, p);
  return doc;
}

function asking(...replies: unknown[]) {
  const asked: PageSnapshot[] = [];
  const ask = ((_type: 'read-snapshot', snapshot: PageSnapshot) => {
    asked.push(snapshot);
    return Promise.resolve(replies.shift());
  }) as AskWorker;
  return { ask, asked };
}

describe('snapshotReader', () => {
  it('sends the document, its address and live title, and reports what the worker read', async () => {
    const doc = page();
    const { ask, asked } = asking(capture);
    const head = snapshotHead(doc);
    await expect(snapshotReader(ask).readPage(doc, URL_, null, head)).resolves.toEqual(capture);
    expect(asked).toEqual([
      {
        html: '<html><head><title>Live title</title></head><body><h1>Story</h1><p>Text.</p></body></html>',
        url: URL_,
        title: 'Live title',
        staleHead: false,
      },
    ]);
  });

  it('says the head is stale when it still says what it said on the route before', async () => {
    const doc = page();
    doc.head.insertAdjacentHTML('beforeend', '<link rel="canonical" href="/alpha">');
    const { ask, asked } = asking(capture);
    const head = snapshotHead(doc);
    await snapshotReader(ask).readPage(doc, URL_, head, head);
    expect(asked[0]?.staleHead).toBe(true);
  });

  it('asks again once when the worker could not answer (stopped mid-request)', async () => {
    const { ask, asked } = asking(undefined, capture);
    await expect(
      snapshotReader(ask).readPage(page(), URL_, null, snapshotHead(page())),
    ).resolves.toEqual(capture);
    expect(asked).toHaveLength(2);
  });

  it('reports the address and live title when the worker never answers, or answers garbage', async () => {
    for (const replies of [[undefined, undefined], [{ url: 3 }, 'x'], [null]]) {
      const { ask } = asking(...replies);
      const got = await snapshotReader(ask).readPage(page(), URL_, null, snapshotHead(page()));
      expect(got).toEqual({
        url: URL_,
        title: 'Live title',
        type: 'WebPage',
        authors: [],
        keywords: [],
      });
    }
    const { ask } = asking();
    const untitled = await snapshotReader(ask).readPage(page(''), URL_, null, snapshotHead(page()));
    expect(untitled.title).toBe('news.example/2024/story');
  });

  it('sends the HTML held (its Blob URL) first, inline when asked again, and lets it go', async () => {
    const released: string[] = [];
    const hold = (html: string) => ({
      url: `blob:https://news.example/held-${String(html.length)}`,
      release: () => released.push('released'),
    });
    const { ask, asked } = asking(undefined, capture);
    const doc = page();
    const got = await snapshotReader(ask, hold).readPage(doc, URL_, null, snapshotHead(doc));
    expect(got).toEqual(capture);
    const html = takeSnapshot(doc, URL_, false)?.html ?? '';
    expect(asked).toEqual([
      {
        htmlUrl: `blob:https://news.example/held-${String(html.length)}`,
        url: URL_,
        title: 'Live title',
        staleHead: false,
      },
      { html, url: URL_, title: 'Live title', staleHead: false },
    ]);
    expect(released).toEqual(['released']);
  });

  it('cuts a document longer than the largest snapshot', () => {
    const doc = page();
    doc.body.append('x'.repeat(MAX_SNAPSHOT_CHARS));
    const snapshot = takeSnapshot(doc, URL_, false);
    expect(snapshot?.html.length).toBe(MAX_SNAPSHOT_CHARS);
    expect(snapshot?.html.startsWith('<html><head><title>Live title</title>')).toBe(true);
  });
});

describe("the worker's check of 'read-snapshot'", () => {
  const message = (payload: object) => ({ channel: CHANNEL, type: 'read-snapshot', payload });
  const valid = { html: '<p>x</p>', url: URL_, title: 'T', staleHead: false };
  const held = {
    htmlUrl: 'blob:https://news.example/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    url: URL_,
    title: 'T',
    staleHead: false,
  };

  it('takes a snapshot of an http(s) page', () => {
    expect(parseRequest(message(valid))?.payload).toEqual(valid);
  });

  it.each([
    { ...valid, html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1) },
    { ...valid, url: 'chrome-extension://abc/page.html' },
    { ...valid, title: 7 },
    { ...valid, staleHead: 'yes' },
    { html: '<p>x</p>', url: URL_ },
    { ...held, htmlUrl: 'blob:https://other.example/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' },
    { ...held, htmlUrl: 'https://news.example/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' },
    { ...held, htmlUrl: 'blob:https://news.example/0b1c2d3e/../x' },
    { ...held, htmlUrl: 7 },
  ])('refuses a malformed or oversized one (%#)', (payload) => {
    expect(parseRequest(message(payload))).toBeNull();
  });

  it("takes a snapshot held in a Blob of the page's own origin", () => {
    expect(parseRequest(message(held))?.payload).toEqual(held);
  });
});
