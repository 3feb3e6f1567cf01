import { describe, expect, it } from 'vitest';
import type { TombstoneRecord } from '../store/schema';
import { UNSAFE_METADATA } from '../messaging/contract';
import { planSync, type PlanOptions } from './sync-planner';
import { activity, item, metadata, NOW, options } from './testing/planner-records';

// Pages the gate refuses (unsafe metadata, a page kept local) on the planner's path; what the
// planner sends and in what order is in sync-planner.test.ts.
describe('metadata the gate rejects is never sent', () => {
  // The product's builder throws for a URL that cannot be cleaned or a missing title.
  const gated: PlanOptions = {
    ...options,
    force: true,
    buildBody: (m) => {
      if (!m.url.startsWith('https://')) throw new Error('Page metadata without an http(s) URL');
      return options.buildBody(m);
    },
  };
  const raw = 'javascript:void(0)//token=SECRET123';

  it('an unsafe page is skipped with a reason, the others still go', () => {
    const bad = activity('bad', [item('i1', NOW - 120_000, { ended: true })]);
    bad.record.metadata = { ...bad.record.metadata, url: raw };
    const good = activity('good', [item('i2', NOW - 120_000, { ended: true })]);
    const plan = planSync([bad, good], [], gated);
    expect(plan.unsafe).toEqual([{ op: 'put-activity', appActivityId: 'bad' }]);
    expect(plan.writes.map((w) => ('appActivityId' in w ? w.appActivityId : ''))).toEqual(['good']);
    expect(JSON.stringify(plan.writes)).not.toContain('SECRET123');
  });

  it('once parked for it, the page is not reported again; a page kept local never is', () => {
    const parked = activity('bad', [item('i1', NOW - 120_000, { ended: true })], {
      parked: { code: UNSAFE_METADATA, message: 'm', at: 1 },
    });
    parked.record.metadata = { ...parked.record.metadata, url: raw };
    const local = activity('local', [], { localOnly: true });
    local.record.metadata = { ...local.record.metadata, url: raw };
    expect(planSync([parked, local], [], gated)).toMatchObject({ writes: [], unsafe: [] });
  });

  it("a page kept local (Don't publish) without a safe body stops being pending", () => {
    const local = activity('local', [item('i1', NOW - 120_000, { ended: true })], {
      localOnly: true,
    });
    local.record.metadata = { ...local.record.metadata, url: raw };
    expect(planSync([local], [], gated)).toEqual({
      writes: [],
      unsafe: [],
      clean: ['local'],
      nextDueAt: null,
    });
  });

  it('a delete that would have to PUT the raw URL to learn its id is skipped with a reason', () => {
    const tombstone: TombstoneRecord = {
      key: 'activity:old',
      kind: 'activity',
      appActivityId: 'old',
      metadata: { ...metadata('old'), url: raw },
      createdAt: 1,
    };
    const plan = planSync([], [tombstone], gated);
    expect(plan).toMatchObject({ writes: [], unsafe: [{ tombstoneKey: 'activity:old' }] });
  });
});
