import { describe, expect, it } from 'vitest';
import { initialTrackerState } from '../tracking/engagement';
import type { Engagement, TrackerState } from '../tracking/engagement-types';
import { recordPage } from './activities-store';
import { readCounters, recountStore } from './counter-store';
import type { Db } from './db';
import { applyDeletion } from './deletion-store';
import { loadDeletedReadings } from './deleted-readings';
import { freshDbForEachTest } from './testing/fresh-db';
import { engagement, page } from './testing/records';
import { commitTransition } from './tracker-store';

// docs/your-data.md, Delete: what the user deleted while the tracker held it is never written
// again, whether or not the tracker has been told yet (the worker may stop in between).
let db: Db;
freshDbForEachTest('deleted-readings', (fresh) => (db = fresh));
const NOW = Date.UTC(2026, 11, 1, 12);

/** A tracker state holding `engagements`, with tab 3 showing page `shown` if given. */
function holding(engagements: Engagement[], shown?: string): TrackerState {
  const state = { ...initialTrackerState(NOW), lastEventAt: NOW };
  for (const e of engagements) state.engagements[e.appActivityId] = e;
  if (shown !== undefined) {
    const url = `https://example.test/${shown}`;
    const tab = { windowId: 1, visible: true, audible: false, mediaPlaying: false };
    state.tabs['3'] = { ...tab, page: { appActivityId: url, url }, lastEvidenceAt: NOW };
  }
  return state;
}
const save = (state: TrackerState, e: Engagement) =>
  commitTransition(db, state, [{ type: 'save-engagement', engagement: e }], 'UTC');
const ids = async () => (await db.getAll('historyItems')).map((item) => item.id).sort();

describe('readings the user deleted while the tracker held them', () => {
  it('are listed, saved or not, and never written until the tracker forgets them', async () => {
    const saved = engagement('a', 'g1', NOW - 60_000, 30_000);
    const unsaved = engagement('b', 'g2', NOW - 20_000, 3_000);
    const older = engagement('a', 'g0', NOW - 86_400_000, 30_000);
    for (const id of ['a', 'b']) await recordPage(db, page(id), NOW - 86_400_000);
    await save(holding([]), older);
    await save(holding([saved, unsaved], 'a'), saved);
    const scope = { from: NOW - 3600_000, to: NOW };
    const applied = await applyDeletion(db, scope, { alsoTimeline: false, now: NOW + 6_000 });
    const listed = [
      { id: 'g1', askedAt: NOW + 1 },
      { id: 'g2', askedAt: NOW + 1 },
    ];
    expect(applied.held).toEqual(listed);
    expect(await loadDeletedReadings(db)).toEqual(listed);
    // The tracker not told yet: its saves and ends of them are refused; the list stays.
    const state = holding([saved, { ...unsaved, activeMs: 6_000 }], 'a');
    await save(state, { ...saved, activeMs: 40_000 });
    await commitTransition(
      db,
      state,
      [{ type: 'engagement-ended', kept: true, engagement: { ...unsaved, activeMs: 6_000 } }],
      'UTC',
    );
    expect(await ids()).toEqual(['g0']);
    expect(await loadDeletedReadings(db)).toEqual(listed);
    // Once a committed state no longer holds them, the list is empty; other saves go on.
    await save(holding([]), { ...older, activeMs: 31_000 });
    expect(await loadDeletedReadings(db)).toEqual([]);
    expect(await ids()).toEqual(['g0']);
    expect((await db.get('historyItems', 'g0'))?.activeMs).toBe(31_000);
    expect(await readCounters(db)).toEqual(await recountStore(db));
  });

  it('leave a page deleted whole that a tab shows as a bare record, listed nowhere', async () => {
    const e = engagement('a', 'g1', NOW - 60_000, 30_000);
    await recordPage(db, page('a'), NOW - 60_000);
    await save(holding([e], 'a'), e);
    await applyDeletion(db, { from: 0, to: NOW }, { alsoTimeline: true, now: NOW });
    const bare = await db.get('activities', e.appActivityId);
    expect(bare).toMatchObject({ metadata: page('a'), firstSeenAt: NOW });
    expect(bare?.lastActiveAt).toBeUndefined();
    expect(bare?.sync).toBeUndefined();
    expect(await readCounters(db)).toMatchObject({ readPages: 0, unsynced: 0 });
    expect(await readCounters(db)).toEqual(await recountStore(db));
  });

  // A drop's tombstone is taken back: src/sync/dropped-engagement.sandbox.test.ts.
  it("keep a user's tombstone from any save", async () => {
    const e = engagement('a', 'g1', NOW - 60_000, 30_000);
    await recordPage(db, page('a'), NOW - 86_400_000);
    await save(holding([]), engagement('a', 'g0', NOW - 86_400_000, 30_000));
    await save(holding([]), e);
    const item = await db.get('historyItems', 'g1');
    if (item) await db.put('historyItems', { ...item, sentAt: NOW - 50_000 });
    await applyDeletion(db, { from: NOW - 3600_000, to: NOW }, { alsoTimeline: true, now: NOW });
    expect(await db.get('tombstones', 'item:g1')).toMatchObject({ byUser: true });
    // A save of it that nothing listed (a state the deletion never saw) is refused all the same.
    await save(holding([]), { ...e, activeMs: 40_000 });
    expect(await ids()).toEqual(['g0']);
    expect(await db.get('tombstones', 'item:g1')).toMatchObject({ byUser: true });
  });
});
