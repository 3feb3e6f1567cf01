// The sync engine against the real local Graph sandbox (HTTP, real tokens, real throttling), with
// fake-indexeddb standing in for the browser's IndexedDB (set-up: testing/sandbox-sync.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import type { TokenSource } from '../auth/token-source';
import { deleteActivity, recordPage } from '../store/activities-store';
import { openTimelineDb, type Db } from '../store/db';
import { commitTransition } from '../store/tracker-store';
import { initialTrackerState } from '../tracking/engagement';
import type { Engagement } from '../tracking/engagement-types';
import { countBacklog, loadSyncStatus } from './outbox-store';
import { runSyncPass } from './sync-engine';
import type { SyncEngineDeps } from './sync-engine-deps';
import {
  activitiesIn,
  engagementWith as engagement,
  newsPage as page,
  recordReading,
  sandboxEngineDeps,
  sandboxTokens,
  useGraphSandbox,
} from './testing/sandbox-sync';

const graph = useGraphSandbox();
let db: Db;
let dbCount = 0;
const HOUR_AGO = Date.now() - 3600_000;

beforeEach(async () => {
  db = await openTimelineDb(`sync-${String(++dbCount)}`);
});

const read = (m: PageMetadata, ...engagements: Engagement[]) =>
  recordReading(db, m, HOUR_AGO, engagements);
const tokens = (user?: string) => sandboxTokens(graph, user);
const deps = (overrides?: Partial<SyncEngineDeps>) => sandboxEngineDeps(graph, db, overrides);
const aliceActivities = () => activitiesIn(graph);

async function graphWrites(): Promise<number> {
  return (await graph.admin.requestLog()).filter(
    (r) => r.method !== 'GET' && r.path.includes('/me/activities'),
  ).length;
}

