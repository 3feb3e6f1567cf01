// What the popup asks the worker for to draw one screen, all in flight at once: its entry asks
// before anything else runs (popup.ts), so the worker reads while the page builds itself.
import { sendToWorker } from '../../messaging/client';
import type { PageRecording, ResponseOf, Status } from '../../messaging/contract';
import type { PageRow } from '../../store/page-rows';
import { askPageRecording } from './page-line';
import { CONTINUE_ROWS, FIRST_ROWS } from './row-counts';

/** The worker's answers one drawing of the popup needs, asked for at once. */
export interface ScreenRequests {
  query: string;
  rows: Promise<ResponseOf<'list-pages'>>;
  /** "Continue reading" (only without a query). */
  unfinished: Promise<PageRow[]>;
  status: Promise<Status>;
  /** Whether the page in front is recorded (the line under the header; first screen only). */
  page?: Promise<PageRecording>;
}

/**
 * Asks the worker for what the popup draws for `query`: its first screen of rows, the unfinished
 * pages and the status, all in flight together; `first` (the popup's opening): also whether the
 * page in front is recorded. The popup's entry calls it before anything else runs, so the worker
 * reads while the page builds itself.
 */
export function askScreen(query: string, first = false): ScreenRequests {
  return {
    query,
    // Not waiting for the page being read to say its pending input (up to 500 ms): its row's
    // time is brought up to date once the rest of the list arrives (showRest).
    rows: sendToWorker('list-pages', { query, limit: FIRST_ROWS, collectEvidence: false }),
    unfinished:
      query === ''
        ? sendToWorker('list-unfinished', { limit: CONTINUE_ROWS })
        : Promise.resolve([]),
    status: sendToWorker('get-status', {}),
    ...(first ? { page: askPageRecording() } : {}),
  };
}
