import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './db';
import { deletePage } from './testing/delete-page';
import { freshDbForEachTest } from './testing/fresh-db';
import {
  addPendingDeletion,
  applyDeletion,
  countDeletion,
  loadPendingDeletions,
  pendingEffect,
  pendingRemoves,
  removePendingDeletion,
} from './deletion-store';
import { clearLocalHistory, countRetained } from './activities-store';
import type { ActivityRecord, HistoryItemRecord } from './schema';
import { withIndexKeys } from './search-keys';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 29, 12);

let db: Db;
freshDbForEachTest('deletion', (opened) => (db = opened));

/** A page read at each of `startsAgo` (hours before NOW, 10 min each); `serverId` when in Graph. */
async function seed(path: string, startsAgo: number[], serverId?: string): Promise<void> {
  const url = `https://${path}`;
  const items: HistoryItemRecord[] = startsAgo.map((ago, i) => ({
    id: `${path}#${String(i)}`,
    appActivityId: url,
    startedAt: NOW - ago * HOUR,
    lastActiveAt: NOW - ago * HOUR + 600_000,
    activeMs: 600_000,
    userTimezone: 'UTC',
    ended: true,
    ...(serverId
      ? { synced: { lastActiveAt: NOW - ago * HOUR + 600_000, activeMs: 600_000 } }
      : {}),
  }));
  const record: ActivityRecord = {
    appActivityId: url,
    metadata: { url, appActivityId: url, title: path, type: 'Article', authors: [], keywords: [] },
    firstSeenAt: Math.min(...items.map((i) => i.startedAt)),
    lastActiveAt: Math.max(...items.map((i) => i.lastActiveAt)),
    ...(serverId ? { sync: { serverId } } : {}),
  };
  // With its index keys, as every write of the store gives it (search-keys.ts).
  await db.put('activities', withIndexKeys(record));
  for (const item of items) await db.put('historyItems', item);
}

