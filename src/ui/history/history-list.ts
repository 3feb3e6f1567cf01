import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { errorText } from '../dom';
import { withFresherTimes } from '../fresher-times';
import { openPage } from '../open-page';
import { markCurrentDay } from './day-heading';
import { DayTotals } from './day-totals';
import { groupByDay, startOfDay, type DisplayRow, type ListItem } from './days';
import { deletePages, DeletedRows, type DeletableList } from './list-deletion';
import { endLine, foundLine } from './list-lines';
import type { ListParts } from './list-parts';
import { loadFirst, loadOlder, withFresherRows, type FirstAnswer } from './list-source';
import { RowCount } from './row-count';
import { RowFocus } from './row-focus';
import { renderItem } from './row-view';
import { Selection } from './selection';
import { VirtualList } from './virtual-list';

/**
 * The history page's list: the day list of engagements (loaded in batches as it is scrolled, with
 * each day's total), or the pages a search or the "unfinished" filter found; selection and
 * deletion with undo (list-deletion.ts, scope-deletion.ts). A reply to anything but the latest
 * load is dropped (stale search race).
 */
export class HistoryList implements DeletableList {
  readonly focus: RowFocus;
  /** The drawn part of the list and where it is scrolled (the page's "Back to newest" reads it). */
  readonly view: VirtualList;
  private shownRows: DisplayRow[] = [];
  private next: number | null = null;
  private searching = false;
  /** The search the rows answer ('' for the day list and the "unfinished" filter). */
  private query = '';
  /** The list shows unfinished pages (the filter), each resumed where it was left. */
  private unfinished = false;
  private loading = false;
  /** What was deleted since the list was loaded: an answer asked before must not bring it back. */
  private gone = new DeletedRows();
  private readonly dayTotals = new DayTotals((ranges) =>
    sendToWorker('engagement-totals', { ranges }),
  );
  /** How many rows the day list has in all, loaded or not (aria-setsize). */
  private readonly count = new RowCount((range) => sendToWorker('count-engagements', range));
  readonly selection: Selection;
  /** Each load's number: only the latest load's replies are drawn. */
  private requestSeq = 0;

