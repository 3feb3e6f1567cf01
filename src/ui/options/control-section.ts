// "Your reading history": clear a range or site (with undo), export and import, and whether the browser keeps the
// history safe from eviction.
import browser from 'webextension-polyfill';
import { t } from '../../i18n/i18n';
import { openClearHistory } from '../control/clear-history';
import { requireElement } from '../dom';
import { initDataTransfer } from './data-transfer';
import { historyKeptSafe } from './storage-safety';

/**
 * Wires "Your reading history": clear with undo, export and import, and whether storage is
 * persistent.
 */
export function initControlSection(): void {
  const undo = requireElement('#control-undo', HTMLElement);
  requireElement('#clear-history', HTMLButtonElement).addEventListener('click', () => {
    void openClearHistory(document, undo);
  });
  initDataTransfer();
  void showStorageState(requireElement('#storage-state', HTMLElement));
}

/** Says whether the browser keeps the history from eviction (storage-safety.ts). */
async function showStorageState(line: HTMLElement): Promise<void> {
  const safe = await historyKeptSafe({
    persist: () => navigator.storage.persist(),
    unlimitedStorage: () => browser.permissions.contains({ permissions: ['unlimitedStorage'] }),
  });
  line.textContent = safe ? t('control_storage_persistent') : t('control_storage_best_effort');
}
