// What Graph refuses, against the real local Graph sandbox: a refused page is not stranded
// (#15 item 2), a refused account stops everything without looping (item 4), and Graph's own
// expiry never deletes local history (item 5). fake-indexeddb stands in for IndexedDB (set-up:
// testing/sandbox-sync.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import type { TokenSource } from '../auth/token-source';
import { readCounters, recountStore } from '../store/counter-store';
import { openTimelineDb, type Db } from '../store/db';
import { countBacklog, loadSyncStatus } from './outbox-store';
import { keepLocalOnly, listParked, retryParked } from './parked-writes';
import { runSyncPass } from './sync-engine';
import {
  activitiesIn,
  engagementWith,
  newsPage as page,
  recordReading,
  sandboxEngineDeps,
  useGraphSandbox,
} from './testing/sandbox-sync';

const graph = useGraphSandbox();
let db: Db;
let dbCount = 0;
const DAY = 24 * 3600_000;
const HOUR_AGO = Date.now() - 3600_000;

beforeEach(async () => {
  db = await openTimelineDb(`refusals-${String(++dbCount)}`);
});

/** Reads `m` for `activeMs` in one engagement `id` (a GUID), `offset` ms after an hour ago. */
const read = (m: PageMetadata, id: string, offset: number, activeMs = 20_000) =>
  recordReading(db, m, HOUR_AGO, [engagementWith(m, id, HOUR_AGO + offset, activeMs)], 'UTC');

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const deps = (tokens?: TokenSource) => sandboxEngineDeps(graph, db, tokens ? { tokens } : {});

async function inGraph(): Promise<string[]> {
  return (await activitiesIn(graph)).map((a) => a.appActivityId).sort();
}

/** Graph requests (not GETs) whose path names this page's id. */
async function writesFor(m: PageMetadata): Promise<number> {
  const log = await graph.admin.requestLog();
  return log.filter((r) => r.method !== 'GET' && r.path.includes(m.appActivityId)).length;
}

describe('a page Graph refuses is not stranded', () => {
  const [oldest, middle, newest] = ['old', 'mid', 'new'].map((slug) => page(slug)) as [
    PageMetadata,
    PageMetadata,
    PageMetadata,
  ];

  beforeEach(async () => {
    // Read offline: three pages wait in the outbox, the oldest first.
    await read(oldest, guid(1), 0);
    await read(middle, guid(2), 60_000);
    await read(newest, guid(3), 120_000);
    await graph.admin.failNext(1000, {
      status: 400,
      code: 'invalidRequest',
      method: 'PUT',
      pathPrefix: `/me/activities/${oldest.appActivityId}`,
    });
    await runSyncPass(deps());
  });

  it('delivers the others, lists the refused one, and sends it once the user retries', async () => {
    expect(await inGraph()).toEqual([middle.appActivityId, newest.appActivityId].sort());
    expect((await listParked(db)).map((p) => [p.title, p.code, p.status])).toEqual([
      ['Story old', 'invalidRequest', 400],
    ]);
    // Parked: neither a scheduled pass nor Sync now sends it again on its own.
    await runSyncPass(deps(), { force: true });
    expect(await writesFor(oldest)).toBe(1);

    await graph.admin.clearFaults();
    expect(await retryParked(db, 'user', `activity:${oldest.appActivityId}`)).toBe(1);
    expect((await runSyncPass(deps())).state).toBe('idle');
    expect(await inGraph()).toHaveLength(3);
    expect(await listParked(db)).toEqual([]);
    expect((await db.get('activities', oldest.appActivityId))?.sync?.refusals).toBeUndefined();
    expect(await countBacklog(db)).toEqual({ pending: 0, parked: 0 });
    expect(await readCounters(db)).toEqual(await recountStore(db));
  });

  it('an automatic retry stops after three refusals in a row; the user can still retry', async () => {
    for (const trigger of ['update', 'settings'] as const) {
      expect(await retryParked(db, trigger)).toBe(1);
      await runSyncPass(deps());
    }
    expect(await writesFor(oldest)).toBe(3);
    expect(await retryParked(db, 'update')).toBe(0);
    expect(await retryParked(db, 'user')).toBe(1);
  });

  it("Don't publish takes it out of the outbox: it is never sent", async () => {
    expect(await keepLocalOnly(db, `activity:${oldest.appActivityId}`, Date.now())).toBe(true);
    await graph.admin.clearFaults();
    await read(oldest, guid(4), 180_000);
    await runSyncPass(deps(), { force: true });
    expect(await writesFor(oldest)).toBe(1);
    expect(await inGraph()).not.toContain(oldest.appActivityId);
    expect(await countBacklog(db)).toEqual({ pending: 0, parked: 0 });
    // Still in the local history, with both readings.
    expect(await db.countFromIndex('historyItems', 'by-activity', oldest.appActivityId)).toBe(2);
  });
});

