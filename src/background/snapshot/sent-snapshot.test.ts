// The worker takes a page's snapshot held in a Blob only from that very page, and no larger than
// one it would take inline.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SNAPSHOT_CHARS, type SentSnapshot } from '../../messaging/snapshot';
import { fetchBlobText, receivedSnapshot } from './sent-snapshot';

const PAGE = 'https://news.example/2024/story?id=1';
const BLOB = 'blob:https://news.example/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const rest = { url: PAGE, title: 'T', staleHead: false };

function blobs(text: string) {
  const read: string[] = [];
  return {
    read,
    blobText: (url: string) => {
      read.push(url);
      return Promise.resolve(text);
    },
  };
}

describe('receivedSnapshot', () => {
  it('takes an inline snapshot as sent, reading no Blob', async () => {
    const { read, blobText } = blobs('unused');
    const sent: SentSnapshot = { ...rest, html: '<p>x</p>' };
    await expect(receivedSnapshot(sent, PAGE, blobText)).resolves.toEqual(sent);
    expect(read).toEqual([]);
  });

  it("reads the HTML from the sending page's Blob", async () => {
    const { read, blobText } = blobs('<title>T</title><p>x</p>');
    await expect(receivedSnapshot({ ...rest, htmlUrl: BLOB }, PAGE, blobText)).resolves.toEqual({
      ...rest,
      html: '<title>T</title><p>x</p>',
    });
    expect(read).toEqual([BLOB]);
  });

  it('refuses a Blob made by another origin than the sender, without reading it', async () => {
    const { read, blobText } = blobs('<p>x</p>');
    const sent = { ...rest, htmlUrl: BLOB };
    for (const sender of ['https://other.example/a', 'http://news.example/a', 'file:///x']) {
      await expect(receivedSnapshot(sent, sender, blobText)).rejects.toThrow(/not made by/);
    }
    expect(read).toEqual([]);
  });

  it('refuses a Blob holding more than the largest snapshot', async () => {
    const { blobText } = blobs('x'.repeat(MAX_SNAPSHOT_CHARS + 1));
    await expect(receivedSnapshot({ ...rest, htmlUrl: BLOB }, PAGE, blobText)).rejects.toThrow(
      /over MAX_SNAPSHOT_CHARS/,
    );
  });
});

describe('fetchBlobText', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const serving = (body: string) => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(new Blob([body]))));
  };

  it("reads a Blob's text", async () => {
    serving('<p>é</p>');
    await expect(fetchBlobText(BLOB)).resolves.toBe('<p>é</p>');
  });

  it('refuses a Blob of more bytes than the largest snapshot can be (review F-snap-1)', async () => {
    serving('x'.repeat(MAX_SNAPSHOT_CHARS * 3 + 1));
    await expect(fetchBlobText(BLOB)).rejects.toThrow(/over MAX_SNAPSHOT_CHARS/);
  });
});