  /** `deleteDay` asks to delete a day (a heading's "Delete day"). */
  constructor(
    readonly parts: ListParts,
    deleteDay: (dayStart: number) => void,
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
          withDate: this.searching,
          query: this.query,
          selected: (id) => this.selection.has(id),
          toggle: (id, on) => {
            this.selection.toggle(id, on);
          },
          open: (row) => {
            this.open(row);
          },
          currentDay: this.currentDay(),
          deleteDay,
        });
        element.dataset.index = String(index);
        if (index === this.focus.index) element.tabIndex = 0;
        return element;
      },
      () => void this.loadMore(),
      () => this.focus.headingOf(this.focus.index),
    );
    this.focus = new RowFocus(this.view, () => {
      markCurrentDay(parts.list, this.currentDay());
    });
  }

  /** The rows loaded, newest first (engagements, or pages found). */
  get rows(): readonly DisplayRow[] {
    return this.shownRows;
  }

  /** The list shows pages found (a search, the "unfinished" filter), not the day list. */
  get found(): boolean {
    return this.searching;
  }

  /** The local day of the row holding the list's focus (days.ts `startOfDay`), if any. */
  private currentDay(): number | undefined {
    const row = this.focusedRow();
    return row && !this.searching ? startOfDay(row.at) : undefined;
  }

  /** Starts the list again from the filters and the search box. */
  async reload(): Promise<void> {
    const seq = ++this.requestSeq;
    const query = this.parts.query();
    const unfinished = query === '' && this.parts.unfinishedChecked();
    const filters = this.parts.filters();
    this.selection.keepFor(JSON.stringify([query, unfinished, filters]));
    this.loading = true;
    this.dayTotals.clear();
    this.count.clear();
    this.gone = new DeletedRows();
    try {
      const answer = await loadFirst(sendToWorker, { query, unfinished, filters });
      if (seq !== this.requestSeq) return;
      this.unfinished = unfinished;
      this.searching = answer.searching;
      this.query = answer.searching && !unfinished ? query : '';
      this.shownRows = answer.rows;
      this.next = answer.next;
      this.parts.status.textContent = foundLine(answer.found, this.parts.locale);
      this.loading = false;
      this.focus.index = -1;
      this.parts.scroller.scrollTop = 0;
      this.show();
      void this.showFresher(seq, answer.fresher);
      // After the first screen: a count walks the store's index (history-store.ts).
      this.countRest();
      // The rows first; the day headings get their totals a moment later.
      if (!this.searching) {
        await this.dayTotals.load(this.rows, () => seq === this.requestSeq);
        if (seq === this.requestSeq) this.show(true);
      }
    } catch (error) {
      if (seq === this.requestSeq) {
        this.parts.status.textContent = t('history_load_failed', errorText(error));
      }
    } finally {
      if (seq === this.requestSeq) this.loading = false;
    }
  }

  /**
   * Brings the shown times up once the page being read has said its input (never down): its row,
   * matched by `key` (an engagement in the day list, a page in a search), and its day's total. In
   * the day list the engagement under way may be new (too short to be stored at the first answer):
   * it is inserted (`withFresherRows`).
   */
  private async showFresher(seq: number, fresher: FirstAnswer['fresher']): Promise<void> {
    const current = () => seq === this.requestSeq;
    const rows = await fresher?.catch(() => undefined);
    if (!rows || !current()) return;
    const updated = this.searching
      ? withFresherTimes(this.rows, rows, (row) => row.key)
      : withFresherRows(this.rows, rows, this.next, (row) => this.gone.has(row));
    if (updated === this.rows) return;
    const drawn = new Set(this.rows);
    const moved = updated.filter((row) => !drawn.has(row));
    const focused = this.focusedRow()?.key;
    const hadFocus = this.parts.list.contains(document.activeElement);
    const added = updated.length !== this.rows.length;
    this.shownRows = updated;
    // A new row moves the items below it (and may bring a day heading): draw them again, keeping
    // the tab stop (and focus) on the row that had it.
    this.show(!added);
    if (added && focused !== undefined) {
      const index = this.focus.indexOf(this.rows.find((row) => row.key === focused));
      if (hadFocus) this.focus.focus(index);
      else {
        this.focus.index = index ?? -1;
        this.show(true);
      }
    }
    if (this.searching) return;
    await this.dayTotals.load(this.rows, current, [...new Set(moved.map((r) => startOfDay(r.at)))]);
    if (current()) this.show(true);
  }

  /** The next batch of older engagements, when the list nears its end. */
  private async loadMore(): Promise<void> {
    if (this.searching || this.loading || this.next === null) return;
    const seq = this.requestSeq;
    this.loading = true;
    try {
      const batch = await loadOlder(sendToWorker, this.parts.filters(), this.next);
      if (seq !== this.requestSeq) return;
      // The worker leaves out what waits out its undo window; what it has deleted since, too.
      this.shownRows = this.rows.concat(batch.rows.filter((row) => !this.gone.has(row)));
      this.next = batch.next;
      await this.dayTotals.load(this.rows, () => seq === this.requestSeq);
      this.loading = false;
      this.show();
    } catch (error) {
      this.parts.status.textContent = t('history_load_failed', errorText(error));
    } finally {
      if (seq === this.requestSeq) this.loading = false;
    }
  }

  /** Draws the list from its rows (`redraw`: the same items in new detail, focus kept). */
  show(redraw = false): void {
    const items: ListItem[] = this.searching
      ? this.rows.map((row) => ({ kind: 'row', row }))
      : groupByDay(this.rows, this.dayTotals.shown(this.rows, this.parts.filters().site));
    const size = this.count.size(items, this.next !== null);
    if (redraw) this.view.redraw(items, size);
    else this.view.setItems(items, size);
    const line = endLine({
      query: this.parts.query(),
      unfinished: this.unfinished,
      filtered: Object.keys(this.parts.filters()).length > 0,
      rows: this.rows.length,
      loading: this.loading,
      searching: this.searching,
      more: this.next !== null,
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
    void openPage(row, this.unfinished);
  }

  /** Deletes pages through the worker, drops their rows here, and keeps focus at the same place. */
  deletePages(ids: readonly string[]): Promise<void> {
    return deletePages(this, ids);
  }

  /**
   * Takes the rows `covered` off the list and their time off the day totals at once, unselects
   * pages left with no row, and draws the list. Returns the rows taken off.
   */
  drop(covered: (row: DisplayRow) => boolean): DisplayRow[] {
    this.gone.add(covered);
    const removed = this.rows.filter(covered);
    this.shownRows = this.rows.filter((row) => !covered(row));
    const kept = new Set(this.rows.map((row) => row.appActivityId));
    this.selection.clear(removed.map((row) => row.appActivityId).filter((id) => !kept.has(id)));
    // A search row holds a page's whole time, not one day's; the day totals are asked again after.
    if (!this.searching) this.dayTotals.remove(removed);
    this.show();
    // A deletion may cover rows not loaded yet (a site, a day): counted again once it is applied.
    this.countRest();
    return removed;
  }

  /**
   * Counts the day list's items not loaded yet (row-count.ts) and draws their number once known.
   * Until then, and with a site filter, rows say "of unknown" (-1) until all are loaded.
   */
  private countRest(): void {
    if (this.searching) return;
    const seq = this.requestSeq;
    this.count.follow(
      { next: () => this.next, filters: () => this.parts.filters() },
      () => seq === this.requestSeq,
      () => {
        this.show(true);
      },
    );
  }
}
