// An engagement the tracker drops under the minimum (a take-back, docs/reading-time.md) after a
// version of it reached Graph: the sync deletes it there, exactly once, against the real local
// Graph sandbox (set-up: testing/engine-sandbox.ts).
import { describe, expect, it } from 'vitest';
import type { TokenSource } from '../auth/token-source';
import { applyDeletion } from '../store/deletion-store';
import { commitTransition } from '../store/tracker-store';
import { initialTrackerState } from '../tracking/engagement';
import type { Engagement } from '../tracking/engagement-types';
import { countBacklog } from './outbox-store';
import { runSyncPass } from './sync-engine';
import { dying, HOUR_AGO, useEngineSandbox } from './testing/engine-sandbox';
import { engagementWith as engagement, newsPage as page } from './testing/sandbox-sync';

const fx = useEngineSandbox();
const { graph, read, deps, aliceActivities, acceptedWrites } = fx;
const stateAt = (at: number) => ({ ...initialTrackerState(0), lastEventAt: at });
/** The tracker's commit of a take-back that left `e` under the minimum. */
const drop = (e: Engagement) =>
  commitTransition(fx.db, stateAt(Date.now()), [{ type: 'drop-engagement', engagement: e }], 'UTC');
/** The tracker's commit of `e` saved (again) over the minimum. */
const save = (e: Engagement) =>
  commitTransition(fx.db, stateAt(Date.now()), [{ type: 'save-engagement', engagement: e }], 'UTC');
const itemsInGraph = async () =>
  (await aliceActivities()).flatMap((a) =>
    a.historyItems.map((i) => [a.appActivityId, i.id, i.activeDurationSeconds]),
  );

/** A page read 30 s (engagement `n`), synced, then dropped and saved again over the minimum. */
async function syncedDroppedSavedAgain(slug: string, n: number) {
  const m = page(slug);
  const e = engagement(m, `10000000-0000-4000-8000-00000000000${String(n)}`, HOUR_AGO, 30_000);
  await read(m, e);
  await runSyncPass(deps());
  await drop({ ...e, activeMs: 3_000 });
  await save({ ...e, activeMs: 12_000, lastActiveAt: e.lastActiveAt + 60_000 });
  return { m, e };
}

