// The user deletes engagements "also from Timeline" (docs/your-data.md, Deleting): Graph ends
// without them, against the real local Graph sandbox (set-up: testing/engine-sandbox.ts).
import { describe, expect, it } from 'vitest';
import { clearLocalHistory } from '../store/activities-store';
import { applyDeletion } from '../store/deletion-store';
import { putKv } from '../store/kv';
import { countBacklog } from './outbox-store';
import { runSyncPass } from './sync-engine';
import { dying, HOUR_AGO, useEngineSandbox } from './testing/engine-sandbox';
import { engagementWith as engagement, newsPage as page } from './testing/sandbox-sync';

const fx = useEngineSandbox();
const { read, deps, aliceActivities, acceptedWrites } = fx;
const DAY_AGO = Date.now() - 24 * 3600_000;

const itemsInGraph = async () =>
  (await aliceActivities()).flatMap((a) => a.historyItems.map((i) => i.id));

describe('an engagement the user deletes from Timeline too', () => {
  it("goes from Graph when its page's first PUT was never answered (F-drop-3)", async () => {
    const m = page('deleted-unanswered');
    const e1 = engagement(m, '30000000-0000-4000-8000-000000000001', DAY_AGO, 30_000);
    const e2 = engagement(m, '30000000-0000-4000-8000-000000000002', HOUR_AGO, 30_000);
    await read(m, e1, e2);
    await runSyncPass(deps({ fetch: dying }));
    expect((await itemsInGraph()).sort()).toEqual([e1.id, e2.id]);

    const dayOfE1 = { from: DAY_AGO - 1000, to: DAY_AGO + 3600_000 };
    await applyDeletion(fx.db, dayOfE1, { alsoTimeline: true, now: Date.now() });
    await runSyncPass(deps(), { force: true });
    expect(await itemsInGraph()).toEqual([e2.id]);
    // The lost PUT, the page's PUT again (its answer carries the id), the item's delete.
    expect(await acceptedWrites()).toEqual(['PUT activity', 'PUT activity', 'DELETE item']);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  });

  it('goes from Graph after sign-out also deleted the history here (F-delete-1)', async () => {
    const m = page('deleted-then-signed-out');
    await read(m, engagement(m, '30000000-0000-4000-8000-000000000003', HOUR_AGO, 30_000));
    await runSyncPass(deps(), { force: true });
    expect(await itemsInGraph()).toHaveLength(1);
    // Deleted also from Timeline, the delete not yet sent (offline, or the budget spent), then
    // "Sign out" with "Also delete the reading history kept in this browser".
    await applyDeletion(
      fx.db,
      { from: 0, to: Date.now() },
      { alsoTimeline: true, now: Date.now() },
    );
    await clearLocalHistory(fx.db, Date.now());
    expect(await countBacklog(fx.db)).toEqual({ pending: 1, parked: 0 });
    // The same account signs in again: the delete the user asked for reaches Graph.
    await runSyncPass(deps(), { force: true });
    expect(await aliceActivities()).toEqual([]);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  });
});

describe('a page deleted while its first PUT is in flight (F-sync-1)', () => {
  /** Graph's fetch, applying the user's deletion of everything once the first PUT has reached it. */
  const deletingAfterPut =
    (alsoTimeline: boolean): typeof fetch =>
    async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'PUT' && (await fx.db.count('activities')) > 0)
        await applyDeletion(fx.db, { from: 0, to: Date.now() }, { alsoTimeline, now: Date.now() });
      return response;
    };

  it('stays in Graph when deleted on this device only', async () => {
    const m = page('in-flight-kept');
    await read(m, engagement(m, '30000000-0000-4000-8000-000000000004', HOUR_AGO, 30_000));
    await runSyncPass(deps({ fetch: deletingAfterPut(false) }), { force: true });
    await runSyncPass(deps(), { force: true });
    expect(await itemsInGraph()).toEqual(['30000000-0000-4000-8000-000000000004']);
    expect(await acceptedWrites()).toEqual(['PUT activity']);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  });

  it('stays in Graph when another device deleted an earlier reading of it long ago (F-sync-4)', async () => {
    const m = page('in-flight-old-marker');
    await putKv(fx.db, 'device-deletions', { [m.appActivityId]: DAY_AGO });
    await read(m, engagement(m, '30000000-0000-4000-8000-000000000006', HOUR_AGO, 30_000));
    await runSyncPass(deps({ fetch: deletingAfterPut(false) }), { force: true });
    await runSyncPass(deps(), { force: true });
    expect(await itemsInGraph()).toEqual(['30000000-0000-4000-8000-000000000006']);
    expect(await acceptedWrites()).toEqual(['PUT activity']);
  });

  it('goes from Graph when deleted also from Timeline, with no learning PUT', async () => {
    const m = page('in-flight-deleted');
    await read(m, engagement(m, '30000000-0000-4000-8000-000000000005', HOUR_AGO, 30_000));
    await runSyncPass(deps({ fetch: deletingAfterPut(true) }), { force: true });
    await runSyncPass(deps(), { force: true });
    expect(await aliceActivities()).toEqual([]);
    expect(await acceptedWrites()).toEqual(['PUT activity', 'DELETE activity']);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  });
});
