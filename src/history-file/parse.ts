/**
 * Validating reader for the history file. Anything that is not a complete, well-formed file of a
 * version this build understands is refused as a whole with a `HistoryFileError` saying what is
 * wrong and where, so a bad import changes nothing. Page metadata goes through the same gate as a
 * content script's message (`sanitizePageMetadata`): URLs lose secrets, text is bounded.
 */
import { parseSettings, type Settings } from '../settings/settings';
import { HISTORY_FILE_FORMAT, HISTORY_FILE_VERSION, type HistoryEntry } from './format';
import { entry, invalid, isBag, time, type Bag } from './parse-entry';
import { DEFAULT_PARSE_LIMITS, HistoryFileError, type ParseLimits } from './parse-limits';

export {
  DEFAULT_PARSE_LIMITS,
  HistoryFileError,
  type HistoryFileErrorCode,
  type ParseLimits,
} from './parse-limits';

/** A file that passed validation: settings as this build understands them, pages unique by id. */
export interface ParsedHistoryFile {
  version: number;
  exportedAt: number;
  settings: Settings;
  entries: HistoryEntry[];
}

/** The parsed file, or why it was refused (shown to the user). */
export type HistoryFileParseResult =
  { ok: true; file: ParsedHistoryFile } | { ok: false; error: HistoryFileError };

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