describe('a dropped engagement Graph holds', () => {
  it('grown since it was sent, is deleted there once, through a 429, nothing left to send', async () => {
    const m = page('dropped-synced');
    const e = engagement(m, '10000000-0000-4000-8000-000000000001', HOUR_AGO, 30_000);
    await read(m, e);
    await runSyncPass(deps());
    expect(await itemsInGraph()).toEqual([[m.appActivityId, e.id, 30]]);
    // It grows (saved, not sent yet), then a take-back leaves it under the minimum.
    await save({ ...e, activeMs: 35_000, lastActiveAt: e.lastActiveAt + 5_000 });
    await drop({ ...e, activeMs: 3_000 });
    await graph.admin.failNext(1, { status: 429, retryAfter: 0.3 });
    expect((await runSyncPass(deps())).state).toBe('waiting');
    expect(await countBacklog(fx.db)).toEqual({ pending: 1, parked: 0 });
    await new Promise((r) => setTimeout(r, 350));
    expect((await runSyncPass(deps())).state).toBe('idle');
    expect(await itemsInGraph()).toEqual([]);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
    await runSyncPass(deps(), { force: true });
    expect(await acceptedWrites()).toEqual(['PUT activity', 'DELETE item']);
  });

  it('is deleted there when the answer to its PUT was lost before the drop', async () => {
    const m = page('dropped-unanswered');
    const e = engagement(m, '10000000-0000-4000-8000-000000000002', HOUR_AGO, 30_000);
    await read(m, e);
    // The PUT reaches Graph, but the worker is stopped before it sees the answer.
    await runSyncPass(deps({ fetch: dying }));
    expect(await itemsInGraph()).toEqual([[m.appActivityId, e.id, 30]]);

    await drop({ ...e, activeMs: 3_000 });
    // Signed out meanwhile: the delete waits, kept, for the next sign-in.
    const expired: TokenSource = {
      getAccessToken: () => Promise.resolve({ kind: 'interaction-required', reason: 'expired' }),
    };
    expect((await runSyncPass(deps({ tokens: expired }), { force: true })).state).toBe(
      'sign-in-required',
    );
    expect(await fx.db.count('tombstones')).toBe(1);
    expect((await runSyncPass(deps(), { force: true })).state).toBe('idle');
    expect(await itemsInGraph()).toEqual([]);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
    // The lost PUT, one PUT to learn the activity's id, the delete.
    expect(await acceptedWrites()).toEqual(['PUT activity', 'PUT activity', 'DELETE item']);
  });

  it('saved again over the minimum, is replaced there by one PUT, not deleted and re-sent', async () => {
    const { m, e } = await syncedDroppedSavedAgain('dropped-regrown', 3);
    await runSyncPass(deps(), { force: true });
    expect(await itemsInGraph()).toEqual([[m.appActivityId, e.id, 12]]);
    expect(await acceptedWrites()).toEqual(['PUT activity', 'PUT item']);
  });

  it('dropped, saved again and dropped again before it was sent, is still deleted there', async () => {
    const { e } = await syncedDroppedSavedAgain('dropped-twice', 5);
    await drop({ ...e, activeMs: 4_000 });
    await runSyncPass(deps(), { force: true });
    expect(await itemsInGraph()).toEqual([]);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  });

  it('takes the id its page learnt in an earlier pass, not a PUT of its own (F-drop-1)', async () => {
    const m = page('dropped-id-learnt');
    const e1 = engagement(m, '10000000-0000-4000-8000-000000000006', HOUR_AGO, 30_000);
    const e2 = engagement(m, '10000000-0000-4000-8000-000000000007', HOUR_AGO + 100_000, 30_000);
    await read(m, e1);
    await runSyncPass(deps({ fetch: dying }));
    await read(m, e2);
    await drop({ ...e1, activeMs: 3_000 });
    // The page's PUT learns its id; the delete that follows is refused once (503): next pass.
    let refused = false;
    const deleteRefused: typeof fetch = (input, init) => {
      if (refused || init?.method !== 'DELETE') return fetch(input, init);
      refused = true;
      return Promise.resolve(new Response('{}', { status: 503 }));
    };
    await runSyncPass(deps({ fetch: deleteRefused }), { force: true });
    await runSyncPass(deps(), { force: true });
    expect(await itemsInGraph()).toEqual([[m.appActivityId, e2.id, 30]]);
    expect(await acceptedWrites()).toEqual(['PUT activity', 'PUT activity', 'DELETE item']);
  });

  it('goes with its page when the user deletes the page in Graph too (F-drop-2)', async () => {
    const m = page('dropped-page-deleted');
    const e1 = engagement(m, '10000000-0000-4000-8000-000000000008', HOUR_AGO, 30_000);
    const e2 = engagement(m, '10000000-0000-4000-8000-000000000009', HOUR_AGO + 100_000, 30_000);
    await read(m, e1, e2);
    await runSyncPass(deps({ fetch: dying }));
    await drop({ ...e1, activeMs: 3_000 });
    const scope = { from: 0, to: Date.now(), appActivityIds: [m.appActivityId] };
    await applyDeletion(fx.db, scope, { alsoTimeline: true, now: Date.now() });
    expect(await fx.db.count('tombstones')).toBe(1);
    await runSyncPass(deps(), { force: true });
    expect(await aliceActivities()).toEqual([]);
    // The lost PUT, one PUT to learn the page's id, its delete.
    expect(await acceptedWrites()).toEqual(['PUT activity', 'PUT activity', 'DELETE activity']);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  });

  it('dropped between the plan and its send, is never sent', async () => {
    const m = page('dropped-in-pass');
    const e = engagement(m, '10000000-0000-4000-8000-000000000004', HOUR_AGO, 30_000);
    await read(m, e);
    let dropped = false;
    // Runs after the pass has read its backlog, before it plans and sends.
    const holdBack = async () => {
      if (!dropped) await drop({ ...e, activeMs: 3_000 });
      dropped = true;
      return null;
    };
    expect((await runSyncPass(deps({ holdBack }))).state).toBe('idle');
    expect(await acceptedWrites()).toEqual([]);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  });
});
