// Engagements read on another device and deleted here (F-devices-4). Only this device's own
// engagements were never taken back from Graph, so a deletion here only (Timeline kept) of pulled
// ones was undone by the next pull listing the page. Their GUIDs are kept for the merge to skip.
import type { HistoryItemRecord } from './schema';
import { getKv, putKv, type KvStore } from './kv';

/** GUIDs kept at most (the oldest go first): a bound on the record read with every listing page. */
export const DROPPED_PULLED_LIMIT = 20_000;

/** Notes, in the deletion's transaction, the pulled engagements among `items` (`device` set). */
export async function noteDroppedPulled(
  kv: KvStore,
  items: readonly HistoryItemRecord[],
): Promise<void> {
  const pulled = items.filter((item) => item.device !== undefined).map((i) => i.id.toLowerCase());
  if (pulled.length === 0) return;
  const kept = (await getKv(kv, 'dropped-pulled')) ?? [];
  await putKv(kv, 'dropped-pulled', [...kept, ...pulled].slice(-DROPPED_PULLED_LIMIT));
}

/** The GUIDs (lower case) of pulled engagements deleted here, for the merge to skip. */
export async function droppedPulled(kv: KvStore): Promise<ReadonlySet<string>> {
  return new Set((await getKv(kv, 'dropped-pulled')) ?? []);
}
