import type { ActivityRecord, HistoryItemRecord, StoreCounters, TombstoneRecord } from './schema';

export type { StoreCounters } from './schema';

/**
 * Counts the popup shows on every open (pages read, writes waiting for Graph, writes Graph
 * refused), kept in the `kv` store as one `counters` record and changed in the SAME transaction as
 * the records they count: a worker killed at any moment leaves them exact, and reading them costs
 * one get however long the history is (an IndexedDB `count()` walks its range: ~1 s at 50,000
 * pending pages in Chromium). Every writer of `activities`, `tombstones` or `historyItems` goes
 * through a `CounterLedger` (committed by counter-store.ts); `countRecords` derives them from the
 * records (the migration, and the tests' proof). Pure: no IndexedDB here. `engagements` is not
 * among these: absent means not counted yet (schema.ts), never zero.
 */
export const ZERO_COUNTERS: StoreCounters = {
  readPages: 0,
  unsynced: 0,
  unsyncedParked: 0,
  tombstones: 0,
  parkedTombstones: 0,
};

/** The counters every record carries; `engagements`, maybe not counted yet, is kept apart. */
type Field = Exclude<keyof StoreCounters, 'engagements'>;
const FIELDS = Object.keys(ZERO_COUNTERS) as Field[];

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
 * Whether an engagement is a key of the `by-started` index (its `startedAt` a valid key), so
 * counted in `engagements`: every one the store writes (a number), checked so that the count is
 * the index's whatever is stored.
 */
export function startedKeyed(item: HistoryItemRecord | undefined): boolean {
  return item !== undefined && typeof item.startedAt === 'number' && !Number.isNaN(item.startedAt);
}

/**
 * The counter changes of one transaction: note every record replaced (before → after, either
 * undefined for an insert or a delete), then `commit` them into the transaction's `kv` store before
 * it ends. A ledger is used once, inside the transaction whose writes it describes.
 */
export class CounterLedger {
  private readonly delta: StoreCounters = { ...ZERO_COUNTERS };
  /** Engagements added less those removed. */
  private engagements = 0;
  /** `historyItems` emptied first: `engagements` is then known, whatever it was. */
  private itemsCleared = false;

  /** An activity written (`after`) or deleted (`after` undefined) in place of `before`. */
  activity(before: ActivityRecord | undefined, after: ActivityRecord | undefined): this {
    return this.add(activityCounts(before), -1).add(activityCounts(after), 1);
  }

  /** A tombstone written or deleted in place of `before`. */
  tombstone(before: TombstoneRecord | undefined, after: TombstoneRecord | undefined): this {
    return this.add(tombstoneCounts(before), -1).add(tombstoneCounts(after), 1);
  }

  /**
   * An engagement written (`after`) or deleted (`after` undefined) in place of `before`, which
   * the caller read in the same transaction (undefined: there was none under its id).
   */
  item(before: HistoryItemRecord | undefined, after: HistoryItemRecord | undefined): this {
    this.engagements += Number(startedKeyed(after)) - Number(startedKeyed(before));
    return this;
  }

  /** Every engagement deleted (the store emptied), before any written after it in the ledger. */
  itemsEmptied(): this {
    this.itemsCleared = true;
    this.engagements = 0;
    return this;
  }

  /** A whole store emptied: its counters become zero whatever they were. */
  cleared(store: 'activities' | 'tombstones', current: StoreCounters): this {
    const fields: Field[] =
      store === 'activities'
        ? ['readPages', 'unsynced', 'unsyncedParked']
        : ['tombstones', 'parkedTombstones'];
    for (const field of fields) this.delta[field] = -current[field];
    return this;
  }

  /**
   * `current` with the changes added (never below zero). `engagements` stays absent while it is
   * not counted yet, unless the engagements were all deleted (then it is known).
   */
  applyTo(current: StoreCounters): StoreCounters {
    const next = { ...current };
    for (const field of FIELDS) next[field] = Math.max(0, current[field] + this.delta[field]);
    const base = this.itemsCleared ? 0 : current.engagements;
    if (base !== undefined) next.engagements = Math.max(0, base + this.engagements);
    return next;
  }

  /** Whether any count changes. */
  get empty(): boolean {
    return (
      FIELDS.every((field) => this.delta[field] === 0) &&
      this.engagements === 0 &&
      !this.itemsCleared
    );
  }

  /** The changes noted so far, as counts (from an empty store: the records' own counters). */
  totals(): StoreCounters {
    return { ...this.delta, engagements: this.engagements };
  }

  private add(counts: Partial<Record<Field, number>>, sign: 1 | -1): this {
    for (const field of FIELDS) this.delta[field] += sign * (counts[field] ?? 0);
    return this;
  }
}

/** Sums the counters from records (cursor over every record: the migration and the tests only). */
export function countRecords(
  activities: Iterable<ActivityRecord>,
  tombstones: Iterable<TombstoneRecord>,
  items: Iterable<HistoryItemRecord>,
): StoreCounters {
  const ledger = new CounterLedger();
  for (const record of activities) ledger.activity(undefined, record);
  for (const record of tombstones) ledger.tombstone(undefined, record);
  for (const item of items) ledger.item(undefined, item);
  return ledger.totals();
}
