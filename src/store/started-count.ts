// How many engagements started in a range, for the history list's size (engagement-count.ts,
// pending-count.ts): from the kept total (counters.ts `engagements`) less what started outside the
// range when that is the smaller part, so a count over most of the history costs a count of its
// few newest rows, not a walk of every key (an IndexedDB `count()` walks its range: 0.2 s for
// 65,000 engagements in Chromium at rest, seconds under load).
import type { IDBPIndex } from 'idb';
import { readCounters } from './counter-store';
import type { Db } from './db';
import { startedRange } from './history-store';
import { putKv } from './kv';
import type { TimelineDb } from './schema';

/** The `by-started` index of a transaction, as far as counting goes. */
export type StartedIndex = Pick<
  IDBPIndex<TimelineDb, ('historyItems' | 'kv')[], 'historyItems', 'by-started'>,
  'count' | 'openKeyCursor'
>;

/**
 * Engagements started in [from, before) (epoch ms; `from` absent: since the first), read in the
 * transaction of `index`. With `total` (the whole index's count, read in the same transaction) and
 * more of the history inside the range than outside it (by time, from the first and last start),
 * `total` less the counts before `from` and from `before` on; else the range's own count. Both
 * are the index's count of the range, whatever keys it holds: the two outer ranges and the inner
 * one cover every key once.
 */
export async function countStarted(
  index: StartedIndex,
  total: number | undefined,
  from: number | undefined,
  before: number,
): Promise<number> {
  const inner = () => index.count(startedRange(from, before) ?? undefined);
  if (total === undefined) return inner();
  const [first, last] = await Promise.all([
    index.openKeyCursor(null, 'next'),
    index.openKeyCursor(null, 'prev'),
  ]);
  if (!first || !last) return 0;
  const oldest = first.key;
  const newest = last.key;
  const lo = Math.max(from ?? oldest, oldest);
  const hi = Math.min(before, newest + 1);
  if (hi - lo <= lo - oldest + (newest + 1 - hi)) return inner();
  const [later, earlier] = await Promise.all([
    index.count(IDBKeyRange.lowerBound(before)),
    from === undefined ? 0 : index.count(IDBKeyRange.upperBound(from, true)),
  ]);
  return total - later - earlier;
}

/**
 * Makes sure the counters hold `engagements` (a database from before version 12 has none): counts
 * the `by-started` index once, in a transaction with the counters, so no write lands between the
 * count and the record; every write after it keeps the number (counters.ts `CounterLedger.item`).
 */
export async function keepEngagementTotal(db: Db): Promise<void> {
  const tx = db.transaction(['historyItems', 'kv'], 'readwrite');
  const kv = tx.objectStore('kv');
  const counters = await readCounters(kv);
  if (counters.engagements === undefined) {
    const engagements = await tx.objectStore('historyItems').index('by-started').count();
    await putKv(kv, 'counters', { ...counters, engagements });
  }
  await tx.done;
}
