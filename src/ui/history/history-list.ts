import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { openPage } from '../open-page';
import { markCurrentDay } from './day-heading';
import { DayTotals } from './day-totals';
import { groupByDay, startOfDay, type DisplayRow, type ListItem } from './days';
import { deletePages, DeletedRows, OwnDeletions, type DeletableList } from './list-deletion';
import { endLine } from './list-lines';
import {
  loadMoreRows,
  readingPlace,
  reloadList,
  restorePlace,
  type ListState,
  type LoadingList,
} from './list-loading';
import type { ListParts } from './list-parts';
import { RowCount } from './row-count';
import { RowFocus, setTabStop } from './row-focus';
import { renderItem, type RowContext } from './row-view';
import { Selection } from './selection';
import { VirtualList } from './virtual-list';

/** What the list's items offer besides open, select and delete (history.ts wires them). */
export interface ListActions {
  /** Asks to delete a day (a heading's "Delete day"). */
  deleteDay: (dayStart: number) => void;
  /** Opens a row's menu of actions under `opener` (row-actions.ts), on its first or last item. */
  rowMenu: RowContext['menu'];
}

/**
 * The history page's list: the day list of engagements (loaded in batches as it is scrolled, with
 * each day's total: list-loading.ts), or the pages a search or the "unfinished" filter found;
 * selection and deletion with undo (list-deletion.ts, scope-deletion.ts), and its size for
 * screen readers (row-count.ts).
 */
export class HistoryList implements DeletableList, LoadingList {
  readonly focus: RowFocus;
  /** The drawn part of the list and where it is scrolled (the page's "Back to newest" reads it). */
  readonly view: VirtualList;
  readonly state: ListState = {
    rows: [],
    next: null,
    searching: false,
    query: '',
    unfinished: false,
    loading: false,
    gone: new DeletedRows(),
    seq: 0,
  };
  /** Each day's total reading time, as its heading shows it. */
  readonly dayTotals = new DayTotals((ranges) => sendToWorker('engagement-totals', { ranges }));
  /** How many items the day list has in all, loaded or not (aria-setsize). */
  readonly count = new RowCount((query) => sendToWorker('count-engagements', query));
  readonly selection: Selection;
  /** The deletions scheduled from this page (others' are followed: list-follow.ts). */
  readonly own = new OwnDeletions();
  /** Something was deleted while the page was open: an empty list is no first run. */
  deleted = false;

  constructor(
    readonly parts: ListParts,
    actions: ListActions,
  ) {
    this.selection = new Selection({
      bar: parts.selectionBar,
      count: parts.selectionCount,
      list: parts.list,
    });
    this.view = new VirtualList(
      parts.scroller,
      parts.list,
      (item, index) => {
        const element = renderItem(document, item, {
          locale: parts.locale,
          withDate: this.state.searching,
          query: this.state.query,
          selected: (id) => this.selection.has(id),
          toggle: (id, on) => {
            this.selection.toggle(id, on);
          },
          open: (row) => {
            this.open(row);
          },
          currentDay: this.currentDay(),
          deleteDay: actions.deleteDay,
          menu: actions.rowMenu,
        });
        element.dataset.index = String(index);
        if (index === this.focus.index) setTabStop(element, true);
        return element;
      },
      () => void loadMoreRows(this),
      () => this.focus.headingOf(this.focus.index),
    );
    this.focus = new RowFocus(this.view, () => {
      markCurrentDay(parts.list, this.currentDay());
    });
  }

  /** The rows loaded, newest first (engagements, or pages found). */
  get rows(): readonly DisplayRow[] {
    return this.state.rows;
  }

  /** The list shows pages found (a search, the "unfinished" filter), not the day list. */
  get found(): boolean {
    return this.state.searching;
  }

  /** The local day of the row holding the list's focus (days.ts `startOfDay`), if any. */
  private currentDay(): number | undefined {
    const row = this.focusedRow();
    return row && !this.state.searching ? startOfDay(row.at) : undefined;
  }

  /**
   * Starts the list again from the filters and the search box (list-loading.ts); `keepPlace`: at
   * the reader's place rather than the top (a reload the reader did not ask for).
   */
  reload(keepPlace = false): Promise<void> {
    return reloadList(this, keepPlace);
  }

  /** Draws the list from its rows (`redraw`: the same items in new detail, focus kept). */
  show(redraw = false): void {
    const items: ListItem[] = this.state.searching
      ? this.rows.map((row) => ({ kind: 'row', row }))
      : groupByDay(this.rows, this.dayTotals.shown(this.rows, this.parts.filters().site));
    const size = this.count.size(items, this.state.next !== null);
    if (redraw) this.view.redraw(items, size);
    else this.view.setItems(items, size);
    const line = endLine({
      query: this.parts.query(),
      unfinished: this.state.unfinished,
      filtered: Object.keys(this.parts.filters()).length > 0,
      deleted: this.deleted,
      rows: this.rows.length,
      loading: this.state.loading,
      searching: this.state.searching,
      more: this.state.next !== null,
    });
    this.parts.end.hidden = line.hidden;
    this.parts.end.textContent = t(line.key);
    this.parts.drawn?.();
  }

  /** The row under keyboard focus, if any. */
  focusedRow(): DisplayRow | undefined {
    return this.focus.rowAt(this.focus.index);
  }

  /**
   * Brings the row's page up (its open tab, else a new one: open-page.ts); while the list shows
   * unfinished pages, at its reading position.
   */
  open(row: DisplayRow): void {
    void openPage(row, this.state.unfinished);
  }

  /** Deletes pages through the worker, drops their rows here, and keeps focus at the same place. */
  deletePages(ids: readonly string[]): Promise<void> {
    return deletePages(this, ids);
  }

  /**
   * Takes the rows `covered` off the list and their time off the day totals at once, unselects
   * pages left with no row, and draws the list, the reader's place kept (rows going above it do
   * not move it). Returns the rows taken off.
   */
  drop(covered: (row: DisplayRow) => boolean): DisplayRow[] {
    const place = readingPlace(this);
    this.state.gone.add(covered);
    this.deleted = true;
    const removed = this.rows.filter(covered);
    this.state.rows = this.rows.filter((row) => !covered(row));
    const kept = new Set(this.rows.map((row) => row.appActivityId));
    this.selection.clear(removed.map((row) => row.appActivityId).filter((id) => !kept.has(id)));
    // A search row holds a page's whole time, not one day's; the day totals are asked again after.
    if (!this.state.searching) this.dayTotals.remove(removed);
    // The size says at once what went; the worker's count, asked below, what was not loaded yet.
    this.count.drop(removed);
    this.show();
    if (place) restorePlace(this, place);
    // A deletion may cover rows not loaded yet (a site, a day): the worker's count leaves them out.
    this.countRest();
    return removed;
  }

  /**
   * Counts the day list's items not loaded yet, in the filters' range and site (row-count.ts), and
   * draws their number once known; until then rows say "of unknown" (-1).
   */
  countRest(): void {
    if (this.state.searching) return;
    const seq = this.state.seq;
    this.count.follow(
      { next: () => this.state.next, filters: () => this.parts.filters() },
      () => seq === this.state.seq,
      () => {
        this.show(true);
      },
    );
  }
}
