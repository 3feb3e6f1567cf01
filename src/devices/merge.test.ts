import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import type { PageMetadata } from '../activity/page-metadata';
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';
import { isDirty } from '../sync/sync-planner';
import {
  applyDeletionMarker,
  mergeRemotePage,
  UNKNOWN_DEVICE,
  type LocalPage,
  type MergeRules,
  type RemotePage,
} from './merge';

const URL_A = 'https://news.example/a';
const ID = appActivityIdFor(URL_A);
const OWN = 'aaaaaaaaaaaa';
const OTHER = 'bbbbbbbbbbbb';
const guid = (node: string, n: number): string => `0000000${n}-0000-8000-8000-${node}`;
const LEGACY = '11111111-2222-4333-8444-555555555555';

const metadata: PageMetadata = {
  url: URL_A,
  appActivityId: ID,
  title: 'A page',
  type: 'Article',
  authors: [{ name: 'Ann', kind: 'Person' }],
  description: 'About A',
  image: 'https://news.example/a.png',
  keywords: [],
};

const rules: MergeRules = {
  ownNode: OWN,
  keepSince: null,
  excluded: () => false,
  neverRecorded: () => false,
  keep: { description: true, image: true, authors: true },
};

const remoteItem = (id: string, startedAt: number, activeMs = 60_000) => ({
  id,
  startedAt,
  lastActiveAt: startedAt + activeMs,
  activeMs,
  userTimezone: 'Europe/Berlin',
});

const remote = (items: ReturnType<typeof remoteItem>[]): RemotePage => ({
  serverId: '42',
  appActivityId: ID,
  metadata,
  items,
});

const ownItem = (id: string, startedAt: number, synced = true): HistoryItemRecord => ({
  id,
  appActivityId: ID,
  startedAt,
  lastActiveAt: startedAt + 30_000,
  activeMs: 30_000,
  userTimezone: 'UTC',
  ended: true,
  ...(synced ? { synced: { lastActiveAt: startedAt + 30_000, activeMs: 30_000 } } : {}),
});

const record: ActivityRecord = {
  appActivityId: ID,
  metadata,
  firstSeenAt: 1_000,
  lastActiveAt: 31_000,
  sync: { serverId: '42', bodyHash: 'h' },
};

const empty: LocalPage = { record: undefined, items: [] };