describe('deletion store', () => {
  beforeEach(async () => {
    await seed('a.example.com/recent', [0.5], 'srv-recent');
    await seed('a.example.com/old', [48], 'srv-old');
    await seed('b.test/both', [48, 0.5], 'srv-both');
    await seed('b.test/local', [0.3]);
  });

  it('deletes the last hour: recent pages go, older pages stay, a mixed page loses only the recent engagement', async () => {
    const scope = { from: NOW - HOUR, to: NOW };
    const expected = { pages: 2, engagements: 3, trimmed: 1, published: 2 };
    expect(await countDeletion(db, scope)).toEqual(expected);
    expect(await applyDeletion(db, scope, { alsoTimeline: true, now: NOW })).toEqual({
      ...expected,
      held: [],
    });

    expect((await db.getAllKeys('activities')).sort()).toEqual([
      'https://a.example.com/old',
      'https://b.test/both',
    ]);
    expect((await db.getAllKeys('historyItems')).sort()).toEqual([
      'a.example.com/old#0',
      'b.test/both#0',
    ]);
    const both = await db.get('activities', 'https://b.test/both');
    expect(both?.lastActiveAt).toBe(NOW - 48 * HOUR + 600_000);
    // Graph: the recent page deleted whole, the mixed page loses one history item, the page never
    // published costs nothing.
    const tombstones = await db.getAll('tombstones');
    expect(tombstones.map((t) => [t.kind, t.serverId, t.historyItemId]).sort()).toEqual([
      ['activity', 'srv-recent', undefined],
      ['history-item', 'srv-both', 'b.test/both#1'],
    ]);
  });

  it('deletes in Graph an engagement sent and grown since (saved again: `sentAt`, no `synced`)', async () => {
    const grown = await db.get('historyItems', 'b.test/both#1');
    if (!grown) throw new Error('seeded');
    const { synced: _acknowledged, ...rest } = grown;
    await db.put('historyItems', { ...rest, activeMs: 700_000, sentAt: NOW - HOUR });
    const scope = { from: NOW - HOUR, to: NOW, appActivityIds: ['https://b.test/both'] };
    await applyDeletion(db, scope, { alsoTimeline: true, now: NOW });
    const tombstones = await db.getAll('tombstones');
    expect(tombstones.map((t) => [t.serverId, t.historyItemId])).toEqual([
      ['srv-both', 'b.test/both#1'],
    ]);
  });

  it("deletes in Graph an engagement whose page's id is unknown (the first PUT's answer lost), not a \"Don't publish\" page's", async () => {
    const url = 'https://b.test/both';
    const page = await db.get('activities', url);
    const sent = await db.get('historyItems', 'b.test/both#1');
    if (!page || !sent) throw new Error('seeded');
    const { synced: _acknowledged, ...rest } = sent;
    await db.put('historyItems', { ...rest, sentAt: NOW - HOUR });
    await db.put('activities', { ...page, sync: { sentAt: NOW - HOUR } });
    const scope = { from: NOW - HOUR, to: NOW, appActivityIds: [url] };
    await applyDeletion(db, scope, { alsoTimeline: true, now: NOW });
    // No id: the page's metadata, with which the sync learns it.
    const tombstones = await db.getAll('tombstones');
    expect(tombstones.map((t) => [t.historyItemId, t.serverId, t.metadata?.url])).toEqual([
      ['b.test/both#1', undefined, url],
    ]);

    // "Don't publish" (the page refused, kept here only): learning the id would publish it.
    await db.clear('tombstones');
    await db.put('activities', { ...page, sync: { localOnly: true } });
    await db.put('historyItems', { ...rest, id: 'b.test/both#2', sentAt: NOW - HOUR });
    await applyDeletion(db, scope, { alsoTimeline: true, now: NOW });
    expect(await db.count('historyItems', 'b.test/both#2')).toBe(0);
    expect(await db.getAll('tombstones')).toEqual([]);
  });

  it('deletes a site with its subdomains, here only when asked', async () => {
    const scope = { from: 0, to: NOW, site: 'example.com' };
    expect(await applyDeletion(db, scope, { alsoTimeline: false, now: NOW })).toMatchObject({
      pages: 2,
      published: 2,
    });
    expect((await db.getAllKeys('activities')).sort()).toEqual([
      'https://b.test/both',
      'https://b.test/local',
    ]);
    expect(await db.count('tombstones')).toBe(0);
  });

  it('deletes everything and queues one Graph delete per published page', async () => {
    const result = await applyDeletion(db, { from: 0, to: NOW }, { alsoTimeline: true, now: NOW });
    expect(result).toEqual({ pages: 4, engagements: 5, trimmed: 0, published: 3, held: [] });
    expect(await db.count('activities')).toBe(0);
    expect(await db.count('historyItems')).toBe(0);
    expect(await db.count('tombstones')).toBe(3);
  });

  it('keeps pending deletions across reopen until removed, and says which pages they hide', async () => {
    const deletion = {
      id: 'd1',
      scope: { from: NOW - HOUR, to: NOW },
      alsoTimeline: true,
      createdAt: NOW,
      notBefore: NOW + 5000,
    };
    await addPendingDeletion(db, deletion);
    expect(await loadPendingDeletions(db)).toEqual([deletion]);
    const record = (await db.get('activities', 'https://b.test/both')) as ActivityRecord;
    const items = await db.getAllFromIndex('historyItems', 'by-activity', record.appActivityId);
    expect(pendingEffect([deletion], record, items)).toBe('held');
    const recent = (await db.get('activities', 'https://a.example.com/recent')) as ActivityRecord;
    const recentItems = await db.getAllFromIndex(
      'historyItems',
      'by-activity',
      recent.appActivityId,
    );
    expect(pendingEffect([deletion], recent, recentItems)).toBe('hidden');
    // The day list hides each engagement it removes, a trimmed page's as well, and no other.
    const removes = (item: HistoryItemRecord | undefined) =>
      item !== undefined && pendingRemoves([deletion], record, item);
    expect(items.map(removes)).toEqual([false, true]);
    expect(removes(recentItems[0])).toBe(true);
    expect(await removePendingDeletion(db, 'd1')).toBe(true);
    expect(await removePendingDeletion(db, 'd1')).toBe(false);
    expect(await loadPendingDeletions(db)).toEqual([]);
  });

  it('deletes a day of the history list by site label: engagements by their start, a page read on other days trimmed', async () => {
    await db.put(
      'activities',
      withIndexKeys({
        ...((await db.get('activities', 'https://b.test/both')) as ActivityRecord),
        metadata: {
          url: 'https://b.test/both',
          appActivityId: 'https://b.test/both',
          title: 'both',
          siteName: 'Bee',
          type: 'Article',
          authors: [],
          keywords: [],
        },
      }),
    );
    // b.test/local has no declared name: listed as "b.test", not "Bee".
    const scope = { from: NOW - HOUR, to: NOW, match: 'started' as const, siteLabel: 'Bee' };
    const count = { pages: 0, engagements: 1, trimmed: 1, published: 1 };
    expect(await countDeletion(db, scope)).toEqual(count);
    expect(await applyDeletion(db, scope, { alsoTimeline: true, now: NOW })).toEqual({
      ...count,
      held: [],
    });
    expect((await db.getAllKeys('historyItems')).sort()).toEqual([
      'a.example.com/old#0',
      'a.example.com/recent#0',
      'b.test/both#0',
      'b.test/local#0',
    ]);
  });

  it('counts what a retention would delete', async () => {
    expect(await countRetained(db, { readBefore: NOW - 24 * HOUR, canSend: false })).toBe(1);
    expect(await countRetained(db, { readBefore: NOW + HOUR, canSend: false })).toBe(4);
  });

  describe('reads waiting for the organisation relay', () => {
    /** One queued read per engagement of the seeded pages. */
    async function queueAll(): Promise<void> {
      for (const item of await db.getAll('historyItems')) {
        await db.put('relayReads', {
          id: item.id,
          url: item.appActivityId,
          startedAt: item.startedAt,
          queuedAt: NOW,
        });
      }
    }
    const queued = async () => (await db.getAllKeys('relayReads')).sort();

    it.each<[string, () => Promise<unknown>, string[]]>([
      [
        'one page deleted from the popup',
        () => deletePage(db, 'https://b.test/both', NOW),
        ['a.example.com/old#0', 'a.example.com/recent#0', 'b.test/local#0'],
      ],
      [
        'the last hour deleted (a page keeps its older read)',
        () => applyDeletion(db, { from: NOW - HOUR, to: NOW }, { alsoTimeline: false, now: NOW }),
        ['a.example.com/old#0', 'b.test/both#0'],
      ],
      [
        'a site deleted',
        () =>
          applyDeletion(
            db,
            { from: 0, to: NOW, site: 'example.com' },
            { alsoTimeline: true, now: NOW },
          ),
        ['b.test/both#0', 'b.test/both#1', 'b.test/local#0'],
      ],
      ['everything cleared', () => clearLocalHistory(db, NOW), []],
    ])('are dropped with %s, in the same transaction', async (_name, remove, left) => {
      await queueAll();
      await remove();
      expect(await queued()).toEqual(left);
    });
  });
});
