// History page entry: wires search, filters, the virtual list, selection and the charts view.
import { localizeDocument, messageLocale, t, tCount } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { showUndo } from '../control/undo-bar';
import { openPage } from '../open-page';
import { mountParkedWrites } from '../parked-writes';
import type { EngagementRow, PageRow } from '../../store/page-rows';
import { errorText, formInput, requireElement } from '../dom';
import { addDays, groupByDay, startOfDay, type DisplayRow, type ListItem } from './days';
import { emptyMessageKey, totalsWithout } from './empty-state';
import { enhanceDateFields, readFilters, type Filters } from './list-filters';
import { RowFocus } from './row-focus';
import { renderItem } from './row-view';
import { mountViewSwitch } from './view-switch';
import { VirtualList } from './virtual-list';

localizeDocument();
const locale = messageLocale();

const search = requireElement('#search', HTMLInputElement);
const filters = requireElement('#filters', HTMLFormElement);
const listElement = requireElement('#list', HTMLElement);
const scroller = requireElement('#scroller', HTMLElement);
const end = requireElement('#end', HTMLElement);
const status = requireElement('#status', HTMLElement);
const undoBar = requireElement('#undo', HTMLElement);
const selectionBar = requireElement('#selection', HTMLElement);
const selectionCount = requireElement('#selection-count', HTMLElement);
const chartsSection = requireElement('#charts', HTMLElement);

/** Engagements per request: a few screens. */
const BATCH = 200;
/** The first request of the list: a screenful and some, drawn before anything else is asked. */
const FIRST_BATCH = 40;
/** "Unfinished, with time spent": pages left before the end after at least this much reading. */
const INVESTED_MS = 60_000;

let rows: DisplayRow[] = [];
let next: number | null = null;
let searching = false;
/** The list shows unfinished pages (the filter), each resumed where it was left. */
let unfinished = false;
let loading = false;
let dayTotals = new Map<number, number>();
const selected = new Set<string>();
/** Each load's number: a reply to anything but the latest load is dropped (stale search race). */
let requestSeq = 0;

const list = new VirtualList(
  scroller,
  listElement,
  (item, index) => {
    const element = renderItem(document, item, {
      locale,
      withDate: searching,
      selected: (id) => selected.has(id),
      toggle,
      open,
    });
    element.dataset.index = String(index);
    if (index === focus.index) element.tabIndex = 0;
    return element;
  },
  () => void loadMore(),
);
const focus = new RowFocus(list);

function engagementRow(row: EngagementRow): DisplayRow {
  return { ...row, key: row.id, at: row.startedAt };
}

function pageRow(row: PageRow): DisplayRow {
  return { ...row, key: row.appActivityId, at: row.lastActiveAt };
}

const currentFilters = (): Filters => readFilters(filters, locale);

function show(redraw = false): void {
  const items: ListItem[] = searching
    ? rows.map((row) => ({ kind: 'row', row }))
    : groupByDay(rows, currentFilters().site === undefined ? dayTotals : siteDayTotals());
  if (redraw) list.redraw(items);
  else list.setItems(items);
  if (rows.length === 0) {
    // Never a blank page: say why nothing shows (no match, a filter, or nothing read yet).
    end.hidden = loading;
    end.textContent = t(
      emptyMessageKey({
        query: search.value.trim(),
        unfinished,
        filtered: Object.keys(currentFilters()).length > 0,
      }),
    );
    return;
  }
  end.hidden = searching || next !== null || loading;
  end.textContent = t('history_end');
}

/** With a site filter, a day's total is that of the site's rows (all loaded once past the day). */
function siteDayTotals(): Map<number, number> {
  const totals = new Map<number, number>();
  for (const row of rows) {
    const day = startOfDay(row.at);
    totals.set(day, (totals.get(day) ?? 0) + row.activeMs);
  }
  return totals;
}

