import { describe, expect, it } from 'vitest';
import { reduceTracker } from './engagement';
import { DEFAULT_TRACKER_SETTINGS, type TrackerEvent } from './engagement-types';
import { A, activate, focus, load, signal, timeline, twoTabs } from './testing/timeline';

// docs/your-data.md, Delete: the user deleted an engagement the tracker still holds. It is
// forgotten, never saved or ended again; what was read after the deletion was asked for is a new
// engagement.
const deleted = (id: string, askedAtSec: number): TrackerEvent => ({
  type: 'engagements-deleted',
  deleted: [{ id, askedAt: askedAtSec * 1000 }],
});
/** The effects after the first `from`, as [type, id, activeMs]. */
const effectsSince = (t: ReturnType<typeof timeline>, from: number) =>
  t.effects.slice(from).map((e) => [e.type, e.engagement.id, e.engagement.activeMs]);

describe('an engagement the user deleted while the tracker held it', () => {
  it('read on: the time since the deletion was asked is a new engagement, the old one never saved', () => {
    // A read 0-30 s (g1, 30 s, saved); the deletion is asked at 30, applied at 37 (its undo
    // window), A read all along.
    const t = timeline().at(0, focus(1), activate(1), load(1, A)).reading(1, 10, 40);
    expect(t.stored()).toEqual([expect.objectContaining({ id: 'g1', activeMs: 30_000 })]);
    const before = t.effects.length;
    t.at(35, signal(1)).at(37, deleted('g1', 30));
    const after = t.effects.length;
    t.at(45, signal(1)).at(400, { type: 'tick' });
    // In the window g1 grew (the store refuses that save: deleted-readings.ts); after, only g2.
    expect(effectsSince(t, before)).toEqual([
      ['save-engagement', 'g1', 35_000],
      ['save-engagement', 'g2', 7_000],
      ['save-engagement', 'g2', 15_000],
      ['engagement-ended', 'g2', 15_000],
    ]);
    expect(effectsSince(t, after).map(([, id]) => id)).not.toContain('g1');
    expect(t.stored().find((e) => e.id === 'g2')).toMatchObject({
      startedAt: 30_000,
      lastActiveAt: 45_000,
      activeMs: 15_000,
    });
  });

  it('left before it was applied: forgotten, ended never, a later return is a new engagement', () => {
    // A read 0-20 s, then tab 2 (B) from 20; the deletion of A's g1 is asked at 25, applied at 31.
    const t = twoTabs().reading(1, 0, 30).at(20, activate(2)).reading(2, 20, 30);
    const before = t.effects.length;
    t.at(31, deleted('g1', 25));
    expect(t.state.engagements[A.appActivityId]).toBeUndefined();
    // A again at 60 (within the continuation gap of g1): 10 s, a new engagement.
    t.at(60, activate(1)).at(70, signal(1)).at(500, { type: 'tick' });
    const ids = t.effects.slice(before).filter((e) => e.engagement.appActivityId === A.url);
    expect(ids.map((e) => [e.type, e.engagement.id, e.engagement.activeMs])).toEqual([
      ['save-engagement', 'g3', 10_000],
      ['engagement-ended', 'g3', 10_000],
    ]);
  });

  it('comes twice, or names an engagement the tracker no longer holds: nothing changes', () => {
    const t = timeline().at(0, focus(1), activate(1), load(1, A)).reading(1, 10, 30);
    t.at(30, deleted('g1', 25));
    const state = t.state;
    const ctx = { now: 31_000, settings: DEFAULT_TRACKER_SETTINGS, newId: () => 'never' };
    const again = reduceTracker(state, deleted('g1', 25), ctx);
    const unknown = reduceTracker(state, deleted('elsewhere', 25), ctx);
    for (const { state: next, effects } of [again, unknown]) {
      expect(effects).toEqual([]);
      expect(next.engagements).toEqual(state.engagements);
      expect(next.interval).toEqual(state.interval);
    }
  });
});
