import { describe, expect, it } from 'vitest';
import type { TombstoneRecord } from '../store/schema';
import type { PendingActivity } from './sync-writes';
import { planSync } from './sync-planner';
import {
  activity,
  bodyHashOf,
  item,
  metadata,
  NOW,
  options,
  settled,
} from './testing/planner-records';

describe('sync planner', () => {
  it('creates a new activity with its engagements in one PUT', () => {
    const plan = planSync(
      [activity('a', [item('g1', settled, { ended: true }), item('g2', settled)])],
      [],
      options,
    );
    expect(plan.writes).toHaveLength(1);
    const [write] = plan.writes;
    expect(write).toMatchObject({
      op: 'put-activity',
      appActivityId: 'a',
      items: [{ id: 'g1' }, { id: 'g2' }],
    });
    if (write?.op !== 'put-activity') return;
    expect(write.body.historyItems).toEqual([
      {
        id: 'g1',
        startedDateTime: new Date(settled - 30_000).toISOString(),
        lastActiveDateTime: new Date(settled).toISOString(),
        activeDurationSeconds: 30,
        userTimezone: 'Europe/Paris',
      },
      expect.objectContaining({ id: 'g2' }),
    ]);
  });

  it('waits for an engagement that may still be going, and says when it is due', () => {
    const plan = planSync([activity('a', [item('g1', NOW - 10_000)])], [], options);
    expect(plan.writes).toEqual([]);
    expect(plan.nextDueAt).toBe(NOW - 10_000 + 60_000);
    expect(
      planSync([activity('a', [item('g1', NOW - 10_000)])], [], { ...options, force: true }).writes,
    ).toHaveLength(1);
  });

  it('sends an engagement that grew after it was sent as one history-item PUT with the same GUID', () => {
    const grown = item('g1', settled, {
      activeMs: 45_000,
      synced: { lastActiveAt: settled - 90_000, activeMs: 30_000 },
    });
    const plan = planSync(
      [activity('a', [grown], { serverId: 'srv-1', bodyHash: bodyHashOf('T a', 'a') })],
      [],
      options,
    );
    expect(plan.writes).toEqual([
      {
        op: 'put-history-item',
        appActivityId: 'a',
        serverId: 'srv-1',
        item: { id: 'g1', startedAt: settled - 30_000, lastActiveAt: settled, activeMs: 45_000 },
        body: expect.objectContaining({ activeDurationSeconds: 45 }) as object,
      },
    ]);
  });

  it('coalesces several changed engagements of a known activity into one PUT', () => {
    const plan = planSync(
      [
        activity('a', [item('g1', settled), item('g2', settled)], {
          serverId: 'srv-1',
          bodyHash: bodyHashOf('T a', 'a'),
        }),
      ],
      [],
      options,
    );
    expect(plan.writes.map((w) => w.op)).toEqual(['put-activity']);
  });

  it('re-sends the activity when what the page says changed, and clears one with nothing new', () => {
    const synced = item('g1', settled, { synced: { lastActiveAt: settled, activeMs: 30_000 } });
    const changed = planSync(
      [activity('a', [synced], { serverId: 'srv', bodyHash: 'old' })],
      [],
      options,
    );
    expect(changed.writes).toMatchObject([{ op: 'put-activity', items: [] }]);
    const same = planSync(
      [activity('a', [synced], { serverId: 'srv', bodyHash: bodyHashOf('T a', 'a') })],
      [],
      options,
    );
    expect(same).toEqual({ writes: [], unsafe: [], clean: ['a'], nextDueAt: null });
  });

  it('leaves a parked activity alone until its body changes', () => {
    const parked = {
      code: 'invalidRequest',
      message: 'bad',
      at: 1,
      bodyHash: bodyHashOf('T a', 'a'),
    };
    expect(
      planSync([activity('a', [item('g1', settled)], { parked })], [], options).writes,
    ).toEqual([]);
    const stale = { ...parked, bodyHash: 'an older body' };
    expect(
      planSync([activity('a', [item('g1', settled)], { parked: stale })], [], options).writes,
    ).toHaveLength(1);
  });

  it('deletes first, oldest first, and never writes an activity with a pending delete', () => {
    const tombstones: TombstoneRecord[] = [
      { key: 'activity:b', kind: 'activity', appActivityId: 'b', serverId: 'srv-b', createdAt: 20 },
      {
        key: 'item:g9',
        kind: 'history-item',
        appActivityId: 'c',
        serverId: 'srv-c',
        historyItemId: 'g9',
        createdAt: 10,
      },
    ];
    const plan = planSync(
      [activity('b', [item('g1', settled)]), activity('a', [item('g2', settled)])],
      tombstones,
      options,
    );
    expect(plan.writes).toEqual([
      {
        op: 'delete-history-item',
        tombstoneKey: 'item:g9',
        serverId: 'srv-c',
        historyItemId: 'g9',
      },
      { op: 'delete-activity', tombstoneKey: 'activity:b', serverId: 'srv-b' },
      expect.objectContaining({ op: 'put-activity', appActivityId: 'a' }),
    ]);
  });

  it('learns the id of an activity deleted while its first PUT was unacknowledged, then deletes it', () => {
    const tombstone: TombstoneRecord = {
      key: 'activity:x',
      kind: 'activity',
      appActivityId: 'x',
      createdAt: 1,
      metadata: metadata('x'),
    };
    expect(planSync([], [tombstone], options).writes).toMatchObject([
      { op: 'put-activity', appActivityId: 'x', tombstoneKey: 'activity:x', items: [] },
    ]);
    expect(planSync([], [{ ...tombstone, metadata: undefined }], options).writes).toEqual([]);
  });

  it('orders activities newest change first, so a fresh read goes before a backlog (F-sync-3)', () => {
    /** A page last read at `at`, its one engagement waiting. */
    const readAt = (id: string, at: number): PendingActivity => {
      const page = activity(id, [item(`${id}-g`, at)]);
      return { ...page, record: { ...page.record, lastActiveAt: at } };
    };
    const plan = planSync(
      [readAt('imported', settled - 500_000), readAt('today', settled), readAt('mid', settled - 1)],
      [],
      options,
    );
    expect(plan.writes.map((w) => (w.op === 'put-activity' ? w.appActivityId : ''))).toEqual([
      'today',
      'mid',
      'imported',
    ]);
  });
});
