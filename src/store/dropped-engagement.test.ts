import { beforeEach, describe, expect, it } from 'vitest';
import type { TrackerEvent } from '../tracking/engagement-types';
import { A, B, activate, focus, load, signal, timeline } from '../tracking/testing/timeline';
import { recordPage } from './activities-store';
import { listRecentActivities } from './testing/read-pages';
import { readCounters, recountStore } from './counter-store';
import type { Db } from './db';
import { freshDbForEachTest } from './testing/fresh-db';
import { commitTransition } from './tracker-store';
import { page } from './testing/records';

// docs/reading-time.md: an engagement under the minimum is not reading and is never kept. Time
// taken back from a saved engagement (another route's, reported late) can leave it under.
let db: Db;
freshDbForEachTest('dropped', (fresh) => (db = fresh));
beforeEach(async () => {
  for (const p of [A, B]) {
    await recordPage(db, page(p.url, { url: p.url, appActivityId: p.appActivityId }), 0);
  }
});

/** Runs the timeline's transitions into the store, one commit per step, as the worker does. */
async function commitAll(t: ReturnType<typeof timeline>, from: number): Promise<number> {
  for (const effect of t.effects.slice(from)) {
    await commitTransition(db, t.state, [effect], 'UTC');
  }
  return t.effects.length;
}

describe('an engagement taken back under the minimum, in the store', () => {
  it('is no longer listed, nor counted as a read page; listed again once back over', async () => {
    // Route A read 0-8 s and saved; route B reports at 9 s, read since 3 s: A keeps 3 s.
    const t = timeline().at(0, focus(1), activate(1), load(1, A)).at(7, signal(1)).at(8, signal(1));
    let done = await commitAll(t, 0);
    expect((await listRecentActivities(db)).map((a) => a.appActivityId)).toEqual([A.url]);
    t.at(9, { ...load(1, B), attendedMs: 6_000 } as TrackerEvent);
    done = await commitAll(t, done);
    const listed = await listRecentActivities(db);
    expect(listed.map((a) => [a.appActivityId, a.activeMs])).toEqual([[B.url, 6_000]]);
    expect((await readCounters(db)).readPages).toBe(1);
    expect(await readCounters(db)).toEqual(await recountStore(db));
    // A read again within the continuation gap (B counted until then), 10 s: 13 s, listed again.
    t.at(20, load(1, A)).at(30, signal(1));
    await commitAll(t, done);
    const again = await listRecentActivities(db);
    expect(again.map((a) => [a.appActivityId, a.activeMs])).toEqual([
      [A.url, 13_000],
      [B.url, 17_000],
    ]);
  });
});
