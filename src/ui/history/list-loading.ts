// Loading and paging the history list (history-list.ts): the first screen from the filters and
// the search box, the page being read brought up when it has said its input, and older batches as
// the list is scrolled. A reply to anything but the latest load is dropped (stale search race).
import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { errorText } from '../dom';
import { withFresherTimes } from '../fresher-times';
import type { DayTotals } from './day-totals';
import { startOfDay, type DisplayRow, type ListItem } from './days';
import { DeletedRows } from './list-deletion';
import { foundLine } from './list-lines';
import { indexOfPlace, placeOf, reachesPlace, type ListPlace } from './list-place';
import type { ListParts } from './list-parts';
import { loadFirst, loadOlder, withFresherRows, type FirstAnswer } from './list-source';
import type { RowCount } from './row-count';
import type { RowFocus } from './row-focus';
import type { Selection } from './selection';
import type { VirtualList } from './virtual-list';

/** What the history list holds of its latest load (history-list.ts reads and draws it). */
export interface ListState {
  /** The rows loaded, newest first (engagements, or pages found). */
  rows: DisplayRow[];
  /** The `before` of the next batch; null once all are loaded (or for pages found). */
  next: number | null;
  /** The list shows pages found (a search, the "unfinished" filter), not the day list. */
  searching: boolean;
  /** The search the rows answer ('' for the day list and the "unfinished" filter). */
  query: string;
  /** The list shows unfinished pages (the filter), each resumed where it was left. */
  unfinished: boolean;
  loading: boolean;
  /** What was deleted since the list was loaded: an answer asked before must not bring it back. */
  gone: DeletedRows;
  /** Each load's number: only the latest load's replies are drawn. */
  seq: number;
}

/** The part of HistoryList that loading works on. */
export interface LoadingList {
  readonly parts: ListParts;
  readonly state: ListState;
  readonly focus: RowFocus;
  readonly selection: Selection;
  readonly dayTotals: DayTotals;
  readonly count: RowCount;
  readonly view: VirtualList;
  /** Draws the list from its rows (`redraw`: the same items in new detail, focus kept). */
  show(redraw?: boolean): void;
  /** Counts the day list's items not loaded yet, and draws their number once known. */
  countRest(): void;
  focusedRow(): DisplayRow | undefined;
}

/** The items the list draws now. */
function itemsOf(list: Pick<LoadingList, 'view'>): ListItem[] {
  const items: ListItem[] = [];
  for (let i = 0; i < list.view.length; i++) {
    const item = list.view.item(i);
    if (item) items.push(item);
  }
  return items;
}

/** Where the reader is in the list drawn now (list-place.ts); undefined at its top. */
export function readingPlace(list: Pick<LoadingList, 'view'>): ListPlace | undefined {
  const { index, within, offset } = list.view.readingPlace();
  return placeOf(itemsOf(list), index, within, offset);
}

/** Scrolls the list drawn now back to `place` (its row, else the next still listed; else the top). */
export function restorePlace(list: Pick<LoadingList, 'view'>, place: ListPlace): void {
  const at = indexOfPlace(itemsOf(list), place);
  if (at !== undefined) list.view.scrollToItem(at, place.within);
  else list.view.scrollToTop();
}

/**
 * Starts the list again from the filters and the search box: at its top, or, `keepPlace` (a
 * reload the reader did not ask for: a deletion undone, one made elsewhere), where the reader was,
 * batches loaded down to their row (or the next one still listed).
 */
