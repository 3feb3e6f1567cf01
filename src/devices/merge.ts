/**
 * The exact merge of what Graph holds into this device's history. Pure: the caller loads the local
 * page and writes the result in one transaction (pull-store.ts).
 *
 * - One page is one activity everywhere (the appActivityId is the same on every device), so a page
 *   read on two devices is one record here with the engagements of both.
 * - An engagement is its GUID: one already here is never added twice; another device's engagement
 *   that grew there is updated; this device's own engagements (its node in the GUID, or already
 *   stored as its own) are never taken from Graph, so a local-only deletion stays deleted.
 * - Pulled engagements are stored as acknowledged by Graph (`synced` = what Graph holds), so the
 *   sync planner never sends them back, and a pulled page gets Graph's id but no change counter.
 * - A deletion marker (markers.ts) removes the page's engagements started up to its time, from
 *   every device; engagements read later stay.
 * - Pulled data obeys this device's rules like its own: nothing of an excluded site, nothing older
 *   than the retention period, no description, image or authors kept while their switch is off.
 * - A page the never-record rules refuse (a token in its path, a sign-in page: published by a
 *   device still on an older version) is not kept at all, and says so (`refused`): the caller
 *   deletes it from Graph (pull-store.ts).
 */
import type { PageMetadata } from '../activity/page-metadata';
import { pageTerms } from '../search/terms';
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';
import { nodeOfGuid, type DeviceNode } from './device-id';
import type { RemoteItem } from './remote-activity';

/** `HistoryItemRecord.device` of a pulled engagement whose GUID names no device. */
export const UNKNOWN_DEVICE = 'unknown';

/** This device's rules, as they apply to pulled data. */
export interface MergeRules {
  ownNode: DeviceNode;
  /** Engagements last active before this (ms since the epoch) are not kept; null keeps all. */
  keepSince: number | null;
  excluded: (url: string) => boolean;
  /**
   * True for a page URL never recorded whatever the settings: the capture's own rule, given by the
   * worker (background/may-read.ts `isNeverRecordedUrl`), so the two cannot differ.
   */
  neverRecorded: (url: string) => boolean;
  /** The privacy switches: off drops that field from pulled pages too. */
  keep: { description: boolean; image: boolean; authors: boolean };
}

/** A page as stored here (either part may be missing). */
export interface LocalPage {
  record: ActivityRecord | undefined;
  items: readonly HistoryItemRecord[];
}

/** A page as Graph holds it. */
export interface RemotePage {
  serverId: string;
  appActivityId: string;
  metadata: PageMetadata;
  items: readonly RemoteItem[];
}

/** What to write: the record (absent: unchanged) and the engagements to put. */
export interface PageChanges {
  record?: ActivityRecord;
  items: HistoryItemRecord[];
  /** The never-record rules refuse the page: nothing is kept, and Graph's copy should go. */
  refused?: true;
}

/**
 * Merges `remote` into `local`. `deletedAt` is the time of the page's deletion marker, if any.
 * Idempotent: merging the result with the same remote page again changes nothing.
 */
export function mergeRemotePage(
  local: LocalPage,
  remote: RemotePage,
  rules: MergeRules,
  deletedAt?: number,
): PageChanges {
  if (rules.neverRecorded(remote.metadata.url)) return { items: [], refused: true };
  if (rules.excluded(remote.metadata.url)) return { items: [] };
  const here = new Map(local.items.map((item) => [item.id.toLowerCase(), item]));
  const items: HistoryItemRecord[] = [];
  for (const item of remote.items) {
    const node = nodeOfGuid(item.id);
    if (node === rules.ownNode) continue;
    if (deletedAt !== undefined && item.startedAt <= deletedAt) continue;
    if (rules.keepSince !== null && item.lastActiveAt < rules.keepSince) continue;
    const existing = here.get(item.id);
    if (existing) {
      // Our own engagement (stored without a device) is ours to publish, never Graph's to change.
      if (existing.device === undefined) continue;
      const grew =
        item.lastActiveAt > existing.lastActiveAt ||
        (item.lastActiveAt === existing.lastActiveAt && item.activeMs > existing.activeMs);
      if (!grew) continue;
    }
    items.push(pulledItem(item, remote.appActivityId, node ?? existing?.device ?? UNKNOWN_DEVICE));
  }
  if (items.length === 0) return { items };
  const lastActiveAt = Math.max(
    local.record?.lastActiveAt ?? -Infinity,
    ...local.items.map((item) => item.lastActiveAt),
    ...items.map((item) => item.lastActiveAt),
  );
  const base = local.record ?? newRecord(remote, rules, Math.min(...items.map((i) => i.startedAt)));
  const record: ActivityRecord = {
    ...base,
    lastActiveAt,
    // Graph's id lets this device add its own engagements and delete the page there.
    sync: { ...base.sync, serverId: base.sync?.serverId ?? remote.serverId },
  };
  return { record, items };
}

function pulledItem(item: RemoteItem, appActivityId: string, device: string): HistoryItemRecord {
  return {
    id: item.id,
    appActivityId,
    startedAt: item.startedAt,
    lastActiveAt: item.lastActiveAt,
    activeMs: item.activeMs,
    userTimezone: item.userTimezone,
    ended: true,
    synced: { lastActiveAt: item.lastActiveAt, activeMs: item.activeMs },
    device,
  };
}

function newRecord(remote: RemotePage, rules: MergeRules, firstSeenAt: number): ActivityRecord {
  const { description, image, authors, ...rest } = remote.metadata;
  const metadata: PageMetadata = {
    ...rest,
    authors: rules.keep.authors ? authors : [],
    ...(rules.keep.description && description !== undefined ? { description } : {}),
    ...(rules.keep.image && image !== undefined ? { image } : {}),
  };
  return {
    appActivityId: remote.appActivityId,
    metadata,
    firstSeenAt,
    searchTerms: pageTerms(metadata),
  };
}

/** What a deletion marker does to a local page. */
export interface MarkerChanges {
  /** Engagements to delete. */
  deleteItems: string[];
  /** 'delete': the page goes whole; a record: it stays with this one; absent: unchanged. */
  record?: ActivityRecord | 'delete';
}

/**
 * Applies a deletion marker of time `deletedAt`: every engagement that started up to then goes,
 * whichever device read it; the page goes when none is left. Graph's copy was deleted by the
 * device that wrote the marker, so nothing is sent from here.
 */
export function applyDeletionMarker(local: LocalPage, deletedAt: number): MarkerChanges {
  const gone = local.items.filter((item) => item.startedAt <= deletedAt);
  const kept = local.items.filter((item) => item.startedAt > deletedAt);
  const deleteItems = gone.map((item) => item.id);
  if (!local.record) return { deleteItems };
  if (kept.length === 0) {
    // A page opened after the deletion but not read yet is the user's new visit: keep it.
    return local.record.firstSeenAt > deletedAt
      ? { deleteItems }
      : { deleteItems, record: 'delete' };
  }
  if (gone.length === 0) return { deleteItems };
  const lastActiveAt = Math.max(...kept.map((item) => item.lastActiveAt));
  return { deleteItems, record: { ...local.record, lastActiveAt } };
}
