/**
 * The history file: everything Reading Timeline keeps about what you read (pages, engagements,
 * settings; never tokens or sign-in state), as versioned JSON. Schema:
 * docs/history-file.schema.json; prose: docs/history-file.md. Times are ISO 8601 UTC with
 * milliseconds (`Date.prototype.toISOString`), so epoch milliseconds round-trip exactly.
 */
import type { PageMetadata } from '../activity/page-metadata';
import type { Settings } from '../settings/settings';
import type { ActivityRecord, HistoryItemRecord } from '../store/schema';

/** The `format` value that says a JSON document is a Reading Timeline history file. */
export const HISTORY_FILE_FORMAT = 'reading-timeline-history';
/** Bump when a reader of the previous version would misread a file; add a migration in parse. */
export const HISTORY_FILE_VERSION = 1;
/** `$schema` written into every file (the schema's `$id`). */
export const HISTORY_FILE_SCHEMA_ID =
  'https://github.com/reading-timeline/reading-timeline/blob/main/docs/history-file.schema.json';

/** One engagement (a Graph activityHistoryItem), as written in the file. */
export interface HistoryFileItem {
  /** Client GUID, also the Graph history item id. */
  id: string;
  startedDateTime: string;
  lastActiveDateTime: string;
  /** Engaged time, milliseconds (Graph's activeDurationSeconds is this rounded). */
  activeDurationMs: number;
  /** IANA zone where the reading happened. */
  userTimezone: string;
  /** True once the engagement can no longer grow. */
  ended: boolean;
}

/** One page (a Graph userActivity) with its engagements, as written in the file. */
export interface HistoryFileActivity {
  appActivityId: string;
  firstSeenDateTime: string;
  lastActiveDateTime?: string;
  metadata: PageMetadata;
  historyItems: HistoryFileItem[];
}

/** The whole document. `activities` comes last so a streaming reader meets the header first. */
export interface HistoryFile {
  $schema: string;
  format: typeof HISTORY_FILE_FORMAT;
  version: typeof HISTORY_FILE_VERSION;
  exportedDateTime: string;
  settings: Settings;
  activities: HistoryFileActivity[];
}

/**
 * A page and its engagements as the store holds them, minus what belongs to one Graph account
 * and one device (sync acknowledgements, derived search terms): the unit of export and import.
 */
export interface HistoryEntry {
  record: Pick<ActivityRecord, 'appActivityId' | 'metadata' | 'firstSeenAt' | 'lastActiveAt'>;
  historyItems: Omit<HistoryItemRecord, 'synced'>[];
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** Store shape → file shape. Throws RangeError for a time outside Date's range (never stored). */
export function toFileActivity(entry: HistoryEntry): HistoryFileActivity {
  const { record } = entry;
  const activity: HistoryFileActivity = {
    appActivityId: record.appActivityId,
    firstSeenDateTime: iso(record.firstSeenAt),
    metadata: record.metadata,
    historyItems: entry.historyItems.map((item) => ({
      id: item.id,
      startedDateTime: iso(item.startedAt),
      lastActiveDateTime: iso(item.lastActiveAt),
      activeDurationMs: item.activeMs,
      userTimezone: item.userTimezone,
      ended: item.ended,
    })),
  };
  if (record.lastActiveAt !== undefined) activity.lastActiveDateTime = iso(record.lastActiveAt);
  // Key order as in the schema, so files diff and read well.
  const { historyItems, metadata, ...head } = activity;
  return { ...head, metadata, historyItems };
}

/** Strips a store record down to what the file carries (see HistoryEntry). */
export function historyEntryOf(
  record: ActivityRecord,
  historyItems: readonly HistoryItemRecord[],
): HistoryEntry {
  const { appActivityId, metadata, firstSeenAt, lastActiveAt } = record;
  return {
    record:
      lastActiveAt === undefined
        ? { appActivityId, metadata, firstSeenAt }
        : { appActivityId, metadata, firstSeenAt, lastActiveAt },
    historyItems: historyItems.map(({ synced: _synced, ...item }) => item),
  };
}