describe('an account Graph refuses as a whole', () => {
  it.each([
    ['403 on a write', { status: 403, code: 'accessDenied' }],
    ['401 with a fresh token that is not a token problem', { status: 401, code: 'UnknownError' }],
  ])('%s: stops at once, keeps everything, never loops', async (_name, fault) => {
    for (const [i, slug] of ['a', 'b', 'c'].entries()) await read(page(slug), guid(10 + i), i);
    await graph.admin.failNext(1000, { ...fault, pathPrefix: '/me/activities' });
    const run = deps();
    const status = await runSyncPass(run);
    expect(status).toMatchObject({ state: 'account-refused', lastError: { code: fault.code } });
    // One write found it out (two for a 401: before and after a fresh token); nothing parked.
    const tried = (await graph.admin.requestLog()).length;
    expect(tried).toBe(fault.status === 401 ? 2 : 1);
    expect(await countBacklog(db)).toEqual({ pending: 3, parked: 0 });
    expect(run.scheduled.at(-1)).toBeNull();
    // Scheduled passes (alarms, back online) send nothing and schedule nothing.
    for (let i = 0; i < 3; i++) await runSyncPass(run);
    expect(await graph.admin.requestLog()).toHaveLength(tried);
    expect(run.scheduled.at(-1)).toBeNull();
    expect((await loadSyncStatus(db)).state).toBe('account-refused');

    // The user's "Sync now" once Graph serves the account: everything goes.
    await graph.admin.clearFaults();
    expect((await runSyncPass(run, { force: true })).state).toBe('idle');
    expect(await inGraph()).toHaveLength(3);
  });

  it('a 401 about the token itself still asks the user to sign in again', async () => {
    await read(page('t'), guid(20), 0);
    await graph.admin.failNext(2, { status: 401, code: 'InvalidAuthenticationToken' });
    expect((await runSyncPass(deps())).state).toBe('sign-in-required');
  });
});

describe("Graph's expiry", () => {
  it('never deletes local history; the next change re-creates the activity with every reading', async () => {
    const m = page('expiring');
    await read(m, guid(30), 0);
    await runSyncPass(deps());
    expect(await inGraph()).toEqual([m.appActivityId]);
    const before = await db.getAllFromIndex('historyItems', 'by-activity', m.appActivityId);

    // Past Graph's expirationDateTime (~30 days): Graph drops the activity and its items.
    await graph.admin.advanceClock(31 * DAY);
    await runSyncPass(deps(), { force: true });
    expect(await inGraph()).toEqual([]);
    expect(await db.get('activities', m.appActivityId)).toBeDefined();
    expect(await db.getAllFromIndex('historyItems', 'by-activity', m.appActivityId)).toEqual(
      before,
    );

    // Read again: the history-item PUT gets 404, the activity is re-created with both readings.
    await read(m, guid(31), 60_000);
    await runSyncPass(deps(), { force: true });
    const [again] = (await graph.admin.dump()).users.alice?.activities ?? [];
    expect(again?.historyItems.map((i) => i.id).sort()).toEqual([guid(30), guid(31)]);
    expect(await db.countFromIndex('historyItems', 'by-activity', m.appActivityId)).toBe(2);
  });
});
