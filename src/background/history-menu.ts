import type { Browser } from 'webextension-polyfill';
import { t } from '../i18n/i18n';

/** The toolbar icon's context-menu entry that opens the history page. */
export const HISTORY_MENU_ID = 'open-history';
/** The history page, relative to the extension root (built from src/ui/history/index.html). */
export const HISTORY_PAGE = 'src/ui/history/index.html';

/**
 * Adds "All history" to the toolbar icon's context menu (`contextMenus`, the only permission it
 * needs; menus persist, so they are created on install and update only) and opens the page.
 * Call synchronously at the worker's top level.
 */
export function registerHistoryMenu(browser: Browser): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: HISTORY_MENU_ID,
      title: t('popup_all_history'),
      contexts: ['action'],
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === HISTORY_MENU_ID) {
      void browser.tabs.create({ url: browser.runtime.getURL(HISTORY_PAGE) });
    }
  });
}
