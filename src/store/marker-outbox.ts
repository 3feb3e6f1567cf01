import { getKv, putKv, type KvStore } from './kv';

/** A page deleted here, with Graph's copy, that other devices must learn of (src/devices/). */
export interface MarkerEntry {
  appActivityId: string;
  /** ms since the epoch. */
  deletedAt: number;
}

/**
 * Entries kept waiting at most (the oldest go first): a single browser queues markers but sends
 * them only once it has seen another device in Graph (src/devices/pull-pass.ts).
 */
export const MARKER_QUEUE_LIMIT = 5_000;

/** Queues deletion markers in the transaction that deletes the pages (`kv` is its kv store). */
export async function queueDeletionMarkers(
  kv: KvStore,
  entries: readonly MarkerEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const queued = (await getKv(kv, 'device-marker-outbox')) ?? [];
  await putKv(kv, 'device-marker-outbox', [...queued, ...entries].slice(-MARKER_QUEUE_LIMIT));
}
