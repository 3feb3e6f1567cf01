// The sync engine against the real local Graph sandbox (HTTP, real tokens, real throttling), with
// fake-indexeddb standing in for the browser's IndexedDB (set-up: testing/engine-sandbox.ts):
// delivery and retries. What fails or is refused: sync-engine-failures.sandbox.test.ts.
import { describe, expect, it } from 'vitest';
import { recordPage } from '../store/activities-store';
import { commitTransition } from '../store/tracker-store';
import { initialTrackerState } from '../tracking/engagement';
import type { Engagement } from '../tracking/engagement-types';
import { countBacklog } from './outbox-store';
import { runSyncPass } from './sync-engine';
import { HOUR_AGO, useEngineSandbox } from './testing/engine-sandbox';
import { engagementWith as engagement, newsPage as page } from './testing/sandbox-sync';

const fx = useEngineSandbox();
const { graph, read, deps, aliceActivities, graphWrites } = fx;

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
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
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
    await recordPage(fx.db, m, HOUR_AGO);
    await commitTransition(
      fx.db,
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
    // 'network', which the popup says as "No connection", not the bare 'error'.
    expect(failed).toMatchObject({ state: 'waiting', attempt: 1, lastError: { code: 'network' } });
    expect(failed.backoffUntil).toBeGreaterThan(Date.now());
    const recovered = await runSyncPass(deps(), { force: true });
    expect(recovered.state).toBe('idle');
    const [stored] = await aliceActivities();
    expect(stored?.historyItems).toHaveLength(1);
  });
});