/** Starts the list again from the filters and the search box. */
async function reload(): Promise<void> {
  const seq = ++requestSeq;
  const query = search.value.trim();
  loading = true;
  // Totals are asked again: pages read, deleted or restored (undo) since change them.
  dayTotals = new Map();
  try {
    unfinished = query === '' && formInput(filters, 'unfinished').checked;
    if (unfinished) {
      const found = await sendToWorker('list-unfinished', { limit: BATCH });
      if (seq !== requestSeq) return;
      searching = true;
      rows = found.filter((row) => row.activeMs >= INVESTED_MS).map(pageRow);
      next = null;
      status.textContent = tCount('popup_results', rows.length);
    } else if (query !== '') {
      const found = await sendToWorker('list-pages', { query, limit: BATCH });
      if (seq !== requestSeq) return;
      searching = true;
      rows = found.rows.map(pageRow);
      next = null;
      status.textContent = found.more
        ? t('history_results_more', new Intl.NumberFormat(locale).format(found.total))
        : tCount('popup_results', found.total);
    } else {
      const batch = await sendToWorker('list-engagements', {
        ...currentFilters(),
        limit: FIRST_BATCH,
      });
      if (seq !== requestSeq) return;
      searching = false;
      rows = batch.rows.map(engagementRow);
      next = batch.next;
      status.textContent = '';
    }
    loading = false;
    focus.index = -1;
    scroller.scrollTop = 0;
    show();
    // The rows first; the day headings get their totals a moment later.
    if (!searching) {
      await loadTotals(seq);
      if (seq === requestSeq) show(true);
    }
  } catch (error) {
    if (seq === requestSeq) status.textContent = t('history_load_failed', errorText(error));
  } finally {
    if (seq === requestSeq) loading = false;
  }
}

/** The next batch of older engagements, when the list nears its end. */
async function loadMore(): Promise<void> {
  if (searching || loading || next === null) return;
  const seq = requestSeq;
  loading = true;
  try {
    const batch = await sendToWorker('list-engagements', {
      ...currentFilters(),
      before: next,
      limit: BATCH,
    });
    if (seq !== requestSeq) return;
    rows = rows.concat(batch.rows.map(engagementRow));
    next = batch.next;
    await loadTotals(seq);
    loading = false;
    show();
  } catch (error) {
    status.textContent = t('history_load_failed', errorText(error));
  } finally {
    if (seq === requestSeq) loading = false;
  }
}

/** Each shown day's total reading time, asked once per day (whole days, not only loaded rows). */
async function loadTotals(seq: number): Promise<void> {
  const days = [...new Set(rows.map((row) => startOfDay(row.at)))].filter((d) => !dayTotals.has(d));
  if (days.length === 0) return;
  const totals = await sendToWorker('engagement-totals', {
    ranges: days.map((day) => [day, addDays(day, 1)]),
  });
  if (seq !== requestSeq) return;
  days.forEach((day, i) => dayTotals.set(day, totals[i]?.activeMs ?? 0));
}

function open(row: DisplayRow): void {
  // Unfinished pages go back to where the reader stopped: its open tab, or a new one at the passage.
  void openPage(row, unfinished);
}

function toggle(appActivityId: string, on: boolean): void {
  if (on) selected.add(appActivityId);
  else selected.delete(appActivityId);
  selectionBar.hidden = selected.size === 0;
  selectionCount.textContent = t('history_selected', String(selected.size));
  for (const element of listElement.querySelectorAll<HTMLElement>('.row')) {
    const isSelected = selected.has(element.dataset.appActivityId ?? '');
    element.classList.toggle('selected', isSelected);
    const box = element.querySelector('input');
    if (box) box.checked = isSelected;
  }
}

