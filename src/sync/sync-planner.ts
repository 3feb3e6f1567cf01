import type { PageMetadata } from '../activity/page-metadata';
import { UNSAFE_METADATA } from '../messaging/contract';
import { buildHistoryItem } from '../activity/user-activity';
import type { ReadingPosition } from '../activity/text-fragment';
import type { HistoryItemRecord, TombstoneRecord } from '../store/schema';
import type { ItemVersion, ParkTarget, PendingActivity, SyncPlan, SyncWrite } from './sync-writes';

/**
 * How planSync decides what is due: the time (epoch ms), when an engagement is settled, and how
 * bodies are built and hashed.
 */
export interface PlanOptions {
  now: number;
  /**
   * An engagement is sent once it has ended (the continuation gap passed, so it will not grow).
   * This is the fallback for one never marked ended: after this long without change, send it.
   */
  settleMs: number;
  /** "Sync now": send engagements that are still settling too. */
  force: boolean;
  /** The activity's body; `reading` is where the reader stopped (for the activationUrl). */
  buildBody: (metadata: PageMetadata, reading?: ReadingPosition) => Record<string, unknown>;
  hash: (text: string) => string;
}

/**
 * Decides the writes that bring Graph up to date, fewest first: one PUT creates or replaces an
 * activity and deep-inserts its new history items; an engagement that only grew is one
 * history-item PUT (same GUID, so a retry never duplicates). Deletes go first, oldest first;
 * then pages, the most recently changed first (F-sync-3).
 */
export function planSync(
  pending: readonly PendingActivity[],
  tombstones: readonly TombstoneRecord[],
  options: PlanOptions,
): SyncPlan {
  const writes: SyncWrite[] = [];
  const unsafe: ParkTarget[] = [];
  const clean: string[] = [];
  let nextDueAt: number | null = null;
  const blocked = new Set(
    tombstones.filter((t) => t.kind === 'activity').map((t) => t.appActivityId),
  );

  const activityWrites: { write: SyncWrite; newest: number }[] = [];
  for (const { record, items } of pending) {
    if (blocked.has(record.appActivityId)) continue;
    const sync = record.sync ?? {};
    if (sync.localOnly) {
      // "Don't publish": kept on this device only; its changes are never Graph's business, safe
      // body or not (checked first, or a page without one would stay pending for ever).
      clean.push(record.appActivityId);
      continue;
    }
    const body = safeBody(options, record.metadata, record.reading);
    if (body === null) {
      if (sync.parked?.code !== UNSAFE_METADATA) {
        unsafe.push({ op: 'put-activity', appActivityId: record.appActivityId });
      }
      continue;
    }
    const bodyHash = options.hash(JSON.stringify(body));
    if (sync.parked && sync.parked.bodyHash === bodyHash) continue;

    const dirty = items.filter(isDirty);
    const due = dirty.filter(
      (item) => options.force || item.ended || options.now - item.lastActiveAt >= options.settleMs,
    );
    for (const item of dirty) {
      if (!due.includes(item)) {
        const dueAt = item.lastActiveAt + options.settleMs;
        nextDueAt = nextDueAt === null ? dueAt : Math.min(nextDueAt, dueAt);
      }
    }
    const bodyChanged = sync.bodyHash !== bodyHash;
    // The page's most recent change: today's reads go before an import's or republish's backlog.
    const newest = Math.max(...due.map((item) => item.lastActiveAt), record.lastActiveAt ?? 0);

    if (sync.serverId === undefined || bodyChanged || due.length > 1) {
      // A new activity waits for its first engagement to be due: an activity without history
      // items would cost a write and show nothing in Timeline.
      if (sync.serverId === undefined && due.length === 0) {
        // No engagement left to send (dropped under the minimum): Graph needs nothing of it.
        if (dirty.length === 0) clean.push(record.appActivityId);
        continue;
      }
      if (!bodyChanged && due.length === 0) continue;
      activityWrites.push({
        newest,
        write: {
          op: 'put-activity',
          appActivityId: record.appActivityId,
          body: {
            ...body,
            historyItems: due.map((item) => buildHistoryItem(item, { withId: true })),
          },
          bodyHash,
          items: due.map(version),
        },
      });
    } else if (due.length === 1 && due[0]) {
      activityWrites.push({
        newest,
        write: {
          op: 'put-history-item',
          appActivityId: record.appActivityId,
          serverId: sync.serverId,
          item: version(due[0]),
          body: buildHistoryItem(due[0], { withId: false }),
        },
      });
    } else if (dirty.length === 0) {
      clean.push(record.appActivityId);
    }
  }
  // Deletes go first, oldest first. A dropped engagement's delete whose activity id Graph has not
  // told us yet takes it from the page's record, or waits while this plan PUTs the page (its
  // answer carries the id), or learns it by a PUT of its own.
  const serverIds = new Map<string, string>();
  for (const { record } of pending) {
    if (record.sync?.serverId !== undefined)
      serverIds.set(record.appActivityId, record.sync.serverId);
  }
  const putting = new Set(
    activityWrites.flatMap(({ write }) =>
      write.op === 'put-activity' && serverIds.get(write.appActivityId) === undefined
        ? [write.appActivityId]
        : [],
    ),
  );
  for (const tombstone of [...tombstones].sort((a, b) => a.createdAt - b.createdAt)) {
    if (tombstone.parked) continue;
    const needsId = tombstone.kind === 'history-item' && tombstone.serverId === undefined;
    if (needsId && putting.has(tombstone.appActivityId)) continue;
    const serverId = needsId ? serverIds.get(tombstone.appActivityId) : undefined;
    const write = tombstoneWrite(serverId ? { ...tombstone, serverId } : tombstone, options);
    if (write === 'unsafe') unsafe.push({ tombstoneKey: tombstone.key });
    else if (write) writes.push(write);
  }
  activityWrites.sort((a, b) => b.newest - a.newest);
  writes.push(...activityWrites.map((entry) => entry.write));
  return { writes, unsafe, clean, nextDueAt };
}

