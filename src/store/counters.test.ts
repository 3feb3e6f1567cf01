import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import {
  clearChangeCounters,
  countBacklog,
  forgetActivityOnServer,
  parkWrite,
  recordSend,
} from '../sync/outbox-store';
import { acknowledgeWrite } from '../sync/write-ack-store';
import { bindSyncToAccount, flagPublishedForRepublish } from '../sync/republish-store';
import type { SyncWrite } from '../sync/sync-writes';
import { initialTrackerState } from '../tracking/engagement';
import { clearLocalHistory, pruneHistory, recordPage } from './activities-store';
import { readCounters, recountStore } from './counter-store';
import type { Db } from './db';
import { deletePage } from './testing/delete-page';
import { freshDbForEachTest } from './testing/fresh-db';
import { applyDeletion } from './deletion-store';
import type { StoreCounters } from './schema';
import { commitTransition } from './tracker-store';

// The counters must equal a count of the records after every operation that writes records, in
// any order: each step below is a product write path, and after each one the stored counters are
// compared with a recount of every record (the engagements too: the history list's size).

const HOUR = 3_600_000;
const url = (id: string) => `https://example.test/${id}`;

function page(id: string): PageMetadata {
  return {
    url: url(id),
    appActivityId: url(id),
    title: `Page ${id}`,
    type: 'Article',
    authors: [],
    keywords: [],
  };
}

/** Records a page and one kept engagement of a minute, `hoursAgo` before 100 h. */
async function read(db: Db, id: string, hoursAgo: number): Promise<void> {
  const startedAt = 100 * HOUR - hoursAgo * HOUR;
  await recordPage(db, page(id), startedAt);
  await commitTransition(
    db,
    initialTrackerState(startedAt),
    [
      {
        type: 'engagement-ended',
        kept: true,
        engagement: {
          id: `${id}-g`,
          appActivityId: url(id),
          url: url(id),
          startedAt,
          lastActiveAt: startedAt + 60_000,
          activeMs: 60_000,
        },
      },
    ],
    'UTC',
  );
}

/** Graph accepted the page's PUT (as the sync engine acknowledges it), and the flag is cleared. */
async function publish(db: Db, id: string): Promise<void> {
  const write: SyncWrite = {
    op: 'put-activity',
    appActivityId: url(id),
    body: {},
    bodyHash: 'h',
    items: [{ id: `${id}-g`, startedAt: 0, lastActiveAt: 0, activeMs: 60_000 }],
  };
  await recordSend(db, write, 1);
  await acknowledgeWrite(db, write, `srv-${id}`);
  const record = await db.get('activities', url(id));
  await clearChangeCounters(db, [{ appActivityId: url(id), seen: record?.unsyncedChanges }]);
}

type Step = [string, (db: Db) => Promise<unknown>];

const READ_THREE: Step[] = [
  ['read a', (db) => read(db, 'a', 1)],
  ['read b', (db) => read(db, 'b', 30)],
  ['read c', (db) => read(db, 'c', 60)],
  ['open d, never read', (db) => recordPage(db, page('d'), 0)],
];

const PUBLISH_TWO: Step[] = [
  ['publish a', (db) => publish(db, 'a')],
  ['publish b', (db) => publish(db, 'b')],
];

const parked = { code: 'invalidRequest', message: 'no', at: 5 };

