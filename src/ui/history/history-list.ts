import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { showUndo } from '../control/undo-bar';
import { errorText } from '../dom';
import { withFresherTimes } from '../fresher-times';
import { openPage } from '../open-page';
import { DayTotals } from './day-totals';
import { groupByDay, startOfDay, type DisplayRow, type ListItem } from './days';
import { endLine, foundLine } from './list-lines';
import type { ListParts } from './list-parts';
import { loadFirst, loadOlder, withFresherRows, type FirstAnswer } from './list-source';
import { keptNeighbours, RowFocus } from './row-focus';
import { renderItem } from './row-view';
import { Selection } from './selection';
import { VirtualList } from './virtual-list';

/**
 * The history page's list: the day list of engagements (loaded in batches as it is scrolled, with
 * each day's total), or the pages a search or the "unfinished" filter found; selection and
 * deletion with undo. A reply to anything but the latest load is dropped (stale search race).
 */
export class HistoryList {
  readonly focus: RowFocus;
  private readonly virtual: VirtualList;
  private rows: DisplayRow[] = [];
  private next: number | null = null;
  private searching = false;
  /** The search the rows answer ('' for the day list and the "unfinished" filter). */
  private query = '';
  /** The list shows unfinished pages (the filter), each resumed where it was left. */
  private unfinished = false;
  private loading = false;
  /** Pages deleted since the list was loaded: a fresher answer asked before must not bring them back. */
  private gone = new Set<string>();
  private readonly dayTotals = new DayTotals((ranges) =>
    sendToWorker('engagement-totals', { ranges }),
  );
  readonly selection: Selection;
  /** Each load's number: only the latest load's replies are drawn. */
  private requestSeq = 0;
  /** The search and filters the list was last loaded with (JSON), to see when they change. */
  private criteria = '';

  constructor(private readonly parts: ListParts) {
    this.selection = new Selection({
      bar: parts.selectionBar,
      count: parts.selectionCount,
      list: parts.list,
    });
    this.virtual = new VirtualList(
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
        });
        element.dataset.index = String(index);
        if (index === this.focus.index) element.tabIndex = 0;
        return element;
      },
      () => void this.loadMore(),
    );
    this.focus = new RowFocus(this.virtual);
  }

  /** Starts the list again from the filters and the search box. */
  async reload(): Promise<void> {
    const seq = ++this.requestSeq;
    const query = this.parts.query();
    const unfinished = query === '' && this.parts.unfinishedChecked();
    const filters = this.parts.filters();
    // A new search or filter starts with nothing selected, as in mail and file managers: rows it
    // hides would otherwise stay selected, and "Delete selected" would delete them unseen. The
    // same list loaded again (after Undo) keeps the selection.
    const criteria = JSON.stringify([query, unfinished, filters]);
    if (criteria !== this.criteria) this.selection.clear();
    this.criteria = criteria;
    this.loading = true;
    this.dayTotals.clear();
    this.gone = new Set();
    try {
      const answer = await loadFirst(sendToWorker, { query, unfinished, filters });
      if (seq !== this.requestSeq) return;
      this.unfinished = unfinished;
      this.searching = answer.searching;
      this.query = answer.searching && !unfinished ? query : '';
      this.rows = answer.rows;
      this.next = answer.next;
      this.parts.status.textContent = foundLine(answer.found, this.parts.locale);
      this.loading = false;
      this.focus.index = -1;
      this.parts.scroller.scrollTop = 0;
      this.show();
      void this.showFresher(seq, answer.fresher);
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
      : withFresherRows(this.rows, rows, this.next, this.gone);
    if (updated === this.rows) return;
    const drawn = new Set(this.rows);
    const moved = updated.filter((row) => !drawn.has(row));
    const focused = this.focusedRow()?.key;
    const hadFocus = this.parts.list.contains(document.activeElement);
    const added = updated.length !== this.rows.length;
    this.rows = updated;
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
      this.rows = this.rows.concat(batch.rows);
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

  private show(redraw = false): void {
    const items: ListItem[] = this.searching
      ? this.rows.map((row) => ({ kind: 'row', row }))
      : groupByDay(this.rows, this.dayTotals.shown(this.rows, this.parts.filters().site));
    if (redraw) this.virtual.redraw(items);
    else this.virtual.setItems(items);
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
    // Unfinished pages go back to where the reader stopped: its open tab, or a new one at the passage.
    void openPage(row, this.unfinished);
  }

  /** Deletes pages through the worker, drops their rows here, and keeps focus at the same place. */
  async deletePages(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const titles = new Map(this.rows.map((row) => [row.appActivityId, row.title]));
    // The same undo window as the popup: the rows go now, the pages when the window has passed.
    const scheduled = await sendToWorker('schedule-deletion', {
      scope: { from: 0, to: Date.now(), appActivityIds: [...ids] },
      alsoTimeline: true,
    });
    const gone = new Set(ids);
    for (const id of ids) this.gone.add(id);
    const { after, before } = keptNeighbours(this.rows, gone, this.focusedRow()?.key);
    const removed = this.rows.filter((row) => gone.has(row.appActivityId));
    this.rows = this.rows.filter((row) => !gone.has(row.appActivityId));
    this.selection.clear(ids);
    // The worker still counts the pages during the undo window: take their time off here. A search
    // row holds a page's whole time, not one day's; the day totals are asked again after a search.
    if (!this.searching) this.dayTotals.remove(removed);
    const [only] = ids;
    const what =
      scheduled.pages === 1 && only !== undefined
        ? t('history_deleted', titles.get(only) ?? '')
        : t('history_deleted_many', String(scheduled.pages));
    this.parts.status.textContent = what;
    const hadFocus = this.focus.index >= 0 && this.parts.list.contains(document.activeElement);
    showUndo(
      this.parts.undoBar,
      what,
      scheduled,
      // Undone: the pages are back; draw the list again from where it was.
      (outcome) => (outcome === 'undone' ? this.reload() : undefined),
      // From a row, focus stays in the list (on the next row); from Delete selected, which goes
      // with the selection, it moves to Undo rather than being lost to the page, and from Undo
      // back to the list.
      { focus: !hadFocus, refocus: this.parts.list },
    );
    this.show();
    if (!hadFocus) return;
    // Focus goes to the row that followed the deleted one (a kept page), else the one before.
    const index = (key: string | undefined) =>
      this.focus.indexOf(this.rows.find((row) => row.key === key));
    this.focus.focus(index(after) ?? index(before) ?? this.focus.nearestRow(0, 1));
  }
}
