// History page entry: wires the search box, the filters, the list (history-list.ts), its keys
// (list-keys.ts), the selection bar, "Delete day" and "Delete all from <site>"
// (scope-deletion.ts), each row's menu (row-actions.ts), the charts view, the writes Graph refused and the sync line
// (history-sync.ts).
import browser from 'webextension-polyfill';
import { localizeDocument, messageLocale, t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { formInput, requireElement } from '../dom';
import { mountParkedWrites } from '../parked-writes';
import { HistoryList, type ListActions } from './history-list';
import { mountFiltersFold } from './filters-fold';
import { mountHistorySync } from './history-sync';
import { enhanceDateFields, readFilters, readSiteFilter } from './list-filters';
import { followDeletions } from './list-follow';
import { wireListKeys } from './list-keys';
import { mountNewestButton } from './newest-button';
import { mountRowActions } from './row-actions';
import { PopupMenu } from './row-menu';
import { deleteDay, mountSiteAction } from './scope-deletion';
import { mountViewSwitch } from './view-switch';

localizeDocument();
const locale = messageLocale();

const search = requireElement('#search', HTMLInputElement);
const filters = requireElement('#filters', HTMLFormElement);
const listElement = requireElement('#list', HTMLElement);
const scroller = requireElement('#scroller', HTMLElement);
const chartsSection = requireElement('#charts', HTMLElement);
const filtersToggle = requireElement('#filters-toggle', HTMLButtonElement);

let siteActionDrawn = (): void => undefined;
let rowMenu: ListActions['rowMenu'] = () => undefined;
const list = new HistoryList(
  {
    locale,
    scroller,
    list: listElement,
    end: requireElement('#end', HTMLElement),
    status: requireElement('#status', HTMLElement),
    undoBar: requireElement('#undo', HTMLElement),
    selectionBar: requireElement('#selection', HTMLElement),
    selectionCount: requireElement('#selection-count', HTMLElement),
    query: () => search.value.trim(),
    unfinishedChecked: () => formInput(filters, 'unfinished').checked,
    filters: () => readFilters(filters, locale),
    drawn: () => {
      siteActionDrawn();
    },
  },
  {
    deleteDay: (dayStart) => void deleteDay(list, dayStart, locale),
    rowMenu: (row, opener, start) => {
      rowMenu(row, opener, start);
    },
  },
);
rowMenu = mountRowActions({
  list,
  menu: new PopupMenu(document, scroller),
  filteredSite: () => readFilters(filters, locale).site,
  // The day list of that site alone (a search or "unfinished" would list pages, not the site's
  // readings), its first row focused: the menu it was asked from has gone with the list.
  showOnly: (site) => {
    formInput(filters, 'site').value = site;
    formInput(filters, 'unfinished').checked = false;
    search.value = '';
    filters.dispatchEvent(new Event('input'));
    void list.reload().then(() => {
      list.focus.focus(list.focus.nearestRow(0, 1));
    });
  },
});
siteActionDrawn = mountSiteAction({
  button: requireElement('#delete-site', HTMLButtonElement),
  list,
  filter: () => readSiteFilter(filters, locale),
  locale,
});
wireListKeys(listElement, search, list);
// Deletions made elsewhere (the popup, options, another tab, the retention period) show at once.
followDeletions(list);
const { selection } = list;

let searchTimer: ReturnType<typeof setTimeout> | undefined;
search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void list.reload(), 120);
});
filters.addEventListener('change', () => void list.reload());
filters.addEventListener('submit', (event) => {
  event.preventDefault();
});
mountNewestButton({
  button: requireElement('#newest', HTMLButtonElement),
  filters,
  scroller,
  view: list.view,
  list: listElement,
  reload: () => void list.reload(),
});
// The keys hint floats over the window's foot while the list has keyboard focus (history.css): a
// row the arrows reach is brought above it, never left under it.
const keysHint = requireElement('#keyboard-hint', HTMLElement);
list.view.coveredBelow = () => {
  const { top, height } = keysHint.getBoundingClientRect();
  return height > 0 ? top - 4 : Infinity;
};
requireElement('#delete-selected', HTMLButtonElement).addEventListener(
  'click',
  () => void list.deletePages(selection.all()),
);
requireElement('#clear-selection', HTMLButtonElement).addEventListener('click', () => {
  selection.clear();
});

mountViewSwitch({
  listButton: requireElement('#view-list', HTMLButtonElement),
  chartsButton: requireElement('#view-charts', HTMLButtonElement),
  charts: chartsSection,
  listParts: [scroller, filters, filtersToggle, requireElement('#list-head', HTMLElement)],
  // uPlot and the charts code are their own chunk, loaded only when asked for.
  drawCharts: () =>
    void import('./charts').then(({ renderCharts }) =>
      renderCharts(chartsSection, locale, (request) => sendToWorker('history-stats', request)),
    ),
});

enhanceDateFields(filters, locale, t('history_pick_date'), t('history_date_letters'));
mountFiltersFold(filtersToggle, filters, locale);

// Writes Graph refused for good, above the list, with "Retry" and "Don't publish"; listed when the
// sync line counts some (or the list is still showing), and the line redrawn after each answer.
const parkedSection = requireElement('#parked-writes', HTMLElement);
const refreshParked = mountParkedWrites(
  parkedSection,
  {
    list: () => sendToWorker('list-parked', {}),
    retry: (key) => sendToWorker('retry-parked', { key }),
    dontPublish: (key) => sendToWorker('dont-publish', { key }),
  },
  () => void refreshSync(),
);

const newest = requireElement('#newest', HTMLButtonElement);
// Where the Timeline stands, following each pass.
const refreshSync = mountHistorySync({
  elements: {
    container: requireElement('#sync-line', HTMLElement),
    text: requireElement('#sync-status', HTMLElement),
    button: requireElement('#sync-action', HTMLButtonElement),
  },
  locale,
  ask: async () => (await sendToWorker('get-status', {})).sync,
  syncNow: () => sendToWorker('sync-now', {}),
  // Sign-in runs in the options page; this page stays where the reader was.
  signIn: () => void browser.runtime.openOptionsPage(),
  drawn: (sync) => {
    if (sync.parked > 0 || !parkedSection.hidden) void refreshParked().catch(() => undefined);
  },
  // The pass first pulled what other devices read or deleted: drawn, as the popup does, unless
  // the reader is down the list (a reload would take them back to its top).
  synced: () => {
    if (newest.hidden) void list.reload();
  },
});

search.focus();
void list.reload();
void refreshSync();
