import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import type { PageMetadata } from '../activity/page-metadata';
import { readCounters, recountStore } from '../store/counter-store';
import { CounterLedger } from '../store/counters';
import { openTimelineDb, type Db } from '../store/db';
import { countChange, type ActivityRecord } from '../store/schema';
import { commitCounters } from '../store/counter-store';
import { countBacklog, parkWrite } from './outbox-store';
import { bindSyncToAccount } from './republish-store';
import { keepLocalOnly, listParked, MAX_AUTOMATIC_RETRIES, retryParked } from './parked-writes';
import { planSync } from './sync-planner';
import type { SyncWrite } from './sync-writes';

const URL_A = 'https://news.example/refused';
const ID = appActivityIdFor(URL_A);
let dbCount = 0;

/** One read page whose PUT Graph refused `refusals` times; `serverId` when Graph holds a copy. */
async function parkedPage(refusals: number, serverId?: string): Promise<Db> {
  const db = await openTimelineDb(`parked-${String(++dbCount)}`);
  const metadata: PageMetadata = {
    url: URL_A,
    appActivityId: ID,
    title: 'Refused story',
    siteName: 'News Example',
    type: 'NewsArticle',
    authors: [],
    keywords: [],
  };
  const record = countChange<ActivityRecord>({
    appActivityId: ID,
    metadata,
    firstSeenAt: 1,
    lastActiveAt: 2,
    ...(serverId ? { sync: { serverId } } : {}),
  });
  const tx = db.transaction(['activities', 'kv'], 'readwrite');
  await tx.objectStore('activities').put(record);
  await commitCounters(tx.objectStore('kv'), new CounterLedger().activity(undefined, record));
  await tx.done;
  const write: SyncWrite = {
    op: 'put-activity',
    appActivityId: ID,
    body: {},
    bodyHash: 'h',
    items: [],
  };
  for (let i = 0; i < refusals; i++) {
    await parkWrite(db, write, {
      code: 'invalidRequest',
      message: 'no',
      at: 10 + i,
      status: 400,
      bodyHash: 'h',
    });
  }
  return db;
}

/** What the planner would send for the stored page (same body as the refused one). */
async function planned(db: Db): Promise<string[]> {
  const record = await db.get('activities', ID);
  const item = {
    id: 'g',
    appActivityId: ID,
    startedAt: 1,
    lastActiveAt: 2,
    activeMs: 9000,
    userTimezone: 'UTC',
    ended: true,
  };
  const plan = planSync(record ? [{ record, items: [item] }] : [], await db.getAll('tombstones'), {
    now: 0,
    settleMs: 0,
    force: true,
    buildBody: () => ({}),
    hash: () => 'h',
  });
  return plan.writes.map((w) => w.op);
}

describe('parked writes', () => {
  it('are listed with the page and the reason in plain words', async () => {
    const db = await parkedPage(1);
    expect(await listParked(db)).toEqual([
      {
        key: `activity:${ID}`,
        kind: 'publish',
        appActivityId: ID,
        title: 'Refused story',
        url: URL_A,
        siteName: 'News Example',
        code: 'invalidRequest',
        status: 400,
        at: 10,
        refusals: 1,
      },
    ]);
    expect(await planned(db)).toEqual([]);
    expect(await countBacklog(db)).toEqual({ pending: 0, parked: 1 });
  });

  it.each([
    ['update', 1, 1],
    ['settings', MAX_AUTOMATIC_RETRIES - 1, 1],
    ['update', MAX_AUTOMATIC_RETRIES, 0],
    ['settings', MAX_AUTOMATIC_RETRIES + 2, 0],
    ['user', MAX_AUTOMATIC_RETRIES + 5, 1],
  ] as const)(
    'a %s after %i refusals releases %i write(s)',
    async (trigger, refusals, released) => {
      const db = await parkedPage(refusals);
      expect(await retryParked(db, trigger)).toBe(released);
      expect(await listParked(db)).toHaveLength(1 - released);
      // Released: planned again with the very body Graph refused; the count waits for acceptance.
      expect(await planned(db)).toEqual(released ? ['put-activity'] : []);
      expect((await db.get('activities', ID))?.sync?.refusals).toBe(refusals);
      expect(await countBacklog(db)).toEqual({ pending: released, parked: 1 - released });
      expect(await readCounters(db)).toEqual(await recountStore(db));
    },
  );

  it('"Retry" of one key releases that write only', async () => {
    const db = await parkedPage(1);
    expect(await retryParked(db, 'user', 'activity:someone-else')).toBe(0);
    expect(await retryParked(db, 'user', `activity:${ID}`)).toBe(1);
    expect(await listParked(db)).toEqual([]);
  });

  it("Don't publish keeps the page here and never plans it again, even after a new account", async () => {
    const db = await parkedPage(1);
    expect(await keepLocalOnly(db, `activity:${ID}`, 50)).toBe(true);
    expect(await listParked(db)).toEqual([]);
    expect(await countBacklog(db)).toEqual({ pending: 0, parked: 0 });
    expect((await db.get('activities', ID))?.metadata.title).toBe('Refused story');
    const changed = await db.get('activities', ID);
    if (changed) await db.put('activities', countChange(changed));
    expect(await planned(db)).toEqual([]);
    expect(await retryParked(db, 'user')).toBe(0);
    expect(await keepLocalOnly(db, 'activity:unknown', 50)).toBe(false);
    await bindSyncToAccount(db, 'first');
    await bindSyncToAccount(db, 'second');
    expect(await planned(db)).toEqual([]);
  });

  it("Don't publish deletes the earlier copy Graph holds", async () => {
    const db = await parkedPage(1, 'srv-1');
    expect(await keepLocalOnly(db, `activity:${ID}`, 50)).toBe(true);
    expect(await planned(db)).toEqual(['delete-activity']);
    expect(await countBacklog(db)).toEqual({ pending: 1, parked: 0 });
    expect(await readCounters(db)).toEqual(await recountStore(db));
  });

  it('a refused history-item write waits like a refused PUT', async () => {
    const db = await parkedPage(0, 'srv-1');
    const record = await db.get('activities', ID);
    if (record)
      await db.put('activities', { ...record, sync: { serverId: 'srv-1', bodyHash: 'h' } });
    const item = { id: 'g', startedAt: 1, lastActiveAt: 2, activeMs: 9000 };
    await parkWrite(
      db,
      { op: 'put-history-item', appActivityId: ID, serverId: 'srv-1', item, body: {} },
      { code: 'invalidRequest', message: 'no', at: 5, status: 400 },
    );
    expect(await planned(db)).toEqual([]);
    expect(await retryParked(db, 'user')).toBe(1);
    expect(await planned(db)).toEqual(['put-history-item']);
  });
});
