/**
 * Moving activities from a legacy appActivityId (the canonical URL itself, or a prefix of it plus
 * `#h=` and an FNV hash) to the current one (base64url SHA-256, src/activity/activity-id.ts).
 * Pure functions plus the one upgrade step that applies them; see src/activity/README.md
 * "Moving published activities to the current id".
 */
import { appActivityIdFor, isCurrentActivityId } from '../activity/activity-id';
import type { PageMetadata } from '../activity/page-metadata';
import { canonicalizeUrl } from '../activity/canonical-url';
import { sanitizePageMetadata } from '../activity/sanitize';
import type { TrackerState } from '../tracking/engagement-types';
import type { ActivityRecord, HistoryItemRecord, PendingDeletion, TombstoneRecord } from './schema';

/** Maps an id to its current form; ids not moved come back unchanged. */
export type IdMap = (id: string) => string;

/**
 * The metadata under its current id, re-sanitized the way the Graph body builder does it (so the
 * id is exactly the one `buildUserActivity` will send). A title the gate no longer takes becomes
 * the page's host; a URL that cannot be cleaned (not http(s), over-long) gives null: such a
 * record is never kept with its raw URL.
 */
export function withCurrentId(metadata: PageMetadata): PageMetadata | null {
  const clean = sanitizePageMetadata(metadata);
  if (clean !== null) return clean;
  const url = typeof metadata.url === 'string' ? canonicalizeUrl(metadata.url) : null;
  if (url === null) return null;
  return sanitizePageMetadata({ ...metadata, url, title: new URL(url).hostname });
}

/** A legacy record moved to its current id, and the delete Graph needs for the old one, if any. */
export interface MovedActivity {
  /** The record under its current id; null when its URL cannot be cleaned (dropped locally). */
  record: ActivityRecord | null;
  /** Set when Graph may hold the activity under its old id: deleting it leaves no orphan. */
  tombstone?: TombstoneRecord;
}

/**
 * Moves one record: new key and metadata, nothing acknowledged under the new id (it must be
 * published), one more unsynced change when it has engagements to publish. Graph's copy under the
 * old id becomes a tombstone: by server id when known, else with the old metadata so the outbox
 * can PUT it (idempotently) to learn that id first, as for any delete sent without an answer.
 * A record whose URL cannot be cleaned is dropped: Graph's copy is deleted by server id when
 * known, and never PUT again (that would publish the raw URL).
 */
export function moveActivity(old: ActivityRecord, now: number): MovedActivity {
  const metadata = withCurrentId(old.metadata);
  const { sync, unsyncedChanges, ...rest } = old;
  const base = {
    key: `activity:${old.appActivityId}`,
    kind: 'activity' as const,
    appActivityId: old.appActivityId,
    createdAt: now,
  };
  if (metadata === null) {
    return sync?.serverId === undefined
      ? { record: null }
      : { record: null, tombstone: { ...base, serverId: sync.serverId } };
  }
  const record: ActivityRecord = {
    ...rest,
    appActivityId: metadata.appActivityId,
    metadata,
    ...(old.lastActiveAt === undefined ? {} : { unsyncedChanges: (unsyncedChanges ?? 0) + 1 }),
  };
  if (sync?.serverId !== undefined) {
    return { record, tombstone: { ...base, serverId: sync.serverId } };
  }
  if (sync?.sentAt !== undefined) return { record, tombstone: { ...base, metadata: old.metadata } };
  return { record };
}

/**
 * Two legacy records that now share one id (URLs that differed only in what today's rules remove,
 * such as a credential parameter): one page, the earliest first sighting, the latest reading.
 */
export function mergeActivities(a: ActivityRecord, b: ActivityRecord): ActivityRecord {
  const newer = (b.lastActiveAt ?? 0) > (a.lastActiveAt ?? 0) ? b : a;
  const changes = (a.unsyncedChanges ?? 0) + (b.unsyncedChanges ?? 0);
  const { unsyncedChanges: _replaced, ...rest } = newer;
  const lastActiveAt = Math.max(a.lastActiveAt ?? -Infinity, b.lastActiveAt ?? -Infinity);
  return {
    ...rest,
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    ...(Number.isFinite(lastActiveAt) ? { lastActiveAt } : {}),
    ...(changes > 0 ? { unsyncedChanges: changes } : {}),
  };
}

/** An engagement under its page's new id, to be sent again (Graph only has it under the old one). */
export function moveHistoryItem(item: HistoryItemRecord, appActivityId: string): HistoryItemRecord {
  const { synced: _old, sentAt: _sent, ...rest } = item;
  return { ...rest, appActivityId };
}

/**
 * The tracker's state with every page id in its current form, so an engagement open across the
 * upgrade keeps accruing on the moved page. `map` knows the stored pages; a page not stored yet
 * gets the id of its url.
 */
export function moveTrackerState(state: TrackerState, map: IdMap): TrackerState {
  const move = (id: string, url: string): string =>
    isCurrentActivityId(id) ? id : map(id) !== id ? map(id) : appActivityIdFor(url);
  const engagements: TrackerState['engagements'] = {};
  const moved = new Map<string, string>();
  for (const engagement of Object.values(state.engagements)) {
    const id = move(engagement.appActivityId, engagement.url);
    moved.set(engagement.appActivityId, id);
    engagements[id] = { ...engagement, appActivityId: id };
  }
  const tabs: TrackerState['tabs'] = {};
  for (const [key, tab] of Object.entries(state.tabs)) {
    tabs[key] = tab.page
      ? { ...tab, page: { ...tab.page, appActivityId: move(tab.page.appActivityId, tab.page.url) } }
      : tab;
  }
  const interval = state.interval && {
    ...state.interval,
    appActivityId: moved.get(state.interval.appActivityId) ?? map(state.interval.appActivityId),
  };
  return { ...state, tabs, interval, engagements };
}

/** Deletions in their undo window with their selected pages under current ids. */
export function movePendingDeletions(list: PendingDeletion[], map: IdMap): PendingDeletion[] {
  return list.map((deletion) =>
    deletion.scope.appActivityIds
      ? {
          ...deletion,
          scope: { ...deletion.scope, appActivityIds: deletion.scope.appActivityIds.map(map) },
        }
      : deletion,
  );
}
