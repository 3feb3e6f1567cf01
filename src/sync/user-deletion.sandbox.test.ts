// The user deletes engagements "also from Timeline" (README, Deleting): Graph ends without them,
// against the real local Graph sandbox (set-up: testing/sandbox-sync.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { openTimelineDb, type Db } from '../store/db';
import { applyDeletion } from '../store/deletion-store';
import { countBacklog } from './outbox-store';
import { runSyncPass } from './sync-engine';
import type { SyncEngineDeps } from './sync-engine-deps';
import {
  activitiesIn,
  engagementWith as engagement,
  newsPage as page,
  recordReading,
  sandboxEngineDeps,
  useGraphSandbox,
} from './testing/sandbox-sync';

const graph = useGraphSandbox();
let db: Db;
let dbCount = 0;
const DAY_AGO = Date.now() - 24 * 3600_000;
const HOUR_AGO = Date.now() - 3600_000;

beforeEach(async () => {
  db = await openTimelineDb(`user-deletion-${String(++dbCount)}`);
});

const deps = (overrides?: Partial<SyncEngineDeps>) => sandboxEngineDeps(graph, db, overrides);
const itemsInGraph = async () =>
  (await activitiesIn(graph)).flatMap((a) => a.historyItems.map((i) => i.id));
/** Writes Graph answered with a success, as `METHOD item|activity`. */
async function acceptedWrites(): Promise<string[]> {
  return (await graph.admin.requestLog())
    .filter((r) => r.method !== 'GET' && r.status < 300)
    .map((r) => `${r.method} ${r.path.includes('historyItems') ? 'item' : 'activity'}`);
}
/** The request reaches Graph, but the worker is stopped before it sees the answer. */
const dying: typeof fetch = async (input, init) => {
  await fetch(input, init);
  throw new TypeError('worker stopped');
};

describe('an engagement the user deletes from Timeline too', () => {
  it("goes from Graph when its page's first PUT was never answered (F-drop-3)", async () => {
    const m = page('deleted-unanswered');
    const e1 = engagement(m, '30000000-0000-4000-8000-000000000001', DAY_AGO, 30_000);
    const e2 = engagement(m, '30000000-0000-4000-8000-000000000002', HOUR_AGO, 30_000);
    await recordReading(db, m, DAY_AGO, [e1, e2]);
    await runSyncPass(deps({ fetch: dying }));
    expect((await itemsInGraph()).sort()).toEqual([e1.id, e2.id]);

    const dayOfE1 = { from: DAY_AGO - 1000, to: DAY_AGO + 3600_000 };
    await applyDeletion(db, dayOfE1, { alsoTimeline: true, now: Date.now() });
    await runSyncPass(deps(), { force: true });
    expect(await itemsInGraph()).toEqual([e2.id]);
    // The lost PUT, the page's PUT again (its answer carries the id), the item's delete.
    expect(await acceptedWrites()).toEqual(['PUT activity', 'PUT activity', 'DELETE item']);
    expect(await countBacklog(db)).toEqual({ pending: 0, parked: 0 });
  });
});
