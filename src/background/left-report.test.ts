import { describe, expect, it } from 'vitest';
import type { PageCapture } from '../activity/page-metadata';
import type { PageSnapshot } from '../messaging/snapshot';
import { contentHandlers } from './content-handlers';
import { LEFT_READ_WAIT_MS, LeftReads } from './snapshot/left-reads';
import { page, setUp } from './testing/content-handlers-fixture';

// Issue #13: a page left (its tab closed) while the worker read its snapshot reports itself as it
// leaves with its address and title only; the worker's read still ends, and completes the record.
const snapshot: PageSnapshot = {
  html: '<p>x</p>',
  url: page.url,
  title: 'Tides',
  staleHead: false,
};
const capture: PageCapture = {
  url: 'https://news.example/tides-canonical',
  title: 'Tides and the Moon',
  type: 'Article',
  authors: [{ name: 'Ada Lovelace', kind: 'Person' }],
  keywords: [],
  description: 'Why the sea rises twice a day.',
};
/** What the page sends as it is left: fallbackCapture's address and title, sanitised. */
const bare = {
  url: 'https://news.example/story?x=1',
  appActivityId: 'https://news.example/story?x=1',
  title: 'Tides',
  type: 'WebPage',
  authors: [],
  keywords: [],
};
/** Waits (a macrotask at a time) until the handler has asked the host for read number `n`. */
async function asked(reads: unknown[], n: number): Promise<void> {
  while (reads.length < n) await new Promise((resolve) => setTimeout(resolve, 0));
}
const leaving = { metadata: bare, visible: false, attendedMs: 8_000, leftMs: 0, partial: true };

describe('a page left while the worker read it', () => {
  it.each([
    ['the read ends first (its answer found the page gone)', true],
    ['the leave report comes first (the read still under way)', false],
  ])('is recorded with what the read found when %s', async (_, readFirst) => {
    const { context, db, reads, events } = await setUp();
    const reading = contentHandlers['read-snapshot'](context, snapshot);
    await asked(reads, 1);
    if (readFirst) {
      reads[0]?.(capture);
      await reading;
    }
    await contentHandlers['page-loaded'](context, leaving);
    if (!readFirst) {
      reads[0]?.(capture);
      await reading;
    }
    const record = await db.get('activities', bare.appActivityId);
    // Counted and kept under the address it was tracked with; shown as what was read.
    expect(record?.metadata).toMatchObject({
      url: bare.url,
      title: 'Tides and the Moon',
      description: 'Why the sea rises twice a day.',
      authors: [{ name: 'Ada Lovelace', kind: 'Person' }],
    });
    expect(await db.count('activities')).toBe(1);
    expect(events.map((e) => e.type === 'page-loaded' && e.page.appActivityId)).toEqual([
      bare.appActivityId,
    ]);
  });

  it('keeps the address and title when no read of that page ends', async () => {
    const { context, db, reads } = await setUp();
    const reading = contentHandlers['read-snapshot'](context, snapshot);
    await asked(reads, 1);
    await contentHandlers['page-loaded'](context, leaving);
    // The tab's next page is read: not the one left.
    const other = { ...context, page: { ...page, url: 'https://news.example/next' } };
    const next = contentHandlers['read-snapshot'](other, { ...snapshot, url: other.page.url });
    await asked(reads, 2);
    reads[1]?.(capture);
    await next;
    expect((await db.get('activities', bare.appActivityId))?.metadata.title).toBe('Tides');
    reads[0]?.(capture);
    await reading;
    expect((await db.get('activities', bare.appActivityId))?.metadata.title).toBe(
      'Tides and the Moon',
    );
  });

  it('takes nothing from a read for a report the page sent itself (not left)', async () => {
    const { context, db, reads } = await setUp();
    const reading = contentHandlers['read-snapshot'](context, snapshot);
    await asked(reads, 1);
    reads[0]?.(capture);
    await reading;
    await contentHandlers['page-loaded'](context, { metadata: bare, visible: true });
    await contentHandlers['page-loaded'](context, leaving);
    expect((await db.get('activities', bare.appActivityId))?.metadata.title).toBe('Tides');
  });
});

describe('LeftReads', () => {
  it('matches a read and a leave report of the same tab and address only, for a while', () => {
    let now = 0;
    const reads = new LeftReads(() => now);
    const report = { identity: bare, recorded: Promise.resolve() };
    expect(reads.read(1, 'https://a.test/', capture)).toBeNull();
    expect(reads.left(2, 'https://a.test/', report)).toBeNull();
    expect(reads.left(1, 'https://b.test/', report)).toBeNull();
    expect(reads.left(1, 'https://a.test/', report)).toBe(capture);
    // Taken once.
    expect(reads.left(1, 'https://a.test/', report)).toBeNull();
    expect(reads.read(2, 'https://a.test/', capture)).toBe(report);
    now = 10;
    reads.read(3, 'https://c.test/', capture);
    now += LEFT_READ_WAIT_MS + 1;
    expect(reads.left(3, 'https://c.test/', report)).toBeNull();
  });
});
