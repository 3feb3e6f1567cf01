import browser from 'webextension-polyfill';
import { privacySwitchesFrom } from '../../activity/user-activity';
import { HISTORY_PAGE } from '../../background/history-menu';
import { t, tCount } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { PageRow } from '../../store/page-rows';
import { errorText, requireElement } from '../dom';
import { openPage } from '../open-page';
import { mountParkedWrites } from '../parked-writes';
import { enableListKeyboard, focusRow } from './activity-list';
import { currentScheme } from './card-host-config';
import { openPauseMenu } from './pause-menu';
import type { PopupView, RowActions } from './popup-view';
import { showUndoRow } from './undo-row';

/**
 * Everything the popup does beyond showing its first screen: search, pause, sync, the list's
 * keyboard, delete with undo, the card preview, refused writes, and the buttons to the history and
 * options pages. Loaded after the first frame (nothing here is needed to draw it); input that
 * came earlier is not lost: a query already typed is searched, a status already drawn is used.
 * Returns what the rows' controls do.
 */
export function wireControls(view: PopupView): RowActions {
  const { list, search, announcer, pause } = view;

  const refreshParked = mountParkedWrites(
    view.parkedSection,
    {
      list: () => sendToWorker('list-parked', {}),
      retry: (key) => sendToWorker('retry-parked', { key }),
      dontPublish: (key) => sendToWorker('dont-publish', { key }),
    },
    () => void view.refresh(),
  );
  // Refused writes are listed only when there are some (or the list is still showing).
  view.onStatus = (status) => {
    if (status.sync.parked === 0 && view.parkedSection.hidden) return;
    refreshParked().catch((error: unknown) => {
      view.statusLine.textContent = t('popup_load_failed', errorText(error));
    });
  };
  if (view.lastStatus) view.onStatus(view.lastStatus);

  const open = (item: PageRow): void => {
    void openPage(item).then(() => {
      window.close();
    });
  };

  /** Reopens a page where the reader stopped (the worker switches to its tab or opens it). */
  const resume = (row: PageRow): void => {
    void openPage(row, true).then(() => {
      window.close();
    });
  };

  /**
   * The card preview's place in the row, filled once the page's full record and the settings
   * arrive: built with the stored privacy switches, so the preview is exactly what is sent.
   */
  const preview = (item: PageRow): HTMLElement => {
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
  };

  /**
   * Deletes a page with an undo window (here and in Graph once it has passed): its row turns into
   * "Deleted · Undo" in place, so nothing slides under the pointer, and focus stays on that row.
   */
  async function removeAt(index: number): Promise<void> {
    const item = view.shown[index];
    const row = list.children[index];
    if (!item || !(row instanceof HTMLElement) || row.classList.contains('deleted')) return;
    const hadFocus = list.contains(document.activeElement);
    try {
      const scheduled = await sendToWorker('schedule-deletion', {
        scope: { from: 0, to: Date.now(), appActivityIds: [item.appActivityId] },
        alsoTimeline: true,
      });
      showUndoRow(row, item.title, scheduled, () => {
        void view.refresh().then(() => focusRow(list, index));
      });
      view.dropUnfinished(item.appActivityId);
    } catch (error) {
      announcer.textContent = t('popup_delete_failed', [item.title, errorText(error)]);
      return;
    }
    announcer.textContent = t('popup_deleted', item.title);
    if (hadFocus) row.querySelector('button')?.focus();
  }

  const remove = (item: PageRow): void => {
    // By id: the shown row may be a newer copy (its time brought up to date since it was drawn).
    void removeAt(view.shown.findIndex((row) => row.appActivityId === item.appActivityId));
  };

  enableListKeyboard(list, search, (index) => void removeAt(index));

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  const searchNow = (): void => {
    void view.refresh().then((fresh) => {
      if (fresh && search.value !== '')
        announcer.textContent = tCount('popup_results', view.shown.length);
    });
  };
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(searchNow, 120);
  });
  // Typed before this module loaded: the first screen shows the recent pages, not this query.
  if (search.value !== '') searchNow();

  pause.setAttribute('aria-haspopup', 'menu');
  pause.addEventListener('click', () => {
    // Resuming is one click; pausing asks for how long.
    if (pause.getAttribute('aria-pressed') === 'true') {
      void sendToWorker('set-paused', { paused: false }).then((status) => {
        view.showStatus(status);
      });
      return;
    }
    if (document.querySelector('#pause-menu')) {
      document.querySelector('#pause-menu')?.remove();
      return;
    }
    openPauseMenu(pause, (until) => {
      void sendToWorker('set-paused', { paused: true, until }).then((status) => {
        view.showStatus(status);
      });
    });
  });

  view.syncLine.wireButton({
    syncNow: () => sendToWorker('sync-now', {}),
    // Sign-in runs in the options page: the popup closes as soon as it loses focus.
    signIn: () => void browser.runtime.openOptionsPage(),
    // Each pass first pulls from the other devices: pages read there, their time, pages deleted
    // there. Drawn now, not at the popup's next opening (the worker's note of the pass's end
    // brings the same; whichever comes first draws).
    synced: () => void view.followPass(),
  });
  requireElement('#open-history', HTMLButtonElement).addEventListener('click', () => {
    void browser.tabs.create({ url: browser.runtime.getURL(HISTORY_PAGE) }).then(() => {
      window.close();
    });
  });
  requireElement('#open-options', HTMLButtonElement).addEventListener('click', () => {
    void browser.runtime.openOptionsPage();
  });

  return { open, remove, preview, resume };
}
