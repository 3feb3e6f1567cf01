// The sync engine against the real local Graph sandbox, when things fail or are refused: tokens,
// refused and lost writes, deletions, the write budget, signed out (set-up:
// testing/engine-sandbox.ts). Delivery and retries: sync-engine.sandbox.test.ts.
import { describe, expect, it } from 'vitest';
import type { TokenSource } from '../auth/token-source';
import { deletePage } from '../store/testing/delete-page';
import { commitTransition } from '../store/tracker-store';
import { initialTrackerState } from '../tracking/engagement';
import { countBacklog, loadSyncStatus } from './outbox-store';
import { runSyncPass } from './sync-engine';
import { dying, HOUR_AGO, useEngineSandbox } from './testing/engine-sandbox';
import { engagementWith as engagement, newsPage as page } from './testing/sandbox-sync';

const fx = useEngineSandbox();
const { graph, read, tokens, deps, aliceActivities, graphWrites } = fx;

describe('sync engine against the Graph sandbox, when things fail', () => {
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
    expect(await countBacklog(fx.db)).toEqual({ pending: 1, parked: 0 });
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
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 1 });
    const record = await fx.db.get('activities', bad.appActivityId);
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
    await deletePage(fx.db, m.appActivityId, Date.now());
    // A late save from the tracker for the deleted page is dropped, not re-created.
    await commitTransition(
      fx.db,
      initialTrackerState(0),
      [{ type: 'save-engagement', engagement: { ...e, activeMs: 90_000 } }],
      'UTC',
    );
    await runSyncPass(deps());
    expect(await aliceActivities()).toEqual([]);
    expect(await fx.db.count('tombstones')).toBe(0);
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
    // The popup's "next batch at …" is the time the alarm wakes the next pass.
    expect(status.nextSlotAt).toBe(next);
  });

  it('sends a write again, without duplicating it, when its answer was lost', async () => {
    const m = page('lost-answer');
    await read(m, engagement(m, 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', HOUR_AGO, 20_000));
    await runSyncPass(deps({ fetch: dying }));
    await runSyncPass(deps(), { force: true });
    const stored = await aliceActivities();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.historyItems).toHaveLength(1);
    expect((await loadSyncStatus(fx.db)).state).toBe('idle');
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
    expect(await countBacklog(fx.db)).toEqual({ pending: 1, parked: 0 });
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
