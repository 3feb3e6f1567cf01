/**
 * What importing a parsed history file would change in the store, decided before anything is
 * written (so the UI can say "adds 120 pages and 340 engagements" and the store can apply it in
 * one transaction). Ids decide identity: importing the same file twice changes nothing the second
 * time, and an export imported into an empty store gives back exactly what was exported.
 */
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';
import type { HistoryEntry } from './format';

/** The store's current records for the ids in the file (the caller looks them up). */
export interface ExistingHistory {
  activities: ReadonlyMap<string, ActivityRecord>;
  historyItems: ReadonlyMap<string, HistoryItemRecord>;
  /** This device's node (devices/device-id.ts); engagements whose GUID names another are theirs. */
  ownNode?: string;
  /** The device node an engagement GUID names, or null (devices/device-id.ts `nodeOfGuid`). */
  nodeOf?: (guid: string) => string | null;
}

/** What an import would change (and did): pages and engagements new, updated or unchanged. */
export interface MergeCounts {
  newPages: number;
  updatedPages: number;
  unchangedPages: number;
  newEngagements: number;
  updatedEngagements: number;
  unchangedEngagements: number;
  /** Engagement ids the store already holds under another page: left as they are. */
  conflictingEngagements: number;
  /** Pages never recorded whatever the settings (a token in the URL, a sign-in page): left out. */
  neverRecordedPages: number;
  /** Pages of a site the user excluded: left out (import-rules.ts). */
  excludedPages: number;
  /** Read pages older than the retention period: left out (import-rules.ts). */
  expiredPages: number;
  /** Pages dated more than a day ahead of this browser's clock: left out (import-rules.ts). */
  futurePages: number;
}

/** Counts of an import that changes nothing (yet): the start of a plan, or of a running total. */
export function noMergeCounts(): MergeCounts {
  return {
    newPages: 0,
    updatedPages: 0,
    unchangedPages: 0,
    newEngagements: 0,
    updatedEngagements: 0,
    unchangedEngagements: 0,
    conflictingEngagements: 0,
    neverRecordedPages: 0,
    excludedPages: 0,
    expiredPages: 0,
    futurePages: 0,
  };
}

/**
 * Records to put. Activities carry no sync state (the caller marks them pending, so they are
 * published under the current sign-in); an existing record keeps its sync state and search terms.
 */
export interface MergePlan {
  putActivities: ActivityRecord[];
  putHistoryItems: HistoryItemRecord[];
  counts: MergeCounts;
}

function mergeActivity(
  existing: ActivityRecord | undefined,
  incoming: HistoryEntry['record'],
): ActivityRecord | null {
  if (existing === undefined) return { ...incoming };
  // The device's own capture of the page wins; times widen to cover both histories.
  const firstSeenAt = Math.min(existing.firstSeenAt, incoming.firstSeenAt);
  const lastActiveAt =
    existing.lastActiveAt === undefined
      ? incoming.lastActiveAt
      : incoming.lastActiveAt === undefined
        ? existing.lastActiveAt
        : Math.max(existing.lastActiveAt, incoming.lastActiveAt);
  // The later reading position wins (a position is where the reader was last).
  const reading =
    incoming.reading !== undefined &&
    (existing.reading === undefined || incoming.reading.at > existing.reading.at)
      ? incoming.reading
      : existing.reading;
  if (
    firstSeenAt === existing.firstSeenAt &&
    lastActiveAt === existing.lastActiveAt &&
    reading === existing.reading
  ) {
    return null;
  }
  const merged: ActivityRecord = { ...existing, firstSeenAt };
  if (lastActiveAt !== undefined) merged.lastActiveAt = lastActiveAt;
  if (reading !== undefined) merged.reading = reading;
  return merged;
}

/**
 * Decides the merge of `entries` (from `parseHistoryFile`) into `existing`. Pure.
 * - A page not in the store is added; one that is keeps its metadata and sync state, its
 *   first-seen/last-active times widen to cover both, and the later reading position wins.
 * - An engagement not in the store is added (another device's, by its GUID, as that device's); one
 *   that is only takes the file's times when they went on longer (engagements only grow), keeping
 *   its sync state and device.
 */
export function planHistoryMerge(
  entries: readonly HistoryEntry[],
  existing: ExistingHistory,
): MergePlan {
  const plan: MergePlan = {
    putActivities: [],
    putHistoryItems: [],
    counts: noMergeCounts(),
  };
  const { counts } = plan;
  for (const { record, historyItems } of entries) {
    const current = existing.activities.get(record.appActivityId);
    const merged = mergeActivity(current, record);
    if (merged !== null) plan.putActivities.push(merged);
    if (current === undefined) counts.newPages++;
    else if (merged === null) counts.unchangedPages++;
    else counts.updatedPages++;
    for (const item of historyItems) {
      const stored = existing.historyItems.get(item.id);
      if (stored === undefined) {
        // The file does not say which device read it; the GUID does (as a pull would store it).
        const node = existing.nodeOf?.(item.id) ?? null;
        plan.putHistoryItems.push(
          node !== null && node !== existing.ownNode ? { ...item, device: node } : { ...item },
        );
        counts.newEngagements++;
      } else if (stored.appActivityId !== item.appActivityId) {
        counts.conflictingEngagements++;
      } else if (item.lastActiveAt > stored.lastActiveAt || item.activeMs > stored.activeMs) {
        // Only the times come from the file: what Graph acknowledged or was sent (synced,
        // sentAt) and which device read it stay, so a later delete still reaches Graph.
        plan.putHistoryItems.push({
          ...stored,
          lastActiveAt: Math.max(item.lastActiveAt, stored.lastActiveAt),
          activeMs: Math.max(item.activeMs, stored.activeMs),
          ended: item.ended || stored.ended,
        });
        counts.updatedEngagements++;
      } else {
        counts.unchangedEngagements++;
      }
    }
  }
  return plan;
}
