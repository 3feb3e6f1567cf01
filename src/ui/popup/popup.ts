// Popup entry: wires the search box, pause button and list to the worker.
import browser from 'webextension-polyfill';
import { localizeDocument, messageLocale, t, tCount } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { Status, SyncOverview } from '../../messaging/contract';
import type { PageRow } from '../../store/page-rows';
import { HISTORY_PAGE } from '../../background/history-menu';
import { requireElement } from '../dom';
import {
  appendActivityRows,
  enableListKeyboard,
  focusRow,
  renderActivityList,
} from './activity-list';
import { privacySwitchesFrom } from '../../activity/user-activity';
import { currentScheme } from './card-host-config';
import { describeSync } from './sync-line';
import { rowsToAppend } from './more-rows';
import { openPage } from '../open-page';
import { openPauseMenu } from './pause-menu';
import { showUndoRow } from './undo-row';
import { renderContinueReading } from '../continue-reading';
import { mountParkedWrites } from '../parked-writes';

localizeDocument();
const locale = messageLocale();

const list = requireElement('#activities', HTMLUListElement);
const search = requireElement('#search', HTMLInputElement);
const statusLine = requireElement('#status', HTMLElement);
const announcer = requireElement('#announcer', HTMLElement);
const empty = requireElement('#empty', HTMLElement);
const pause = requireElement('#pause', HTMLButtonElement);
const optionsButton = requireElement('#open-options', HTMLButtonElement);
const footer = requireElement('footer', HTMLElement);
const syncStatus = requireElement('#sync-status', HTMLElement);
const syncAction = requireElement('#sync-action', HTMLButtonElement);
const continueSection = requireElement('#continue-reading', HTMLElement);
const continueList = requireElement('#continue-list', HTMLUListElement);

const parkedSection = requireElement('#parked-writes', HTMLElement);
const refreshParked = mountParkedWrites(
  parkedSection,
  {
    list: () => sendToWorker('list-parked', {}),
    retry: (key) => sendToWorker('retry-parked', { key }),
    dontPublish: (key) => sendToWorker('dont-publish', { key }),
  },
  () => void refresh(),
);

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let shown: PageRow[] = [];
/** The query the shown rows answer ('' for the recent pages). */
let shownQuery = '';
/** The last status the worker gave (pause, storage problem, sync), drawn on its own. */
let lastStatus: Status | null = null;
/** Each refresh's number: a reply older than the last one shown is dropped. */
let requestSeq = 0;
let shownSeq = 0;
let statusSeq = 0;
/** Rows drawn first: the popup's first screen, asked for before anything else. */
const FIRST_ROWS = 12;
/** Rows the popup lists in all (today's and recent pages); the history page has the rest. */
const POPUP_ROWS = 50;
/** Unfinished pages offered above the list; the history page can filter all of them. */
const CONTINUE_ROWS = 3;

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Draws the list for the search box: its first screen as soon as it arrives (the status is drawn
 * on its own, never holding the rows up), then the rest of the rows below it.
 */
async function refresh(): Promise<boolean> {
  const seq = ++requestSeq;
  const query = search.value;
  void refreshStatus();
  try {
    // Slim rows (list-pages): only what a row shows; the card's data is fetched when it opens.
    const [{ rows: items }, unfinished] = await Promise.all([
      sendToWorker('list-pages', { query, limit: FIRST_ROWS }),
      query === '' ? sendToWorker('list-unfinished', { limit: CONTINUE_ROWS }) : [],
    ]);
    if (seq < shownSeq) return false;
    shownSeq = seq;
    showContinueReading(unfinished);
    show(items, query);
    // After this frame is painted: the rest of the rows, appended under those on screen.
    if (items.length === FIRST_ROWS) {
      requestAnimationFrame(() => setTimeout(() => void showRest(seq, query)));
    }
    return true;
  } catch (error) {
    statusLine.textContent = t('popup_load_failed', errorText(error));
    return false;
  }
}

/** Appends rows beyond the first screen, unless a newer refresh has drawn the list since. */
async function showRest(seq: number, query: string): Promise<void> {
  const { rows } = await sendToWorker('list-pages', { query, limit: POPUP_ROWS });
  if (seq !== shownSeq || seq !== requestSeq) return;
  const more = rowsToAppend(shown, rows, query);
  shown = shown.concat(more);
  appendActivityRows(list, more, { open, remove, preview }, Date.now(), locale);
}

async function refreshStatus(): Promise<void> {
  const seq = ++statusSeq;
  try {
    const status = await sendToWorker('get-status', {});
    if (seq !== statusSeq) return;
    showStatus(status);
    // Refused writes are listed only when there are some (or the list is still showing).
    if (status.sync.parked > 0 || !parkedSection.hidden) await refreshParked();
  } catch (error) {
    statusLine.textContent = t('popup_load_failed', errorText(error));
  }
}

function showStatus(status: Status): void {
  lastStatus = status;
  pause.setAttribute('aria-pressed', String(status.paused));
  pause.textContent = status.paused ? t('popup_resume') : t('popup_pause');
  showSync(status.sync);
  showStatusLine();
}

function show(items: PageRow[], query: string): void {
  shown = items;
  shownQuery = query;
  renderActivityList(list, items, { open, remove, preview }, Date.now(), locale);
  empty.hidden = items.length > 0 || query !== '';
  showStatusLine();
}

