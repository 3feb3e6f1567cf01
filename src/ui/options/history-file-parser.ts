/**
 * A dedicated worker that reads and checks a history file off the options page's main thread (a
 * 50,000-page file is ~60 MB: parsing and checking it there froze the page for 9 s). It answers
 * one `File` with `ParserMessage`s: a refusal, or the page count, then the pages in batches
 * (small messages, so receiving them never blocks the page either), then `end`.
 */
import { toFileActivity, type HistoryFileActivity } from '../../history-file/format';
import { parseHistoryFile, type HistoryFileErrorCode } from '../../history-file/parse';

/** What the parser posts back, in order: `refused`, or `pages`, `batch`…, `end`. */
export type ParserMessage =
  | { kind: 'refused'; error: { code: HistoryFileErrorCode; path?: string } }
  | { kind: 'pages'; total: number }
  | { kind: 'batch'; activities: HistoryFileActivity[] }
  | { kind: 'end' };

/** Pages per batch message (the service worker validates each import batch again). */
export const PARSER_BATCH = 500;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage: (message: ParserMessage) => void;
};

scope.onmessage = (event) => {
  void event.data.text().then(
    (text) => {
      const parsed = parseHistoryFile(text);
      if (!parsed.ok) {
        const { code, path } = parsed.error;
        scope.postMessage({
          kind: 'refused',
          error: path === undefined ? { code } : { code, path },
        });
        return;
      }
      const { entries } = parsed.file;
      scope.postMessage({ kind: 'pages', total: entries.length });
      for (let i = 0; i < entries.length; i += PARSER_BATCH) {
        scope.postMessage({
          kind: 'batch',
          activities: entries.slice(i, i + PARSER_BATCH).map(toFileActivity),
        });
      }
      scope.postMessage({ kind: 'end' });
    },
    () => {
      scope.postMessage({ kind: 'refused', error: { code: 'invalid' } });
    },
  );
};