export async function reloadList(list: LoadingList, keepPlace = false): Promise<void> {
  const { parts, state } = list;
  const place = keepPlace ? readingPlace(list) : undefined;
  const seq = ++state.seq;
  const query = parts.query();
  const unfinished = query === '' && parts.unfinishedChecked();
  const filters = parts.filters();
  list.selection.keepFor(JSON.stringify([query, unfinished, filters]));
  state.loading = true;
  list.dayTotals.clear();
  list.count.clear();
  state.gone = new DeletedRows();
  try {
    const answer = await loadFirst(sendToWorker, { query, unfinished, filters });
    if (seq !== state.seq) return;
    // Down to the reader's place, batch by batch (each 200 rows, one index read).
    while (place && !reachesPlace(answer.rows, place, answer.next !== null)) {
      const batch = await loadOlder(sendToWorker, filters, answer.next ?? 0);
      if (seq !== state.seq) return;
      answer.rows = answer.rows.concat(batch.rows);
      answer.next = batch.next;
    }
    state.unfinished = unfinished;
    state.searching = answer.searching;
    state.query = answer.searching && !unfinished ? query : '';
    state.rows = answer.rows;
    state.next = answer.next;
    parts.status.textContent = foundLine(answer.found, parts.locale);
    state.loading = false;
    list.focus.index = -1;
    if (!place) parts.scroller.scrollTop = 0;
    list.show();
    if (place) restorePlace(list, place);
    void showFresher(list, seq, answer.fresher);
    // After the first screen: a count walks the store's index (engagement-count.ts).
    list.countRest();
    // The rows first; the day headings get their totals a moment later.
    if (!state.searching) {
      await list.dayTotals.load(state.rows, () => seq === state.seq);
      if (seq === state.seq) list.show(true);
    }
  } catch (error) {
    if (seq === state.seq) parts.status.textContent = t('history_load_failed', errorText(error));
  } finally {
    if (seq === state.seq) state.loading = false;
  }
}

/**
 * Brings the shown times up once the page being read has said its input (never down): its row,
 * matched by `key` (an engagement in the day list, a page in a search), and its day's total. In
 * the day list the engagement under way may be new (too short to be stored at the first answer):
 * it is inserted (`withFresherRows`).
 */
async function showFresher(
  list: LoadingList,
  seq: number,
  fresher: FirstAnswer['fresher'],
): Promise<void> {
  const { state, focus } = list;
  const current = () => seq === state.seq;
  const rows = await fresher?.catch(() => undefined);
  if (!rows || !current()) return;
  const updated = state.searching
    ? withFresherTimes(state.rows, rows, (row) => row.key)
    : withFresherRows(state.rows, rows, state.next, (row) => state.gone.has(row));
  if (updated === state.rows) return;
  const drawn = new Set(state.rows);
  const moved = updated.filter((row) => !drawn.has(row));
  const focused = list.focusedRow()?.key;
  const hadFocus = list.parts.list.contains(document.activeElement);
  const added = updated.length !== state.rows.length;
  state.rows = updated;
  // A new row moves the items below it (and may bring a day heading): draw them again, keeping
  // the tab stop (and focus) on the row that had it.
  list.show(!added);
  if (added && focused !== undefined) {
    const index = focus.indexOf(state.rows.find((row) => row.key === focused));
    if (hadFocus) focus.focus(index);
    else {
      focus.index = index ?? -1;
      list.show(true);
    }
  }
  if (state.searching) return;
  await list.dayTotals.load(state.rows, current, [...new Set(moved.map((r) => startOfDay(r.at)))]);
  if (current()) list.show(true);
}

/** The next batch of older engagements, when the list nears its end. */
export async function loadMoreRows(list: LoadingList): Promise<void> {
  const { state } = list;
  if (state.searching || state.loading || state.next === null) return;
  const seq = state.seq;
  state.loading = true;
  try {
    const batch = await loadOlder(sendToWorker, list.parts.filters(), state.next);
    if (seq !== state.seq) return;
    // The worker leaves out what waits out its undo window; what it has deleted since, too.
    state.rows = state.rows.concat(batch.rows.filter((row) => !state.gone.has(row)));
    state.next = batch.next;
    await list.dayTotals.load(state.rows, () => seq === state.seq);
    state.loading = false;
    list.show();
  } catch (error) {
    list.parts.status.textContent = t('history_load_failed', errorText(error));
  } finally {
    if (seq === state.seq) state.loading = false;
  }
}
