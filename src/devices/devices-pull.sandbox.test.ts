// Two devices signed in to the same sandbox account (testing/sandbox-devices.ts): what one shows of
// the other's reading. The exact merge, no re-publishing, paging through empty pages, the read
// budget, the user's rules on pulled pages. Deletions and refusals:
// devices-deletions.sandbox.test.ts.
import { describe, expect, it } from 'vitest';
import { isNeverRecordedUrl } from '../background/may-read';
import type { Settings } from '../settings/settings';
import { readCounters, recountStore } from '../store/counter-store';
import { countBacklog } from '../sync/outbox-store';
import { activitiesIn, newsPage as page } from '../sync/testing/sandbox-sync';
import { deviceNames } from './pull-store';
import { itemsOf, MINUTE, useDevicesSandbox } from './testing/sandbox-devices';

// Today's never-record rule, as pull-store.test.ts gives it.
const { graph, device, graphWritesSince, lastSeq } = useDevicesSandbox((url) =>
  isNeverRecordedUrl(url, { clientId: 'c', tenant: 'common' }),
);

describe('your history on every device', () => {
  it('shows a page read on A on B with its time and A’s name, and B publishes none of it', async () => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb');
    const m = page('one');
    const id = await a.read(m, Date.now() - 10 * MINUTE, 95_000);
    await a.sync();
    await b.sync();
    expect(await itemsOf(b, m)).toEqual([{ id, activeMs: 95_000, device: 'aaaaaaaaaaaa' }]);
    expect(await readCounters(b.db)).toMatchObject({ readPages: 1, unsynced: 0 });
    expect(await readCounters(b.db)).toEqual(await recountStore(b.db));
    // A names itself once it has seen another device in Graph (B's name); B learns it next pull.
    expect(await deviceNames(b.db)).toEqual({});
    await a.sync();
    await b.sync();
    expect(await deviceNames(b.db)).toEqual({ aaaaaaaaaaaa: 'Laptop' });
    expect(await deviceNames(a.db)).toEqual({ bbbbbbbbbbbb: 'Desktop' });
    // B's later passes send nothing: the page is A's, B's name is published.
    const before = await lastSeq();
    await b.sync();
    await b.sync();
    expect(await graphWritesSince(before)).toEqual([]);
    expect(await countBacklog(b.db)).toEqual({ pending: 0, parked: 0 });
  });

  it('merges the same page read on both into one activity with both engagements, never twice', async () => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb');
    const m = page('both');
    const onA = await a.read(m, Date.now() - 30 * MINUTE, 60_000);
    await a.sync();
    const onB = await b.read(m, Date.now() - 10 * MINUTE, 120_000);
    await b.sync(); // pulls A's, publishes its own
    await a.sync(); // pulls B's
    await b.sync();
    for (const d of [a, b]) {
      const items = await itemsOf(d, m);
      expect(items.map((i) => i.id).sort()).toEqual([onA, onB].sort());
    }
    const pages = (await activitiesIn(graph)).filter((g) => g.appActivityId === m.appActivityId);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.historyItems.map((i) => i.id).sort()).toEqual([onA, onB].sort());
    // Every engagement was written by its own device only: one write each.
    expect(pages[0]?.historyItems.map((i) => i.writeCount)).toEqual([1, 1]);
  });

  it('follows next links through empty pages and stays within the read budget', async () => {
    await graph.admin.seedForeignActivities('alice', 25);
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb');
    for (let i = 0; i < 12; i++)
      await a.read(page(`p${String(i)}`), Date.now() - 60 * MINUTE + i, 10_000);
    await a.sync();
    await b.sync();
    const pulled = b.results.at(-1);
    expect(pulled?.pulledActivities).toBe(12);
    expect(pulled?.reads).toBeGreaterThan(2);
    const reads = (await graph.admin.requestLog()).filter((r) => r.method === 'GET');
    expect(reads.every((r) => r.path.startsWith('/v1.0/me/activities'))).toBe(true);
  });

  it.each<[string, Partial<Settings>, number]>([
    ['reading back off', { readBack: false }, 0],
    ['the site excluded', { excludedSites: ['news.example'] }, 0],
    ['a retention shorter than its age', { retentionDays: 1 }, 0],
    ['the defaults', {}, 1],
  ])('keeps pulled pages out with %s', async (_n, settings, pages) => {
    const a = await device('Laptop', 'aaaaaaaaaaaa');
    const b = await device('Desktop', 'bbbbbbbbbbbb', settings);
    await a.read(page('old'), Date.now() - 3 * 24 * 60 * MINUTE, 60_000);
    await a.sync();
    await b.sync();
    expect((await readCounters(b.db)).readPages).toBe(pages);
  });
});
