/**
 * Streaming writers for the history file (JSON) and the spreadsheet export (CSV). Both take the
 * pages as an async iterable and yield string chunks, so 50,000 pages never become one giant
 * string: the caller hands the chunks to a Blob, a WritableStream or a download as they come.
 */
import type { Settings } from '../settings/settings';
import {
  HISTORY_FILE_FORMAT,
  HISTORY_FILE_SCHEMA_ID,
  HISTORY_FILE_VERSION,
  toFileActivity,
  type HistoryEntry,
} from './format';

/** What an export reads: the settings, and the pages one by one (e.g. from an IndexedDB cursor). */
export interface HistorySource {
  settings: Settings;
  entries: AsyncIterable<HistoryEntry> | Iterable<HistoryEntry>;
}

/** Pages per yielded chunk: large enough to keep yields cheap, small enough to stay ~100 KB. */
export const PAGES_PER_CHUNK = 100;

/**
 * The history file as JSON text chunks: the header, then one page per line. Concatenated, the
 * chunks are one JSON document matching docs/history-file.schema.json.
 * @param exportedAt epoch ms written as `exportedDateTime` (injected: no clock here).
 */
export async function* writeHistoryJson(
  source: HistorySource,
  exportedAt: number,
): AsyncGenerator<string, void, undefined> {
  const header = {
    $schema: HISTORY_FILE_SCHEMA_ID,
    format: HISTORY_FILE_FORMAT,
    version: HISTORY_FILE_VERSION,
    exportedDateTime: new Date(exportedAt).toISOString(),
    settings: source.settings,
  };
  // The header without its closing brace, then the activities array, then the brace.
  let chunk = JSON.stringify(header).slice(0, -1) + ',"activities":[';
  let inChunk = 0;
  let first = true;
  for await (const entry of source.entries) {
    chunk += (first ? '\n' : ',\n') + JSON.stringify(toFileActivity(entry));
    first = false;
    if (++inChunk === PAGES_PER_CHUNK) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  yield chunk + '\n]}\n';
}

/** CSV columns: the engagement, then the page it belongs to. */
export const CSV_COLUMNS = [
  'startedDateTime',
  'lastActiveDateTime',
  'activeSeconds',
  'userTimezone',
  'title',
  'url',
  'siteName',
  'authors',
  'type',
  'description',
  'datePublished',
  'lang',
  'appActivityId',
  'historyItemId',
] as const;

/**
 * One CSV field (RFC 4180: quoted when it holds `"`, `,`, CR or LF; quotes doubled). Text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR, per OWASP's
 * CSV injection guidance) gets a leading `'`: page titles are written by web pages, and
 * `=HYPERLINK(...)` or a DDE payload must stay text when the file is opened in Excel or Sheets.
 * Numbers we write are never negative, so numeric cells are never touched.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvRow = (fields: readonly string[]): string => fields.map(csvField).join(',') + '\r\n';

/**
 * The spreadsheet export: a UTF-8 byte-order mark (so Excel reads UTF-8), a header row, then one
 * row per engagement with its page's fields, CRLF line endings. Pages opened but never read
 * (no engagement) have no row. Not importable: the JSON file is the lossless format.
 */
export async function* writeHistoryCsv(
  source: Pick<HistorySource, 'entries'>,
): AsyncGenerator<string, void, undefined> {
  let chunk = '\uFEFF' + csvRow(CSV_COLUMNS);
  let inChunk = 0;
  for await (const { record, historyItems } of source.entries) {
    const meta = record.metadata;
    const page = [
      meta.title,
      meta.url,
      meta.siteName ?? '',
      meta.authors.map((a) => a.name).join('; '),
      meta.type,
      meta.description ?? '',
      meta.datePublished ?? '',
      meta.lang ?? '',
      record.appActivityId,
    ];
    for (const item of historyItems) {
      chunk += csvRow([
        new Date(item.startedAt).toISOString(),
        new Date(item.lastActiveAt).toISOString(),
        String(item.activeMs / 1000),
        item.userTimezone,
        ...page,
        item.id,
      ]);
    }
    if (++inChunk === PAGES_PER_CHUNK) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  yield chunk;
}
