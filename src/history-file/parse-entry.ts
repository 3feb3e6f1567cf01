// One page of a history file, validated field by field (parse.ts reads the file around it).
import { sanitizePageMetadata } from '../activity/sanitize';
import { parseReadingPosition } from '../activity/text-fragment';
import { RESUME_MIN_PROGRESS } from '../store/reading-store';
import type { ReadingRecord } from '../store/schema';
import type { HistoryEntry } from './format';
import { HistoryFileError, type ParseLimits } from './parse-limits';

/** A JSON object as read from the file, before any field is checked. */
export type Bag = Record<string, unknown>;
/** True for a JSON object (not null, not an array). */
export const isBag = (v: unknown): v is Bag =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** The error for a field that does not have the shape this version of the format gives it. */
export const invalid = (message: string, path: string): HistoryFileError =>
  new HistoryFileError('invalid', message, path);

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TIMEZONE = /^[A-Za-z0-9_+\-/]{1,64}$/;
const ITEM_ID = /^[\w.:-]{1,128}$/;
/** How far an engagement's engaged time may pass its span (ms): Graph's figure is whole seconds. */
const SPAN_SLACK_MS = 1000;

/** A time written as ISO 8601 UTC with milliseconds, in ms since the epoch; throws `invalid` otherwise. */
export function time(value: unknown, path: string): number {
  const ms = typeof value === 'string' && ISO_UTC.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw invalid('expected a time like 2026-01-31T09:30:00.000Z', path);
  return ms;
}

function item(value: unknown, appActivityId: string, path: string) {
  if (!isBag(value)) throw invalid('expected an engagement object', path);
  if (typeof value.id !== 'string' || !ITEM_ID.test(value.id)) {
    throw invalid('expected an engagement id', `${path}.id`);
  }
  const startedAt = time(value.startedDateTime, `${path}.startedDateTime`);
  const lastActiveAt = time(value.lastActiveDateTime, `${path}.lastActiveDateTime`);
  if (lastActiveAt < startedAt) throw invalid('ends before it starts', path);
  const activeMs = value.activeDurationMs;
  if (typeof activeMs !== 'number' || !Number.isSafeInteger(activeMs) || activeMs < 0) {
    throw invalid('expected whole milliseconds', `${path}.activeDurationMs`);
  }
  if (typeof value.userTimezone !== 'string' || !TIMEZONE.test(value.userTimezone)) {
    throw invalid('expected an IANA time zone', `${path}.userTimezone`);
  }
  if (typeof value.ended !== 'boolean') throw invalid('expected true or false', `${path}.ended`);
  const { id, userTimezone, ended } = value;
  // Engaged time is counted between the start and the last activity, so it is never more than
  // that span; a file claiming more (2^53 ms in a minute) would show centuries read. Cut as a pull
  // from other devices cuts Graph's figure (devices/remote-activity.ts), a second over the span
  // allowed for its whole seconds, so such an engagement exported here imports unchanged.
  const kept = Math.min(activeMs, lastActiveAt - startedAt + SPAN_SLACK_MS);
  return { id, appActivityId, startedAt, lastActiveAt, activeMs: kept, userTimezone, ended };
}

/**
 * Version 2's reading position. `resumeAt` ("Continue reading") is derived as the reading store
 * does it: unfinished and read past RESUME_MIN_PROGRESS.
 */
function reading(value: unknown, path: string): ReadingRecord {
  if (!isBag(value)) throw invalid('expected a reading position object', path);
  const { progress } = value;
  if (
    typeof progress !== 'number' ||
    !Number.isInteger(progress) ||
    progress < 0 ||
    progress > 100
  ) {
    throw invalid('expected a whole percentage from 0 to 100', `${path}.progress`);
  }
  const position = parseReadingPosition({ progress, quote: value.quote });
  if (position === null) throw invalid('expected a text-fragment quote', `${path}.quote`);
  const record: ReadingRecord = {
    ...position,
    at: time(value.positionDateTime, `${path}.positionDateTime`),
  };
  if (value.finishedDateTime !== undefined) {
    record.finishedAt = time(value.finishedDateTime, `${path}.finishedDateTime`);
  } else if (progress >= RESUME_MIN_PROGRESS) {
    record.resumeAt = record.at;
  }
  return record;
}

/**
 * One page of the `activities` list of a file of `version`: its metadata re-sanitized (the id is
 * derived from the URL again, never taken from the file), its engagements and reading position.
 * Throws a `HistoryFileError` with the path of the first bad field.
 */
export function entry(
  value: unknown,
  path: string,
  limits: ParseLimits,
  version: number,
): HistoryEntry {
  if (!isBag(value)) throw invalid('expected a page object', path);
  const metadata = sanitizePageMetadata(value.metadata);
  if (metadata === null)
    throw invalid('a page needs an http(s) url and a title', `${path}.metadata`);
  const firstSeenAt = time(value.firstSeenDateTime, `${path}.firstSeenDateTime`);
  const items = value.historyItems;
  if (!Array.isArray(items)) throw invalid('expected a list', `${path}.historyItems`);
  if (items.length > limits.maxItemsPerActivity) {
    throw new HistoryFileError('too-large', 'too many engagements on one page', path);
  }
  // The id is derived from the (re-sanitized) URL, as everywhere else; the file's is not trusted.
  const id = metadata.appActivityId;
  const historyItems = items.map((v, i) => item(v, id, `${path}.historyItems[${i}]`));
  const record: HistoryEntry['record'] = { appActivityId: id, metadata, firstSeenAt };
  if (value.lastActiveDateTime !== undefined) {
    record.lastActiveAt = time(value.lastActiveDateTime, `${path}.lastActiveDateTime`);
  }
  // Version 1 had no reading positions: a field of that name there is not ours to interpret.
  if (version >= 2 && value.reading !== undefined) {
    record.reading = reading(value.reading, `${path}.reading`);
  }
  return { record, historyItems };
}
