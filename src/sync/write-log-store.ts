import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Db } from '../store/db';
import { getKv, putKv } from '../store/kv';
import type { TimelineDb, WriteLogSegmentKey } from '../store/schema';
import { pruneWriteLog } from './write-budget';

/**
 * The write log (send times of the writes Graph may have seen, for `budgetState`) kept in `kv` as
 * segments of at most `SEGMENT_SIZE` entries, oldest segment first. A write rewrites only the
 * newest segment, so noting one costs the same whether the log holds ten entries or a raised
 * budget's hundred thousand; before, the whole log was read, copied and written back on every
 * write (quadratic over a drain). Segments whose every entry is over a day old are deleted when a
 * new one starts. The budget reads the union, so what it allows is unchanged: stale entries kept in
 * a live segment are outside every window `budgetState` counts.
 */
export const SEGMENT_SIZE = 64;

/** The key every log was kept under before segments: read once, then moved into the first one. */
const LEGACY_KEY = 'sync-write-log';
const PREFIX = 'sync-write-log/';
/** Segment keys sort as their sequence numbers: fixed width, so string order is number order. */
const segmentKey = (seq: number): WriteLogSegmentKey => `${PREFIX}${String(seq).padStart(12, '0')}`;
// A function, not a constant: IDBKeyRange exists only where IndexedDB does (not at import in tests).
const segments = (): IDBKeyRange => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);

/** The `kv` store inside any read-write transaction that includes it. */
type KvStore<Tx extends ArrayLike<StoreNames<TimelineDb>>> = IDBPObjectStore<
  TimelineDb,
  Tx,
  'kv',
  'readwrite'
>;

/**
 * Notes one write sent at `now` (ms since the epoch) inside the caller's transaction, so it is on
 * the log if and only if what the transaction records about the write is.
 */
export async function appendWriteLog<Tx extends ArrayLike<StoreNames<TimelineDb>>>(
  kv: KvStore<Tx>,
  now: number,
): Promise<void> {
  const legacy = await getKv(kv, LEGACY_KEY);
  if (legacy !== undefined) {
    // A log written before segments existed holds every entry still counted: it becomes the first
    // segment (no segment can exist yet: they are only written after this move).
    await kv.delete(LEGACY_KEY);
    await putKv(kv, segmentKey(0), pruneWriteLog(legacy, now));
  }
  const newest = await kv.openCursor(segments(), 'prev');
  const entries = newest?.value as number[] | undefined; // kv values are typed per key: a segment.
  if (newest && entries && entries.length < SEGMENT_SIZE) {
    await newest.update([...entries, now]);
    return;
  }
  const seq = newest ? Number(newest.key.slice(PREFIX.length)) + 1 : 0;
  await putKv(kv, segmentKey(seq), [now]);
  await dropExpiredSegments(kv, now);
}

/** Deletes the oldest segments while every entry in them is outside the day window. */
async function dropExpiredSegments<Tx extends ArrayLike<StoreNames<TimelineDb>>>(
  kv: KvStore<Tx>,
  now: number,
): Promise<void> {
  let cursor = await kv.openCursor(segments());
  while (cursor) {
    const entries = cursor.value as number[];
    if (pruneWriteLog(entries, now).length > 0) return;
    await cursor.delete();
    cursor = await cursor.continue();
  }
}

/** Every send time on the log (ms since the epoch, oldest segment first), in one read. */
export async function loadWriteLog(db: Db): Promise<number[]> {
  const tx = db.transaction('kv', 'readonly');
  // One transaction, so a write moving the old key into a segment meanwhile is seen once. The
  // casts are the kv typing (`getKv`) for a read-only store: both keys hold send-time arrays.
  const [legacy, stored] = await Promise.all([
    tx.store.get(LEGACY_KEY) as Promise<number[] | undefined>,
    tx.store.getAll(segments()) as Promise<number[][]>,
    tx.done,
  ]);
  return [...(legacy ?? []), ...stored.flat()];
}