/** Deletes pages through the worker, drops their rows here, and keeps focus at the same place. */
async function deletePages(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const titles = new Map(rows.map((row) => [row.appActivityId, row.title]));
  // The same undo window as the popup: the rows go now, the pages when the window has passed.
  const scheduled = await sendToWorker('schedule-deletion', {
    scope: { from: 0, to: Date.now(), appActivityIds: [...ids] },
    alsoTimeline: true,
  });
  const deleted = scheduled.pages;
  const gone = new Set(ids);
  const focusedKey = focus.rowAt(focus.index)?.key;
  const position = rows.findIndex((row) => row.key === focusedKey);
  const after = rows.slice(position + 1).find((row) => !gone.has(row.appActivityId))?.key;
  const before = rows
    .slice(0, Math.max(0, position))
    .reverse()
    .find((row) => !gone.has(row.appActivityId))?.key;
  const removed = rows.filter((row) => gone.has(row.appActivityId));
  rows = rows.filter((row) => !gone.has(row.appActivityId));
  for (const id of ids) selected.delete(id);
  toggle('', false);
  // The worker still counts the pages during the undo window: take their time off here. A search
  // row holds a page's whole time, not one day's; the day totals are asked again after a search.
  if (!searching) dayTotals = totalsWithout(dayTotals, removed);
  const [only] = ids;
  const what =
    deleted === 1 && only !== undefined
      ? t('history_deleted', titles.get(only) ?? '')
      : t('history_deleted_many', String(deleted));
  status.textContent = what;
  showUndo(
    undoBar,
    what,
    scheduled,
    (outcome) => {
      // Undone: the pages are back; draw the list again from where it was.
      if (outcome === 'undone') void reload();
    },
    { focus: false },
  );
  const hadFocus = focus.index >= 0 && listElement.contains(document.activeElement);
  show();
  if (!hadFocus) return;
  // Focus goes to the row that followed the deleted one (a kept page), else the one before.
  const index = (key: string | undefined) => focus.indexOf(rows.find((row) => row.key === key));
  focus.focus(index(after) ?? index(before) ?? focus.nearestRow(0, 1));
}

listElement.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = focus.target(event.key);
  if (target !== null) {
    event.preventDefault();
    focus.focus(target);
    return;
  }
  const row = focus.rowAt(focus.index);
  if (!row) return;
  if (event.key === 'Enter') {
    event.preventDefault();
    open(row);
  } else if (event.key === ' ') {
    event.preventDefault();
    toggle(row.appActivityId, !selected.has(row.appActivityId));
  } else if (event.key === 'Delete') {
    event.preventDefault();
    void deletePages([row.appActivityId]);
  }
});
listElement.addEventListener('focus', () => {
  // The list itself takes focus from Tab; hand it to the row that had it, or the first.
  focus.focus(focus.rowAt(focus.index) ? focus.index : focus.nearestRow(0, 1));
});
listElement.addEventListener('click', (event) => {
  const element = (event.target as Element).closest<HTMLElement>('.row');
  if (element?.dataset.index) focus.focus(Number(element.dataset.index));
});
search.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    focus.focus(focus.nearestRow(0, 1));
  }
});

let searchTimer: ReturnType<typeof setTimeout> | undefined;
search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void reload(), 120);
});
filters.addEventListener('change', () => void reload());
filters.addEventListener('submit', (event) => {
  event.preventDefault();
});
requireElement('#newest', HTMLButtonElement).addEventListener('click', () => {
  formInput(filters, 'jump').value = '';
  void reload();
});
requireElement('#delete-selected', HTMLButtonElement).addEventListener(
  'click',
  () => void deletePages([...selected]),
);
requireElement('#clear-selection', HTMLButtonElement).addEventListener('click', () => {
  selected.clear();
  toggle('', false);
});

mountViewSwitch({
  listButton: requireElement('#view-list', HTMLButtonElement),
  chartsButton: requireElement('#view-charts', HTMLButtonElement),
  charts: chartsSection,
  listParts: [scroller, filters, requireElement('#keyboard-hint', HTMLElement)],
  // uPlot and the charts code are their own chunk, loaded only when asked for.
  drawCharts: () =>
    void import('./charts').then(({ renderCharts }) =>
      renderCharts(chartsSection, locale, (request) => sendToWorker('history-stats', request)),
    ),
});

enhanceDateFields(filters, locale, t('history_pick_date'), t('history_date_letters'));

// Writes Graph refused for good, above the list, with "Retry" and "Don't publish".
const refreshParked = mountParkedWrites(
  requireElement('#parked-writes', HTMLElement),
  {
    list: () => sendToWorker('list-parked', {}),
    retry: (key) => sendToWorker('retry-parked', { key }),
    dontPublish: (key) => sendToWorker('dont-publish', { key }),
  },
  () => undefined,
);

search.focus();
void reload();
void refreshParked().catch(() => undefined);
