// The worker's 'read-snapshot' answer: a page that may not be read is not even parsed.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import type { PageSnapshot } from '../../messaging/snapshot';
import { contentHandlers } from '../content-handlers';
import type { PageContext } from '../context';
import { LeftReads } from './left-reads';

const snapshot: PageSnapshot = {
  html: '<title>T</title>',
  url: 'https://news.example/a',
  title: 'T',
  staleHead: false,
};
const BLOB = 'blob:https://news.example/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const capture = { url: snapshot.url, title: 'T', type: 'WebPage', authors: [], keywords: [] };

function contextWith(settings: Partial<Settings>) {
  const read: PageSnapshot[] = [];
  const context = {
    page: { tabId: 1, windowId: 1, tabActive: true, url: snapshot.url },
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    storage: { get: () => Promise.resolve({}) },
    leftReads: new LeftReads(),
    blobText: (url: string) =>
      url === BLOB ? Promise.resolve(snapshot.html) : Promise.reject(new Error('gone')),
    snapshots: {
      read: (s: PageSnapshot) => {
        read.push(s);
        return Promise.resolve(capture);
      },
    },
  } as unknown as PageContext;
  return { context, read };
}

describe("'read-snapshot'", () => {
  it('answers what the host read', async () => {
    const { context, read } = contextWith({});
    await expect(contentHandlers['read-snapshot'](context, snapshot)).resolves.toEqual(capture);
    expect(read).toEqual([snapshot]);
  });

  it("reads a snapshot held in the page's Blob as one sent inline", async () => {
    const { context, read } = contextWith({});
    const { html: _inline, ...rest } = snapshot;
    await expect(
      contentHandlers['read-snapshot'](context, { ...rest, htmlUrl: BLOB }),
    ).resolves.toEqual(capture);
    expect(read).toEqual([snapshot]);
  });

  it.each([{ paused: true }, { excludedSites: ['news.example'] }])(
    'parses nothing for a page that may not be read (%o)',
    async (settings) => {
      const { context, read } = contextWith(settings);
      await expect(contentHandlers['read-snapshot'](context, snapshot)).resolves.toBeNull();
      expect(read).toEqual([]);
    },
  );
});