describe('mergeRemotePage', () => {
  it('adds a page read only on another device, with its engagement acknowledged (never re-sent)', () => {
    const changes = mergeRemotePage(empty, remote([remoteItem(guid(OTHER, 1), 5_000)]), rules);
    expect(changes.record).toMatchObject({
      appActivityId: ID,
      firstSeenAt: 5_000,
      lastActiveAt: 65_000,
      sync: { serverId: '42' },
    });
    expect(changes.record?.unsyncedChanges).toBeUndefined();
    expect(changes.items).toHaveLength(1);
    expect(changes.items[0]).toMatchObject({ device: OTHER, activeMs: 60_000, ended: true });
    expect(changes.items.some(isDirty)).toBe(false);
  });

  it('gives a page read on both devices the engagements of both, once', () => {
    const local: LocalPage = { record, items: [ownItem(guid(OWN, 1), 1_000)] };
    const both = remote([remoteItem(guid(OWN, 1), 1_000), remoteItem(guid(OTHER, 2), 90_000)]);
    const first = mergeRemotePage(local, both, rules);
    expect(first.items.map((i) => i.id)).toEqual([guid(OTHER, 2)]);
    expect(first.record).toMatchObject({ lastActiveAt: 150_000, sync: { bodyHash: 'h' } });
    // Pulling the same listing again adds nothing.
    const again = mergeRemotePage(
      { record: first.record, items: [...local.items, ...first.items] },
      both,
      rules,
    );
    expect(again).toEqual({ items: [] });
  });

  it.each([
    ['this device (its node)', guid(OWN, 3), []],
    ['this device before device ids (stored without a device)', LEGACY, []],
  ])('never takes an engagement of %s from Graph', (_name, id, expected) => {
    const local: LocalPage = { record, items: [ownItem(LEGACY, 1_000)] };
    expect(mergeRemotePage(local, remote([remoteItem(id, 1_000, 99_000)]), rules).items).toEqual(
      expected,
    );
  });

  it('takes an engagement whose GUID names no device as from an unknown device', () => {
    const changes = mergeRemotePage(empty, remote([remoteItem(LEGACY, 1_000)]), rules);
    expect(changes.items[0]?.device).toBe(UNKNOWN_DEVICE);
  });

  it.each([
    ['grew there', 120_000, 1],
    ['is unchanged', 60_000, 0],
    ['shrank (an older copy)', 30_000, 0],
  ])('updates another device’s engagement only when it %s', (_n, activeMs, count) => {
    const pulled = mergeRemotePage(empty, remote([remoteItem(guid(OTHER, 1), 5_000)]), rules);
    const local: LocalPage = { record: pulled.record, items: pulled.items };
    const changes = mergeRemotePage(
      local,
      remote([remoteItem(guid(OTHER, 1), 5_000, activeMs)]),
      rules,
    );
    expect(changes.items).toHaveLength(count);
  });

  it.each<[string, Partial<MergeRules>, number | undefined, number]>([
    [
      'an excluded site',
      { excluded: (url) => url.startsWith('https://news.example') },
      undefined,
      0,
    ],
    ['older than retention', { keepSince: 100_000 }, undefined, 1],
    ['deleted by a marker (started before it)', {}, 50_000, 1],
  ])('keeps nothing of %s', (_n, override, deletedAt, kept) => {
    const page = remote([remoteItem(guid(OTHER, 1), 5_000), remoteItem(guid(OTHER, 2), 200_000)]);
    const changes = mergeRemotePage(empty, page, { ...rules, ...override }, deletedAt);
    expect(changes.items).toHaveLength(kept);
  });

  it('keeps nothing of a page the never-record rules refuse, and says it is refused', () => {
    // Another device, on an older version, published it (a reset link, a sign-in page).
    const refusing = { ...rules, neverRecorded: (url: string) => url === URL_A };
    const page = remote([remoteItem(guid(OTHER, 1), 5_000)]);
    expect(mergeRemotePage(empty, page, refusing)).toEqual({ items: [], refused: true });
    expect(mergeRemotePage(empty, page, rules).refused).toBeUndefined();
  });

  it('drops description, image and authors of pulled pages while their switches are off', () => {
    const changes = mergeRemotePage(empty, remote([remoteItem(guid(OTHER, 1), 5_000)]), {
      ...rules,
      keep: { description: false, image: false, authors: false },
    });
    expect(changes.record?.metadata).not.toHaveProperty('description');
    expect(changes.record?.metadata).not.toHaveProperty('image');
    expect(changes.record?.metadata.authors).toEqual([]);
  });
});

describe('applyDeletionMarker', () => {
  const items = [ownItem(guid(OWN, 1), 1_000), ownItem(guid(OTHER, 2), 9_000)];

  it.each<[string, number, number, 'delete' | 'kept' | 'unchanged']>([
    ['after every engagement: the page goes', 10_000, 2, 'delete'],
    ['between them: the later reading stays', 5_000, 1, 'kept'],
    ['before any: nothing changes', 500, 0, 'unchanged'],
  ])('a marker %s', (_n, deletedAt, deleted, outcome) => {
    const changes = applyDeletionMarker({ record, items }, deletedAt);
    expect(changes.deleteItems).toHaveLength(deleted);
    const got =
      changes.record === undefined ? 'unchanged' : changes.record === 'delete' ? 'delete' : 'kept';
    expect(got).toBe(outcome);
  });

  it('keeps a page opened again after the deletion', () => {
    const reopened = { ...record, firstSeenAt: 20_000, lastActiveAt: undefined };
    expect(applyDeletionMarker({ record: reopened, items: [] }, 10_000).record).toBeUndefined();
  });
});
