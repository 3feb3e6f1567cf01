import type { RequestOf, ResponseOf } from '../../messaging/contract';
import type { EngagementRow, PageRow } from '../../store/page-rows';
import { withFresherTimes } from '../fresher-times';
import type { DisplayRow } from './days';
import type { Filters } from './list-filters';

/** Rows per request after the first: a few screens. */
export const BATCH = 200;
/** The first request of the day list: a screenful and some, drawn before anything else is asked. */
export const FIRST_BATCH = 40;
/** "Unfinished, read 1 min or more": pages left before the end after at least this much reading. */
export const INVESTED_MS = 60_000;

type ListMessage = 'list-pages' | 'list-unfinished' | 'list-engagements';

/** Asks the worker one of the list's questions (messaging/client.ts `sendToWorker`). */
export type SendList = <K extends ListMessage>(
  type: K,
  payload: RequestOf<K>,
) => Promise<ResponseOf<K>>;

/** What the list is asked to show: the search box and the filter form. */
export interface ListQuery {
  /** The search box, trimmed; '' for the day list. */
  query: string;
  /** The "Unfinished, read 1 min or more" filter (INVESTED_MS; only without a query). */
  unfinished: boolean;
  filters: Filters;
}

/** The list's first answer for a `ListQuery`. */
export interface FirstAnswer {
  rows: DisplayRow[];
  /** `before` of the next batch of the day list; null when there is none (and for pages). */
  next: number | null;
  /** Rows are whole pages (search, unfinished), shown with dates rather than under days. */
  searching: boolean;
  /** Pages found, for the status line (search and unfinished); `more`: older pages may match. */
  found?: { total: number; more: boolean };
  /**
   * When a page is being read: the same rows once that page has said its pending input (the first
   * answer did not wait for it). Merge by `key` with `withFresherTimes` (ui/fresher-times): a time
   * only ever goes up.
   */
  fresher?: Promise<DisplayRow[]>;
}

/** One reading as a row of the day list, placed at its start. */
export function engagementRow(row: EngagementRow): DisplayRow {
  return { ...row, key: row.id, at: row.startedAt };
}

/** A whole page as a row (search, unfinished), placed at its last reading. */
export function pageRow(row: PageRow): DisplayRow {
  return { ...row, key: row.appActivityId, at: row.lastActiveAt };
}

/**
 * Asks for the first rows of `list`. A search and the day list answer at once from what is stored
 * (`collectEvidence: false`, as the popup does): waiting for the page being read to say its
 * pending input took up to 500 ms (background/pending-evidence.ts) before anything showed; its
 * time comes in `fresher`. Throws what the worker threw.
 */
export async function loadFirst(send: SendList, list: ListQuery): Promise<FirstAnswer> {
  if (list.unfinished && list.query === '') {
    const found = await send('list-unfinished', { limit: BATCH });
    const rows = found.filter((row) => row.activeMs >= INVESTED_MS).map(pageRow);
    return { rows, next: null, searching: true, found: { total: rows.length, more: false } };
  }
  if (list.query !== '') {
    const { query } = list;
    const found = await send('list-pages', { query, limit: BATCH, collectEvidence: false });
    return {
      rows: found.rows.map(pageRow),
      next: null,
      searching: true,
      found: { total: found.total, more: found.more },
      ...(found.pendingEvidence && {
        fresher: send('list-pages', { query, limit: BATCH }).then(({ rows }) => rows.map(pageRow)),
      }),
    };
  }
  const first = { ...list.filters, limit: FIRST_BATCH };
  const batch = await send('list-engagements', { ...first, collectEvidence: false });
  return {
    rows: batch.rows.map(engagementRow),
    next: batch.next,
    searching: false,
    ...(batch.pendingEvidence && {
      fresher: send('list-engagements', first).then(({ rows }) => rows.map(engagementRow)),
    }),
  };
}

/**
 * The day list `drawn` (newest engagement first) with its `fresher` answer merged in: the times
 * of rows already drawn brought up (never down, `withFresherTimes`), and engagements the first
 * answer did not have inserted in start order. An engagement is stored only once it reaches the
 * 5 s minimum (tracking/accrual.ts), so the page being read for 5–9 s, or read again after the
 * continuation gap, is in the fresher answer alone. Only rows that belong on the drawn screens
 * are added: started at or after `next` (older ones come with the next batch; all when `next` is
 * null), and never one `gone` says was deleted since the first answer was asked. Returns `drawn`
 * itself when nothing changed.
 */
export function withFresherRows(
  drawn: readonly DisplayRow[],
  fresher: readonly DisplayRow[],
  next: number | null,
  gone: (row: DisplayRow) => boolean = () => false,
): DisplayRow[] {
  const raised = withFresherTimes(drawn, fresher, (row) => row.key);
  const keys = new Set(drawn.map((row) => row.key));
  const added = fresher.filter(
    (row) => !keys.has(row.key) && !gone(row) && (next === null || row.at >= next),
  );
  if (added.length === 0) return raised;
  // Stable: a new row goes above a drawn one that started at the same moment.
  return [...added, ...raised].sort((a, b) => b.at - a.at);
}

/** The next batch of the day list, older than `before`. */
export async function loadOlder(
  send: SendList,
  filters: Filters,
  before: number,
): Promise<{ rows: DisplayRow[]; next: number | null }> {
  // Older than the first screen: not the engagement under way, so nothing to wait for.
  const batch = await send('list-engagements', {
    ...filters,
    before,
    limit: BATCH,
    collectEvidence: false,
  });
  return { rows: batch.rows.map(engagementRow), next: batch.next };
}
