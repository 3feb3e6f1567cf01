import type { ActivityRecord, StoreCounters, TombstoneRecord } from './schema';

export type { StoreCounters } from './schema';

/**
 * Counts the popup shows on every open (pages read, writes waiting for Graph, writes Graph
 * refused), kept in the `kv` store as one `counters` record and changed in the SAME transaction as
 * the records they count: a worker killed at any moment leaves them exact, and reading them costs
 * one get however long the history is (an IndexedDB `count()` walks its range: ~1 s at 50,000
 * pending pages in Chromium). Every writer of `activities` or `tombstones` goes through a
 * `CounterLedger` (committed by counter-store.ts); `countRecords` derives them from the records
 * (the migration, and the tests' proof). Pure: no IndexedDB here.
 */
export const ZERO_COUNTERS: StoreCounters = {
  readPages: 0,
  unsynced: 0,
  unsyncedParked: 0,
  tombstones: 0,
  parkedTombstones: 0,
};

const FIELDS = Object.keys(ZERO_COUNTERS) as (keyof StoreCounters)[];

/** What one activity record contributes to the counters (0 or 1 each); nothing when absent. */
export function activityCounts(record: ActivityRecord | undefined): Partial<StoreCounters> {
  if (!record) return {};
  const unsynced = record.unsyncedChanges !== undefined;
  return {
    readPages: record.lastActiveAt !== undefined ? 1 : 0,
    unsynced: unsynced ? 1 : 0,
    unsyncedParked: unsynced && record.sync?.parked !== undefined ? 1 : 0,
  };
}

/** What one tombstone contributes to the counters; nothing when absent. */
export function tombstoneCounts(record: TombstoneRecord | undefined): Partial<StoreCounters> {
  if (!record) return {};
  return { tombstones: 1, parkedTombstones: record.parked ? 1 : 0 };
}

/**
 * The counter changes of one transaction: note every record replaced (before → after, either
 * undefined for an insert or a delete), then `commit` them into the transaction's `kv` store before
 * it ends. A ledger is used once, inside the transaction whose writes it describes.
 */
export class CounterLedger {
  private readonly delta: StoreCounters = { ...ZERO_COUNTERS };

  /** An activity written (`after`) or deleted (`after` undefined) in place of `before`. */
  activity(before: ActivityRecord | undefined, after: ActivityRecord | undefined): this {
    return this.add(activityCounts(before), -1).add(activityCounts(after), 1);
  }

  /** A tombstone written or deleted in place of `before`. */
  tombstone(before: TombstoneRecord | undefined, after: TombstoneRecord | undefined): this {
    return this.add(tombstoneCounts(before), -1).add(tombstoneCounts(after), 1);
  }

  /** A whole store emptied: its counters become zero whatever they were. */
  cleared(store: 'activities' | 'tombstones', current: StoreCounters): this {
    const fields: (keyof StoreCounters)[] =
      store === 'activities'
        ? ['readPages', 'unsynced', 'unsyncedParked']
        : ['tombstones', 'parkedTombstones'];
    for (const field of fields) this.delta[field] = -current[field];
    return this;
  }

  /** `current` with the changes added (never below zero). */
  applyTo(current: StoreCounters): StoreCounters {
    const next = { ...current };
    for (const field of FIELDS) next[field] = Math.max(0, current[field] + this.delta[field]);
    return next;
  }

  /** Whether any count changes. */
  get empty(): boolean {
    return FIELDS.every((field) => this.delta[field] === 0);
  }

  /** The changes noted so far, as counts (from an empty store: the records' own counters). */
  totals(): StoreCounters {
    return { ...this.delta };
  }

  private add(counts: Partial<StoreCounters>, sign: 1 | -1): this {
    for (const field of FIELDS) this.delta[field] += sign * (counts[field] ?? 0);
    return this;
  }
}

/** Sums the counters from records (cursor over every record: the migration and the tests only). */
export function countRecords(
  activities: Iterable<ActivityRecord>,
  tombstones: Iterable<TombstoneRecord>,
): StoreCounters {
  const ledger = new CounterLedger();
  for (const record of activities) ledger.activity(undefined, record);
  for (const record of tombstones) ledger.tombstone(undefined, record);
  return ledger.totals();
}