describe('sync engine against the Graph sandbox', () => {
  it('delivers each activity with its engagements in one write, exactly once', async () => {
    const pages = ['a', 'b', 'c'].map((slug) => page(slug));
    for (const [i, m] of pages.entries()) {
      await read(
        m,
        engagement(
          m,
          `00000000-0000-4000-8000-00000000000${String(i)}`,
          HOUR_AGO,
          30_000 + i * 1000,
        ),
      );
    }
    const status = await runSyncPass(deps());
    expect(status.state).toBe('idle');
    const stored = await aliceActivities();
    expect(stored.map((a) => a.appActivityId).sort()).toEqual(
      pages.map((m) => m.appActivityId).sort(),
    );
    const b = stored.find((a) => a.appActivityId === pages[1]?.appActivityId);
    expect(b?.historyItems).toHaveLength(1);
    const [item] = b?.historyItems ?? [];
    expect(item).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      activeDurationSeconds: 31,
      userTimezone: 'Europe/Paris',
    });
    // Graph writes fractions without trailing zeros (".59Z"): compare instants, not strings.
    expect(Date.parse(item?.startedDateTime ?? '')).toBe(HOUR_AGO);
    expect(Date.parse(item?.lastActiveDateTime ?? '')).toBe(HOUR_AGO + 36_000);
    expect(await graphWrites()).toBe(3);
    // Nothing left: a second pass sends nothing.
    await runSyncPass(deps());
    expect(await graphWrites()).toBe(3);
    expect(await countBacklog(db)).toEqual({ pending: 0, parked: 0 });
  });

  it('updates an engagement that grew with one history-item PUT under the same GUID', async () => {
    const m = page('grow');
    const first = engagement(m, '11111111-1111-4111-8111-111111111111', HOUR_AGO, 20_000);
    await read(m, first);
    await runSyncPass(deps());
    await read(m, { ...first, activeMs: 50_000, lastActiveAt: first.lastActiveAt + 60_000 });
    await runSyncPass(deps());
    const [stored] = await aliceActivities();
    expect(stored?.historyItems).toHaveLength(1);
    expect(stored?.historyItems[0]?.activeDurationSeconds).toBe(50);
    const log = await graph.admin.requestLog();
    expect(
      log.map((r) => r.method + ' ' + (r.path.includes('historyItems') ? 'item' : 'activity')),
    ).toEqual(['PUT activity', 'PUT item']);
  });

  it('waits out Retry-After on 503 and 429, sending nothing before it elapses', async () => {
    const m = page('throttled');
    await read(m, engagement(m, '22222222-2222-4222-8222-222222222222', HOUR_AGO, 20_000));
    await graph.admin.failNext(2, { status: 503, retryAfter: 0.4 });
    const first = await runSyncPass(deps());
    expect(first.state).toBe('waiting');
    expect(first.retryAfterUntil).toBeGreaterThan(Date.now());
    // "Sync now" before the Retry-After elapsed must not send anything.
    const before = await graphWrites();
    await runSyncPass(deps(), { force: true });
    expect(await graphWrites()).toBe(before);
    await new Promise((r) => setTimeout(r, 450));
    await runSyncPass(deps());
    await new Promise((r) => setTimeout(r, 450));
    const done = await runSyncPass(deps());
    expect(done.state).toBe('idle');
    expect(await aliceActivities()).toHaveLength(1);
    const log = await graph.admin.requestLog();
    for (let i = 1; i < log.length; i++) {
      const previous = log[i - 1];
      const current = log[i];
      if (previous && current && previous.status === 503) {
        expect(current.arrivalMs - previous.endMs).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it('finishes a "Sync now" interrupted by Retry-After, even for engagements still settling', async () => {
    const m = page('sync-now');
    const fresh: Engagement = {
      id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
      appActivityId: m.appActivityId,
      url: m.url,
      startedAt: Date.now() - 20_000,
      lastActiveAt: Date.now(),
      activeMs: 20_000,
    };
    await recordPage(db, m, HOUR_AGO);
    await commitTransition(
      db,
      initialTrackerState(0),
      [{ type: 'save-engagement', engagement: fresh }],
      'UTC',
    );
    expect(await graphWrites()).toBe(0);
    await runSyncPass(deps());
    expect(await graphWrites()).toBe(0);
    await graph.admin.failNext(1, { status: 503, retryAfter: 0.3 });
    const interrupted = await runSyncPass(deps(), { force: true });
    expect(interrupted).toMatchObject({ state: 'waiting', syncNowPending: true });
    await new Promise((r) => setTimeout(r, 350));
    // The alarm's pass is not forced, yet it finishes what the user asked for.
    const finished = await runSyncPass(deps());
    expect(finished.state).toBe('idle');
    expect(finished.syncNowPending).toBeUndefined();
    expect(await aliceActivities()).toHaveLength(1);
  });

  it('backs off on dropped connections and delivers once the server is back', async () => {
    const m = page('dropped');
    await read(m, engagement(m, '33333333-3333-4333-8333-333333333333', HOUR_AGO, 20_000));
    await graph.admin.dropNext(1);
    const failed = await runSyncPass(deps());
    expect(failed).toMatchObject({ state: 'waiting', attempt: 1, lastError: { code: 'error' } });
    expect(failed.backoffUntil).toBeGreaterThan(Date.now());
    const recovered = await runSyncPass(deps(), { force: true });
    expect(recovered.state).toBe('idle');
    const [stored] = await aliceActivities();
    expect(stored?.historyItems).toHaveLength(1);
  });

  it('refreshes the token once on 401, then asks the user to sign in again with nothing lost', async () => {
    const m = page('auth');
    await read(m, engagement(m, '44444444-4444-4444-8444-444444444444', HOUR_AGO, 20_000));
    const source = tokens();
    let first = true;
    const expiring: TokenSource = {
      async getAccessToken(options) {
        if (first) {
          first = false;
          return {
            kind: 'token',
            accessToken: await graph.sandbox.issueToken('alice', { expiresInSec: -60 }),
          };
        }
        return source.getAccessToken(options);
      },
    };
    expect((await runSyncPass(deps({ tokens: expiring }))).state).toBe('idle');
    expect(await aliceActivities()).toHaveLength(1);

    const n = page('auth-2');
    await read(n, engagement(n, '55555555-5555-4555-8555-555555555555', HOUR_AGO, 20_000));
    const revoked: TokenSource = {
      getAccessToken: async ({ forceRefresh }) =>
        forceRefresh
          ? { kind: 'interaction-required', reason: 'session ended' }
          : {
              kind: 'token',
              accessToken: await graph.sandbox.issueToken('alice', { expiresInSec: -60 }),
            },
    };
    const status = await runSyncPass(deps({ tokens: revoked }));
    expect(status.state).toBe('sign-in-required');
    expect(await countBacklog(db)).toEqual({ pending: 1, parked: 0 });
    expect((await runSyncPass(deps())).state).toBe('idle');
    expect(await aliceActivities()).toHaveLength(2);
  });

  it('parks what Graph refuses, with its code, and still delivers the rest', async () => {
    const bad = page('bad', { themeColor: 'not-a-colour' });
    const good = page('good');
    await read(bad, engagement(bad, '66666666-6666-4666-8666-666666666666', HOUR_AGO, 20_000));
    await read(
      good,
      engagement(good, '77777777-7777-4777-8777-777777777777', HOUR_AGO + 1, 20_000),
    );
    await runSyncPass(deps());
    expect((await aliceActivities()).map((a) => a.appActivityId)).toEqual([good.appActivityId]);
    expect(await countBacklog(db)).toEqual({ pending: 0, parked: 1 });
    const record = await db.get('activities', bad.appActivityId);
    expect(record?.sync?.parked?.code).toMatch(/\w+/);
    // Parked is never retried on its own.
    const writes = await graphWrites();
    await runSyncPass(deps(), { force: true });
    expect(await graphWrites()).toBe(writes);
  });

  it('re-creates an activity Graph lost when a history-item write gets 404', async () => {
    const m = page('lost');
    const e = engagement(m, '88888888-8888-4888-8888-888888888888', HOUR_AGO, 20_000);
    await read(m, e);
    await runSyncPass(deps());
    await graph.admin.reset();
    await read(m, { ...e, activeMs: 40_000, lastActiveAt: e.lastActiveAt + 30_000 });
    await runSyncPass(deps());
    const [stored] = await aliceActivities();
    expect(stored?.historyItems.map((i) => [i.id, i.activeDurationSeconds])).toEqual([[e.id, 40]]);
  });

  it('deletes in Graph what the user deleted, and a stale write cannot bring it back', async () => {
    const m = page('deleted');
    const e = engagement(m, '99999999-9999-4999-8999-999999999999', HOUR_AGO, 20_000);
    await read(m, e);
    await runSyncPass(deps());
    expect(await aliceActivities()).toHaveLength(1);
    await deleteActivity(db, m.appActivityId, Date.now());
    // A late save from the tracker for the deleted page is dropped, not re-created.
    await commitTransition(
      db,
      initialTrackerState(0),
      [{ type: 'save-engagement', engagement: { ...e, activeMs: 90_000 } }],
      'UTC',
    );
    await runSyncPass(deps());
    expect(await aliceActivities()).toEqual([]);
    expect(await db.count('tombstones')).toBe(0);
    expect((await graph.admin.requestLog()).at(-1)?.method).toBe('DELETE');
  });

  it('stays within its own write budget and says when the next slot frees', async () => {
    for (const slug of ['1', '2', '3', '4']) {
      const m = page(`budget-${slug}`);
      await read(
        m,
        engagement(
          m,
          `aaaaaaaa-aaaa-4aaa-8aaa-00000000000${slug}`,
          HOUR_AGO + Number(slug),
          20_000,
        ),
      );
    }
    const limited = deps({
      config: () => ({
        graphBaseUrl: graph.sandbox.graphBaseUrl,
        budget: { per5Min: 3, perDay: 100 },
        settleMs: 60_000,
      }),
    });
    const status = await runSyncPass(limited);
    expect(status.state).toBe('waiting');
    expect(await aliceActivities()).toHaveLength(3);
    const next = limited.scheduled.at(-1);
    expect(next).toBeGreaterThan(Date.now() + 4 * 60_000);
  });

  it('sends a write again, without duplicating it, when its answer was lost', async () => {
    const m = page('lost-answer');
    await read(m, engagement(m, 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', HOUR_AGO, 20_000));
    // The request reaches Graph but the worker dies before it sees the answer.
    const dying: typeof fetch = async (input, init) => {
      await fetch(input, init);
      throw new TypeError('worker stopped');
    };
    await runSyncPass(deps({ fetch: dying }));
    await runSyncPass(deps(), { force: true });
    const stored = await aliceActivities();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.historyItems).toHaveLength(1);
    expect((await loadSyncStatus(db)).state).toBe('idle');
  });

  it('backs off, keeping everything, when no token can be had because the provider is unreachable', async () => {
    const m = page('provider-down');
    await read(m, engagement(m, 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', HOUR_AGO, 20_000));
    const down: TokenSource = {
      getAccessToken: () => Promise.reject(new Error('provider unreachable')),
    };
    const status = await runSyncPass(deps({ tokens: down }));
    expect(status).toMatchObject({ state: 'waiting', attempt: 1 });
    expect(status.backoffUntil).toBeGreaterThan(Date.now());
    expect(await countBacklog(db)).toEqual({ pending: 1, parked: 0 });
    expect((await runSyncPass(deps(), { force: true })).state).toBe('idle');
    expect(await aliceActivities()).toHaveLength(1);
  });

  it('does nothing while signed out', async () => {
    const m = page('signed-out');
    await read(m, engagement(m, 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', HOUR_AGO, 20_000));
    const status = await runSyncPass(
      deps({ tokens: { getAccessToken: () => Promise.resolve({ kind: 'signed-out' }) } }),
    );
    expect(status.state).toBe('signed-out');
    expect(await graphWrites()).toBe(0);
  });
});
