/**
 * Validating reader for the history file. Anything that is not a complete, well-formed file of a
 * version this build understands is refused as a whole with a `HistoryFileError` saying what is
 * wrong and where, so a bad import changes nothing. Page metadata goes through the same gate as a
 * content script's message (`sanitizePageMetadata`): URLs lose secrets, text is bounded.
 */
import { sanitizePageMetadata } from '../activity/sanitize';
import { parseReadingPosition } from '../activity/text-fragment';
import { parseSettings, type Settings } from '../settings/settings';
import { RESUME_MIN_PROGRESS } from '../store/reading-store';
import type { ReadingRecord } from '../store/schema';
import { HISTORY_FILE_FORMAT, HISTORY_FILE_VERSION, type HistoryEntry } from './format';

/** Why a file was refused: one code per thing the user can do something about. */
export type HistoryFileErrorCode =
  'too-large' | 'not-json' | 'truncated' | 'foreign' | 'newer-version' | 'invalid';

/** A refused file. `message` is for the user; `path` points into the document (`activities[3]…`). */
export class HistoryFileError extends Error {
  constructor(
    readonly code: HistoryFileErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(path === undefined ? message : `${message} (at ${path})`);
    this.name = 'HistoryFileError';
  }
}

/** A file that passed validation: settings as this build understands them, pages unique by id. */
export interface ParsedHistoryFile {
  version: number;
  exportedAt: number;
  settings: Settings;
  entries: HistoryEntry[];
}

export type HistoryFileParseResult =
  { ok: true; file: ParsedHistoryFile } | { ok: false; error: HistoryFileError };

export interface ParseLimits {
  /** UTF-16 units of text accepted (a 50,000-page history is about 60 MB). */
  maxChars: number;
  maxActivities: number;
  maxItemsPerActivity: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxChars: 512 * 1024 * 1024,
  maxActivities: 1_000_000,
  maxItemsPerActivity: 100_000,
};

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalid = (message: string, path: string): HistoryFileError =>
  new HistoryFileError('invalid', message, path);

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TIMEZONE = /^[A-Za-z0-9_+\-/]{1,64}$/;
const ITEM_ID = /^[\w.:-]{1,128}$/;

function time(value: unknown, path: string): number {
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
  return { id, appActivityId, startedAt, lastActiveAt, activeMs, userTimezone, ended };
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

function entry(value: unknown, path: string, limits: ParseLimits, version: number): HistoryEntry {
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

/** Two pages that the URL rules now map to one id become one page (engagements unioned). */
function mergeInto(target: HistoryEntry, extra: HistoryEntry): void {
  const a = target.record;
  const b = extra.record;
  a.firstSeenAt = Math.min(a.firstSeenAt, b.firstSeenAt);
  if (b.lastActiveAt !== undefined) a.lastActiveAt = Math.max(a.lastActiveAt ?? 0, b.lastActiveAt);
  if (b.reading !== undefined && (a.reading === undefined || b.reading.at > a.reading.at)) {
    a.reading = b.reading;
  }
  const known = new Set(target.historyItems.map((i) => i.id));
  target.historyItems.push(...extra.historyItems.filter((i) => !known.has(i.id)));
}

function header(doc: unknown): Bag {
  if (!isBag(doc) || doc.format !== HISTORY_FILE_FORMAT) {
    throw new HistoryFileError(
      'foreign',
      'This is not a Reading Timeline history file (choose a file exported as JSON by Reading Timeline).',
    );
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalid('expected a whole version number', 'version');
  }
  if (version > HISTORY_FILE_VERSION) {
    throw new HistoryFileError(
      'newer-version',
      `This file is version ${version}; this Reading Timeline reads up to version ${HISTORY_FILE_VERSION}. Update the extension to import it.`,
    );
  }
  return doc;
}

function decode(text: string, limits: ParseLimits): unknown {
  if (text.length > limits.maxChars) {
    throw new HistoryFileError('too-large', 'The file is larger than a history file can be.');
  }
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch {
    const trimmed = body.trim();
    if (trimmed.startsWith('{') && !trimmed.endsWith('}')) {
      throw new HistoryFileError(
        'truncated',
        'The file is cut short (was the export or the download interrupted?).',
      );
    }
    throw new HistoryFileError(
      'not-json',
      'This file is not JSON, so it is not a Reading Timeline history file (the CSV export cannot be imported).',
    );
  }
}

/** The `activities` list of a file of `version`, validated, pages merged by id. Throws. */
function activities(list: unknown, version: number, limits: ParseLimits): HistoryEntry[] {
  if (!Array.isArray(list)) throw invalid('expected a list of pages', 'activities');
  if (list.length > limits.maxActivities) {
    throw new HistoryFileError('too-large', 'The file holds more pages than can be imported.');
  }
  const byId = new Map<string, HistoryEntry>();
  const itemOwner = new Map<string, string>();
  list.forEach((raw, i) => {
    const parsed = entry(raw, `activities[${i}]`, limits, version);
    const id = parsed.record.appActivityId;
    for (const [j, it] of parsed.historyItems.entries()) {
      const owner = itemOwner.get(it.id);
      if (owner !== undefined && owner !== id) {
        throw invalid(
          'this engagement id also belongs to another page',
          `activities[${i}].historyItems[${j}]`,
        );
      }
      itemOwner.set(it.id, id);
    }
    const existing = byId.get(id);
    if (existing === undefined) byId.set(id, parsed);
    else mergeInto(existing, parsed);
  });
  return [...byId.values()];
}

/**
 * Validates one slice of a file's `activities` (file shape, of a version this build reads), as the
 * worker does with each import batch it is sent: an extension page is not trusted either. Never
 * throws.
 */
export function parseHistoryActivities(
  list: unknown,
  version: unknown,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): { ok: true; entries: HistoryEntry[] } | { ok: false; error: HistoryFileError } {
  try {
    if (
      typeof version !== 'number' ||
      !Number.isInteger(version) ||
      version < 1 ||
      version > HISTORY_FILE_VERSION
    ) {
      throw invalid('expected a version this build reads', 'version');
    }
    return { ok: true, entries: activities(list, version, limits) };
  } catch (error) {
    if (error instanceof HistoryFileError) return { ok: false, error };
    return { ok: false, error: new HistoryFileError('invalid', 'The pages could not be read.') };
  }
}

/**
 * Validates a whole history file. Never throws: any problem is `{ ok: false, error }` with the
 * first thing wrong. Pages whose ids coincide (same page exported twice, or URLs that the current
 * rules make equal) are merged; an engagement id under two different pages is refused.
 */
export function parseHistoryFile(
  text: string,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): HistoryFileParseResult {
  try {
    const doc = header(decode(text, limits));
    const exportedAt = time(doc.exportedDateTime, 'exportedDateTime');
    if (!isBag(doc.settings)) throw invalid('expected the settings object', 'settings');
    const entries = activities(doc.activities, doc.version as number, limits);
    const settings = parseSettings(doc.settings);
    return {
      ok: true,
      file: { version: doc.version as number, exportedAt, settings, entries },
    };
  } catch (error) {
    if (error instanceof HistoryFileError) return { ok: false, error };
    // JSON.parse of deeply nested input or similar engine limits: still a clear refusal.
    return { ok: false, error: new HistoryFileError('invalid', 'The file could not be read.') };
  }
}
