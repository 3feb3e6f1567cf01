// Export (JSON history file, CSV) and import of the history file, in "Your reading history". The
// worker hands the store over in batches (never all of it in one message); the page feeds them to
// the streaming writers of src/history-file/ and saves the chunks as one Blob, so a 50,000-page
// export keeps the page responsive. An import is read and validated whole, in a dedicated worker
// (history-file-parser.ts), before anything is sent; the page only relays its batches.
import { messageLocale, t, tCount } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalog';
import { sendToWorker } from '../../messaging/client';
import {
  HISTORY_FILE_VERSION,
  type HistoryEntry,
  type HistoryFileActivity,
} from '../../history-file/format';
import { noMergeCounts, type MergeCounts } from '../../history-file/merge-plan';
import type { HistoryFileErrorCode } from '../../history-file/parse';
import { writeHistoryCsv, writeHistoryJson } from '../../history-file/writers';
import { requireElement } from '../dom';
import { addedNothing, importSummary } from './import-summary';

import type { ParserMessage } from './history-file-parser';

const REFUSAL: Record<HistoryFileErrorCode, MessageKey> = {
  'not-json': 'data_import_not_json',
  truncated: 'data_import_truncated',
  foreign: 'data_import_foreign',
  'newer-version': 'data_import_newer',
  invalid: 'data_import_invalid',
  'too-large': 'data_import_too_large',
};

/** Wires the export buttons, the import file picker and their status line. */
export function initDataTransfer(): void {
  const status = requireElement('#data-status', HTMLElement);
  const buttons = [
    requireElement('#export-json', HTMLButtonElement),
    requireElement('#export-csv', HTMLButtonElement),
    requireElement('#import-history', HTMLButtonElement),
  ];
  const picker = requireElement('#import-file', HTMLInputElement);
  const busy = async (work: () => Promise<void>): Promise<void> => {
    for (const button of buttons) button.disabled = true;
    try {
      await work();
    } catch (error) {
      show(
        status,
        t('data_failed', error instanceof Error ? error.message : String(error)),
        'error',
      );
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  };
  const [json, csv, importButton] = buttons;
  json?.addEventListener('click', () => void busy(() => exportHistory('json', status)));
  csv?.addEventListener('click', () => void busy(() => exportHistory('csv', status)));
  importButton?.addEventListener('click', () => {
    picker.click();
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void busy(() => importHistory(file, status));
  });
}

/** How a status line reads: green (done, progress), red (error), or plain ("Nothing new"). */
type Tone = 'done' | 'error' | 'neutral';

function show(status: HTMLElement, text: string, tone: Tone = 'done'): void {
  status.textContent = text;
  status.classList.toggle('error', tone === 'error');
  // Not green: an import that added nothing is no success to celebrate, nor an error.
  status.classList.toggle('neutral', tone === 'neutral');
  status.setAttribute('role', tone === 'error' ? 'alert' : 'status');
}

/** The store's pages, batch by batch from the worker; `onPage` counts them as they come. */
async function* storedEntries(onBatch: (pages: number) => void): AsyncGenerator<HistoryEntry> {
  let after: string | undefined;
  let pages = 0;
  for (;;) {
    const batch = await sendToWorker('export-history', after === undefined ? {} : { after });
    yield* batch.entries;
    pages += batch.entries.length;
    onBatch(pages);
    if (batch.next === null) return;
    after = batch.next;
  }
}

async function exportHistory(kind: 'json' | 'csv', status: HTMLElement): Promise<void> {
  show(status, t('data_exporting', '0'));
  let pages = 0;
  const entries = storedEntries((n) => {
    pages = n;
    show(status, t('data_exporting', n.toLocaleString(messageLocale())));
  });
  const now = Date.now();
  const chunks: string[] = [];
  const writer =
    kind === 'json'
      ? writeHistoryJson({ settings: await sendToWorker('get-settings', {}), entries }, now)
      : writeHistoryCsv({ entries });
  for await (const chunk of writer) chunks.push(chunk);
  const type = kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
  const day = new Date(now).toISOString().slice(0, 10);
  download(new Blob(chunks, { type }), `reading-timeline-${day}.${kind}`);
  show(status, tCount('data_exported', pages));
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own reference once started; a minute is ample.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

function refusal(error: { code: HistoryFileErrorCode; path?: string }): string {
  const detail = error.path === undefined ? '' : ` (${error.path})`;
  return t(REFUSAL[error.code]) + detail;
}

/**
 * The parser worker's messages for `file`, in order, as an async iterator; the worker ends with
 * the file. A worker that fails to start or crashes ends the iteration with a refusal.
 */
async function* parseInWorker(file: File): AsyncGenerator<ParserMessage, void, undefined> {
  const worker = new Worker(new URL('./history-file-parser.ts', import.meta.url), {
    type: 'module',
  });
  const queue: ParserMessage[] = [];
  let wake: (() => void) | null = null;
  const push = (message: ParserMessage) => {
    queue.push(message);
    wake?.();
  };
  worker.onmessage = (event: MessageEvent<ParserMessage>) => {
    push(event.data);
  };
  worker.onerror = () => {
    push({ kind: 'refused', error: { code: 'invalid' } });
  };
  worker.postMessage(file);
  try {
    for (;;) {
      const message = queue.shift();
      if (message === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      yield message;
      if (message.kind === 'refused' || message.kind === 'end') return;
    }
  } finally {
    worker.terminate();
  }
}

async function importHistory(file: File, status: HTMLElement): Promise<void> {
  show(status, t('data_reading_file'));
  const total = noMergeCounts();
  let pages = 0;
  let sent = 0;
  for await (const message of parseInWorker(file)) {
    if (message.kind === 'refused') {
      show(status, refusal(message.error), 'error');
      return;
    }
    if (message.kind === 'pages') pages = message.total;
    if (message.kind !== 'batch') continue;
    show(
      status,
      t('data_importing', [
        sent.toLocaleString(messageLocale()),
        pages.toLocaleString(messageLocale()),
      ]),
    );
    const activities: HistoryFileActivity[] = message.activities;
    const counts = await sendToWorker('import-history', {
      version: HISTORY_FILE_VERSION,
      activities,
    });
    sent += activities.length;
    for (const key of Object.keys(total) as (keyof MergeCounts)[]) total[key] += counts[key];
  }
  show(status, importSummary(total), addedNothing(total) ? 'neutral' : 'done');
}