/**
 * One line under the search box, most important first: a refused write (out of space, never
 * hidden), a pause (and when a timed one ends), a search that found nothing.
 */
function showStatusLine(): void {
  const status = lastStatus;
  statusLine.classList.toggle('warn', Boolean(status?.storageError));
  if (status?.storageError) {
    statusLine.textContent = status.storageError.message;
  } else if (status?.paused) {
    statusLine.textContent =
      status.pausedUntil === null
        ? t('popup_paused')
        : t(
            'popup_paused_until',
            new Date(status.pausedUntil).toLocaleString(locale, {
              weekday: 'short',
              hour: 'numeric',
              minute: '2-digit',
            }),
          );
  } else {
    statusLine.textContent = shownQuery !== '' && shown.length === 0 ? t('popup_no_match') : '';
  }
}

function showContinueReading(rows: PageRow[]): void {
  continueSection.hidden = rows.length === 0;
  renderContinueReading(continueList, rows, resume, locale);
}

/** Reopens a page where the reader stopped (the worker switches to its tab or opens it). */
function resume(row: PageRow): void {
  void openPage(row, true).then(() => {
    window.close();
  });
}

function showSync(sync: SyncOverview): void {
  const line = describeSync(sync, Date.now(), locale);
  syncStatus.textContent = line.text;
  footer.classList.toggle('warn', line.warn);
  syncAction.textContent = line.action === 'sign-in' ? t('popup_sign_in') : t('popup_sync_now');
  syncAction.dataset.action = line.action;
}

function open(item: PageRow): void {
  void openPage(item).then(() => {
    window.close();
  });
}

/**
 * The card preview's place in the row, filled once the page's full record and the settings arrive:
 * built with the stored privacy switches, so the preview is exactly what is sent.
 */
function preview(item: PageRow): HTMLElement {
  const holder = document.createElement('div');
  holder.className = 'card-preview';
  // adaptivecards is most of the popup's code: loaded on the first expand, not on every open.
  void Promise.all([
    sendToWorker('get-activity', { appActivityId: item.appActivityId }),
    sendToWorker('get-settings', {}),
    import('./card-preview'),
  ]).then(([activity, settings, { renderCardPreview }]) => {
    if (!activity) return;
    holder.replaceWith(
      renderCardPreview(
        activity,
        (url) => {
          void browser.tabs.create({ url }).then(() => {
            window.close();
          });
        },
        { include: privacySwitchesFrom(settings) },
        currentScheme(),
      ),
    );
  });
  return holder;
}

/**
 * Deletes a page with an undo window (here and in Graph once it has passed): its row turns into
 * "Deleted · Undo" in place, so nothing slides under the pointer, and focus stays on that row.
 */
async function removeAt(index: number): Promise<void> {
  const item = shown[index];
  const row = list.children[index];
  if (!item || !(row instanceof HTMLElement) || row.classList.contains('deleted')) return;
  const hadFocus = list.contains(document.activeElement);
  try {
    const scheduled = await sendToWorker('schedule-deletion', {
      scope: { from: 0, to: Date.now(), appActivityIds: [item.appActivityId] },
      alsoTimeline: true,
    });
    showUndoRow(row, item.title, scheduled, () => {
      void refresh().then(() => focusRow(list, index));
    });
  } catch (error) {
    announcer.textContent = t('popup_delete_failed', [item.title, errorText(error)]);
    return;
  }
  announcer.textContent = t('popup_deleted', item.title);
  if (hadFocus) row.querySelector('button')?.focus();
}

function remove(item: PageRow): void {
  void removeAt(shown.indexOf(item));
}

enableListKeyboard(list, search, (index) => void removeAt(index));
search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => {
    void refresh().then((fresh) => {
      if (fresh && search.value !== '')
        announcer.textContent = tCount('popup_results', shown.length);
    });
  }, 120);
});
pause.setAttribute('aria-haspopup', 'menu');
pause.addEventListener('click', () => {
  // Resuming is one click; pausing asks for how long.
  if (pause.getAttribute('aria-pressed') === 'true') {
    void sendToWorker('set-paused', { paused: false }).then(showStatus);
    return;
  }
  if (document.querySelector('#pause-menu')) {
    document.querySelector('#pause-menu')?.remove();
    return;
  }
  openPauseMenu(pause, (until) => {
    void sendToWorker('set-paused', { paused: true, until }).then(showStatus);
  });
});
syncAction.addEventListener('click', () => {
  if (syncAction.dataset.action === 'sign-in') {
    // Sign-in runs in the options page: the popup closes as soon as it loses focus.
    void browser.runtime.openOptionsPage();
    return;
  }
  syncAction.disabled = true;
  syncStatus.textContent = t('popup_syncing');
  void sendToWorker('sync-now', {})
    .then(showSync)
    .catch((error: unknown) => {
      syncStatus.textContent = t('popup_sync_failed', errorText(error));
    })
    .finally(() => {
      syncAction.disabled = false;
    });
});
requireElement('#open-history', HTMLButtonElement).addEventListener('click', () => {
  void browser.tabs.create({ url: browser.runtime.getURL(HISTORY_PAGE) }).then(() => {
    window.close();
  });
});
optionsButton.addEventListener('click', () => {
  void browser.runtime.openOptionsPage();
});

search.focus();
void refresh();
