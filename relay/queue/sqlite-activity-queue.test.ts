import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityReport } from './activity-queue';
import { openSqliteActivityQueue } from './sqlite-activity-queue';

const report = (
  itemId: string,
  userId = 'u1',
  start = '2026-11-29T08:00:00.000Z',
): ActivityReport => ({
  connectionId: 'wiki',
  itemId,
  userId,
  type: 'viewed',
  startDateTime: start,
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relay-queue-'));
  dirs.push(dir);
  return join(dir, 'queue.db');
}

describe('SQLite activity queue', () => {
  it('stores one activity per (connection, item, user, type, startDateTime)', () => {
    const q = openSqliteActivityQueue(':memory:');
    expect(q.enqueue([report('a'), report('b')], 0)).toEqual({ added: 2, duplicates: 0 });
    expect(
      q.enqueue([report('a'), report('a', 'u2'), report('a', 'u1', '2026-11-29T09:00:00.000Z')], 0),
    ).toEqual({ added: 2, duplicates: 1 });
    expect(q.counts()).toEqual({ pending: 4, delivered: 0, failed: 0 });
  });

  it('hides a leased entry until its lease ends, then offers it again', () => {
    const q = openSqliteActivityQueue(':memory:');
    q.enqueue([report('a')], 0);
    expect(q.lease(0, 1000, 10)).toMatchObject([{ itemId: 'a', attempts: 1 }]);
    expect(q.lease(999, 1000, 10)).toEqual([]);
    expect(q.lease(1000, 1000, 10)).toMatchObject([{ itemId: 'a', attempts: 2 }]);
  });

  it('never leases a delivered or failed entry again', () => {
    const q = openSqliteActivityQueue(':memory:');
    q.enqueue([report('a'), report('b'), report('c')], 0);
    const [a, b] = q.lease(0, 1000, 2);
    q.markDelivered([a?.id ?? -1], 1);
    q.markFailed([b?.id ?? -1], { code: 'itemNotFound', message: 'no such item' }, 1);
    expect(q.lease(5000, 1000, 10).map((e) => e.itemId)).toEqual(['c']);
    expect(q.counts()).toEqual({ pending: 1, delivered: 1, failed: 1 });
  });

  it('waits out retryLater and can lease by connection', () => {
    const q = openSqliteActivityQueue(':memory:');
    q.enqueue([report('a'), { ...report('x'), connectionId: 'kb' }], 0);
    const [a] = q.lease(0, 1000, 1);
    q.retryLater([a?.id ?? -1], 30_000, 'throttled');
    expect(q.lease(10, 1000, 10, ['wiki'])).toEqual([]);
    expect(q.lease(10, 1000, 10, ['kb']).map((e) => e.itemId)).toEqual(['x']);
    expect(q.lease(30_000, 1000, 10, ['wiki']).map((e) => e.itemId)).toEqual(['a']);
  });

  it('release gives an entry back without counting an attempt', () => {
    const q = openSqliteActivityQueue(':memory:');
    q.enqueue([report('a')], 0);
    q.release(q.lease(0, 60_000, 1).map((e) => e.id));
    expect(q.lease(1, 60_000, 1)).toMatchObject([{ itemId: 'a', attempts: 1 }]);
  });

  it('settle stores every outcome of a call at once', () => {
    const q = openSqliteActivityQueue(':memory:');
    q.enqueue([report('a'), report('b'), report('c')], 0);
    const [a, b, c] = q.lease(0, 60_000, 3).map((e) => e.id);
    q.settle(
      {
        delivered: [a ?? -1],
        failed: [{ id: b ?? -1, failure: { code: 'userNotFound', message: '' } }],
        retry: [{ id: c ?? -1, notBefore: 500, reason: 'serviceNotAvailable' }],
      },
      1,
    );
    expect(q.counts()).toEqual({ pending: 1, delivered: 1, failed: 1 });
    expect(q.lease(499, 1000, 10)).toEqual([]);
    expect(q.lease(500, 1000, 10).map((e) => e.itemId)).toEqual(['c']);
  });

  it('prune forgets finished entries older than the cut, keeps pending and recent ones (F-relay-2)', () => {
    const q = openSqliteActivityQueue(':memory:');
    q.enqueue([report('old'), report('gone'), report('fresh'), report('waiting')], 0);
    const [old, gone, fresh] = q.lease(0, 60_000, 3).map((e) => e.id);
    q.markDelivered([old ?? -1], 100);
    q.markFailed([gone ?? -1], { code: 'itemNotFound', message: '' }, 100);
    q.markDelivered([fresh ?? -1], 5_000);
    expect(q.prune(1_000)).toBe(2);
    expect(q.counts()).toEqual({ pending: 1, delivered: 1, failed: 0 });
    // The recent one still refuses its duplicate; nothing is left to prune at the same cut.
    expect(q.enqueue([report('fresh')], 6_000)).toEqual({ added: 0, duplicates: 1 });
    expect(q.prune(1_000)).toBe(0);
  });

  it('keeps what was acknowledged across a reopen', () => {
    const file = tempFile();
    const first = openSqliteActivityQueue(file);
    first.enqueue([report('a'), report('b')], 0);
    first.lease(0, 60_000, 1); // leased by a relay that then dies
    first.close();
    const second = openSqliteActivityQueue(file);
    expect(second.enqueue([report('a')], 1)).toEqual({ added: 0, duplicates: 1 });
    expect(second.lease(1, 60_000, 10).map((e) => e.itemId)).toEqual(['b']);
    expect(second.lease(60_000, 60_000, 10).map((e) => e.itemId)).toEqual(['a']);
    second.close();
  });
});
