/**
 * The history file: everything Reading Timeline keeps about what you read (pages, engagements,
 * settings; never tokens or sign-in state), as versioned JSON. Schema:
 * docs/history-file.schema.json; prose: docs/history-file.md. Times are ISO 8601 UTC with
 * milliseconds (`Date.prototype.toISOString`), so epoch milliseconds round-trip exactly.
 */
import type { PageMetadata } from '../activity/page-metadata';
import type { TextDirective } from '../activity/text-fragment';
import type { Settings } from '../settings/settings';
import type { ActivityRecord, HistoryItemRecord, ReadingRecord } from '../store/schema';

/** The `format` value that says a JSON document is a Reading Timeline history file. */
export const HISTORY_FILE_FORMAT = 'reading-timeline-history';
/**
 * Bump when a reader of the previous version would misread a file; add a migration in parse.
 * Version 2 (DB v8, issue #18) adds each page's `reading` position; version 1 files (no
 * positions) are still read.
 */
export const HISTORY_FILE_VERSION = 2;
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

/**
 * Where the reader stopped in a page (store `ReadingRecord`, src/content/reading-position/).
 * Whether it is offered under "Continue reading" is derived on import (unfinished, past 5 %).
 */
export interface HistoryFileReading {
  /** How far through the main text the reader got, 0–100 (integer %). */
  progress: number;
  /** The passage at the top of the viewport, as a text-fragment directive's parts. */
  quote?: TextDirective;
  /** When the position was last noted. */
  positionDateTime: string;
  /** When the page was first read to its end with real time spent; absent while unfinished. */
  finishedDateTime?: string;
}

/** One page (a Graph userActivity) with its engagements, as written in the file. */
export interface HistoryFileActivity {
  appActivityId: string;
  firstSeenDateTime: string;
  lastActiveDateTime?: string;
  metadata: PageMetadata;
  /** Version 2: absent until the reader scrolled the page. */
  reading?: HistoryFileReading;
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
  record: Pick<
    ActivityRecord,
    'appActivityId' | 'metadata' | 'firstSeenAt' | 'lastActiveAt' | 'reading'
  >;
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
      // Whole ms, as the format requires, even for an engagement stored before page times were
      // taken whole (parse-request.ts): an export must always import.
      activeDurationMs: Math.round(item.activeMs),
      userTimezone: item.userTimezone,
      ended: item.ended,
    })),
  };
  if (record.lastActiveAt !== undefined) activity.lastActiveDateTime = iso(record.lastActiveAt);
  // Key order as in the schema, so files diff and read well.
  const { historyItems, metadata, ...head } = activity;
  const reading = record.reading && toFileReading(record.reading);
  return reading
    ? { ...head, metadata, reading, historyItems }
    : { ...head, metadata, historyItems };
}

function toFileReading(reading: ReadingRecord): HistoryFileReading {
  const positionDateTime = iso(reading.at);
  const out: HistoryFileReading = reading.quote
    ? { progress: reading.progress, quote: reading.quote, positionDateTime }
    : { progress: reading.progress, positionDateTime };
  if (reading.finishedAt !== undefined) out.finishedDateTime = iso(reading.finishedAt);
  return out;
}

/** Strips a store record down to what the file carries (see HistoryEntry). */
export function historyEntryOf(
  record: ActivityRecord,
  historyItems: readonly HistoryItemRecord[],
): HistoryEntry {
  const { appActivityId, metadata, firstSeenAt, lastActiveAt, reading } = record;
  const kept: HistoryEntry['record'] = { appActivityId, metadata, firstSeenAt };
  if (lastActiveAt !== undefined) kept.lastActiveAt = lastActiveAt;
  if (reading !== undefined) kept.reading = reading;
  return {
    record: kept,
    historyItems: historyItems.map(({ synced: _synced, sentAt: _sent, ...item }) => item),
  };
}