const cases: [string, Step[], StoreCounters][] = [
  [
    'reading and re-reading',
    [...READ_THREE, ['read a again', (db) => read(db, 'a', 0.5)]],
    {
      readPages: 3,
      unsynced: 3,
      unsyncedParked: 0,
      tombstones: 0,
      parkedTombstones: 0,
      engagements: 3,
    },
  ],
  [
    'publishing, then a page changes',
    [...READ_THREE, ...PUBLISH_TWO, ['a read again', (db) => read(db, 'a', 0.5)]],
    {
      readPages: 3,
      unsynced: 2,
      unsyncedParked: 0,
      tombstones: 0,
      parkedTombstones: 0,
      engagements: 3,
    },
  ],
  [
    'refused writes, then forgotten on the server',
    [
      ...READ_THREE,
      ...PUBLISH_TWO,
      [
        'c refused',
        (db) =>
          parkWrite(
            db,
            { op: 'put-activity', appActivityId: url('c'), body: {}, bodyHash: 'x', items: [] },
            parked,
          ),
      ],
      ['b gone from Graph', (db) => forgetActivityOnServer(db, url('b'))],
    ],
    {
      readPages: 3,
      unsynced: 2,
      unsyncedParked: 1,
      tombstones: 0,
      parkedTombstones: 0,
      engagements: 3,
    },
  ],
  [
    'deleting published and unpublished pages, and Graph acknowledging',
    [
      ...READ_THREE,
      ...PUBLISH_TWO,
      ['delete a', (db) => deletePage(db, url('a'), 101 * HOUR)],
      ['delete c', (db) => deletePage(db, url('c'), 101 * HOUR)],
      ['delete a again', (db) => deletePage(db, url('a'), 102 * HOUR)],
      [
        'tombstone refused',
        (db) =>
          parkWrite(
            db,
            { op: 'delete-activity', tombstoneKey: `activity:${url('a')}`, serverId: 'srv-a' },
            parked,
          ),
      ],
    ],
    {
      readPages: 1,
      unsynced: 0,
      unsyncedParked: 0,
      tombstones: 1,
      parkedTombstones: 1,
      engagements: 1,
    },
  ],
  [
    'Graph acknowledges a delete',
    [
      ...READ_THREE,
      ...PUBLISH_TWO,
      ['delete a', (db) => deletePage(db, url('a'), 101 * HOUR)],
      [
        'DELETE acknowledged',
        (db) =>
          acknowledgeWrite(db, {
            op: 'delete-activity',
            tombstoneKey: `activity:${url('a')}`,
            serverId: 'srv-a',
          }),
      ],
    ],
    {
      readPages: 2,
      unsynced: 1,
      unsyncedParked: 0,
      tombstones: 0,
      parkedTombstones: 0,
      engagements: 2,
    },
  ],
  [
    'a deletion by range, by site and by selection',
    [
      ...READ_THREE,
      ...PUBLISH_TWO,
      [
        'last 2 hours, also in Graph',
        (db) =>
          applyDeletion(db, { from: 98 * HOUR, to: 100 * HOUR }, { alsoTimeline: true, now: 4 }),
      ],
      [
        'selection b',
        (db) =>
          applyDeletion(
            db,
            { from: 0, to: 100 * HOUR, appActivityIds: [url('b'), url('nope')] },
            { alsoTimeline: true, now: 5 },
          ),
      ],
      [
        'site, here only',
        (db) =>
          applyDeletion(
            db,
            { from: 0, to: 100 * HOUR, site: 'example.test' },
            { alsoTimeline: false, now: 6 },
          ),
      ],
    ],
    {
      readPages: 0,
      unsynced: 0,
      unsyncedParked: 0,
      tombstones: 2,
      parkedTombstones: 0,
      engagements: 0,
    },
  ],
  [
    'retention, republish, another account, clear',
    [
      ...READ_THREE,
      ...PUBLISH_TWO,
      ['republish', (db) => flagPublishedForRepublish(db)],
      [
        'keep 40 h',
        (db) =>
          pruneHistory(db, { read: { readBefore: 60 * HOUR, canSend: true }, unreadSeenBefore: 1 }),
      ],
      ['first account', (db) => bindSyncToAccount(db, 'alice')],
      ['delete a', (db) => deletePage(db, url('a'), 101 * HOUR)],
      ['another account', (db) => bindSyncToAccount(db, 'bob')],
    ],
    {
      readPages: 2,
      unsynced: 2,
      unsyncedParked: 0,
      tombstones: 0,
      parkedTombstones: 0,
      engagements: 2,
    },
  ],
  [
    'clearing everything',
    [
      ...READ_THREE,
      ...PUBLISH_TWO,
      ['delete a', (db) => deletePage(db, url('a'), 101 * HOUR)],
      ['clear', (db) => clearLocalHistory(db, 102 * HOUR)],
    ],
    // The delete of a stays queued for Graph (F-delete-1).
    {
      readPages: 0,
      unsynced: 0,
      unsyncedParked: 0,
      tombstones: 1,
      parkedTombstones: 0,
      engagements: 0,
    },
  ],
];

let db: Db;
freshDbForEachTest('counters', (opened) => (db = opened));

describe('store counters', () => {
  it.each(cases)('stay exact through %s', async (_name, steps, expected) => {
    for (const [step, run] of steps) {
      await run(db);
      expect({ step, counters: await readCounters(db) }).toEqual({
        step,
        counters: await recountStore(db),
      });
    }
    expect(await readCounters(db)).toEqual(expected);
  });

  it('give the backlog without reading records', async () => {
    for (const [, run] of cases[3]?.[1] ?? []) await run(db);
    // b waits for nothing, the refused delete of a is parked: nothing pending, one refused.
    expect(await countBacklog(db)).toEqual({ pending: 0, parked: 1 });
  });
});
