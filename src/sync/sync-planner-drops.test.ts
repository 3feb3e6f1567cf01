import { describe, expect, it } from 'vitest';
import type { TombstoneRecord } from '../store/schema';
import { planSync } from './sync-planner';
import { activity, bodyHashOf, item, metadata, options, settled } from './testing/planner-records';

// A dropped engagement Graph may hold (store/tracker-store.ts): its tombstone names the item and,
// when its activity's id was not known at the drop, carries the page's metadata instead.
const dropped = (extra: Partial<TombstoneRecord> = {}): TombstoneRecord => ({
  key: 'item:g1',
  kind: 'history-item',
  appActivityId: 'a',
  historyItemId: 'g1',
  createdAt: 5,
  ...extra,
});

describe('sync planner, a dropped engagement', () => {
  it('is deleted by its own id under the id it was dropped with', () => {
    const plan = planSync([], [dropped({ serverId: 'srv-a' })], options);
    expect(plan.writes).toEqual([
      {
        op: 'delete-history-item',
        tombstoneKey: 'item:g1',
        serverId: 'srv-a',
        historyItemId: 'g1',
      },
    ]);
  });

  it('takes the id Graph gave the page since, from the page pending with it', () => {
    const page = activity('a', [item('g2', settled, { ended: true })], {
      serverId: 'srv-a',
      bodyHash: bodyHashOf('T a', 'a'),
    });
    const plan = planSync([page], [dropped({ metadata: metadata('a') })], options);
    expect(plan.writes).toMatchObject([
      { op: 'delete-history-item', serverId: 'srv-a', historyItemId: 'g1' },
      { op: 'put-history-item', serverId: 'srv-a', item: { id: 'g2' } },
    ]);
  });

  it('waits while the same plan PUTs the page whose id it needs (one write, not two)', () => {
    const page = activity('a', [item('g2', settled, { ended: true })]);
    const plan = planSync([page], [dropped({ metadata: metadata('a') })], options);
    expect(plan.writes).toMatchObject([
      { op: 'put-activity', appActivityId: 'a', items: [{ id: 'g2' }] },
    ]);
    expect(plan.writes).toHaveLength(1);
  });

  it('learns the id by a PUT of its own when nothing else will (the first answer was lost)', () => {
    const plan = planSync([], [dropped({ metadata: metadata('a') })], options);
    expect(plan.writes).toMatchObject([
      { op: 'put-activity', appActivityId: 'a', tombstoneKey: 'item:g1', items: [] },
    ]);
  });

  it('leaves a page never sent whose every engagement was dropped clean, not pending for ever', () => {
    expect(planSync([activity('a', [])], [], options)).toMatchObject({ writes: [], clean: ['a'] });
    const sent = activity('a', [], { sentAt: 1 });
    expect(planSync([sent], [], options)).toMatchObject({ writes: [], clean: ['a'] });
  });

  it('does not hold back the page it was dropped from', () => {
    const page = activity('a', [item('g2', settled, { ended: true })], {
      serverId: 'srv-a',
      bodyHash: bodyHashOf('T a', 'a'),
    });
    const plan = planSync([page], [dropped({ serverId: 'srv-a' })], options);
    expect(plan.writes.map((write) => write.op)).toEqual([
      'delete-history-item',
      'put-history-item',
    ]);
  });
});