/** The body, or null when `buildBody` refuses the metadata (it throws for what the gate rejects). */
function safeBody(
  options: PlanOptions,
  metadata: PageMetadata,
  reading?: ReadingPosition,
): Record<string, unknown> | null {
  try {
    return options.buildBody(metadata, reading);
  } catch {
    return null;
  }
}

function tombstoneWrite(
  tombstone: TombstoneRecord,
  options: PlanOptions,
): SyncWrite | 'unsafe' | null {
  if (tombstone.serverId !== undefined) {
    return tombstone.kind === 'activity' || tombstone.historyItemId === undefined
      ? { op: 'delete-activity', tombstoneKey: tombstone.key, serverId: tombstone.serverId }
      : {
          op: 'delete-history-item',
          tombstoneKey: tombstone.key,
          serverId: tombstone.serverId,
          historyItemId: tombstone.historyItemId,
        };
  }
  if (tombstone.metadata) {
    // Sent once without an acknowledged id: PUT again (idempotent) to learn it, then delete. The
    // body carries the id of the path: a tombstone of a page moved to a new id keeps the old one.
    // A history item's tombstone does the same for the activity it hangs off.
    const built = safeBody(options, tombstone.metadata);
    if (built === null) return 'unsafe';
    const body = { ...built, appActivityId: tombstone.appActivityId };
    return {
      op: 'put-activity',
      appActivityId: tombstone.appActivityId,
      body,
      bodyHash: options.hash(JSON.stringify(body)),
      items: [],
      tombstoneKey: tombstone.key,
    };
  }
  return null;
}

/**
 * Whether Graph has not seen this engagement's current end or time (`synced` is what it last
 * accepted).
 */
export function isDirty(item: HistoryItemRecord): boolean {
  return item.synced?.lastActiveAt !== item.lastActiveAt || item.synced.activeMs !== item.activeMs;
}

function version(item: HistoryItemRecord): ItemVersion {
  return {
    id: item.id,
    startedAt: item.startedAt,
    lastActiveAt: item.lastActiveAt,
    activeMs: item.activeMs,
  };
}
