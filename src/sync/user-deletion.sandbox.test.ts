// The user deletes engagements "also from Timeline" (README, Deleting): Graph ends without them,
// against the real local Graph sandbox (set-up: testing/engine-sandbox.ts).
import { describe, expect, it } from 'vitest';
import { applyDeletion } from '../store/deletion-store';
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
});
