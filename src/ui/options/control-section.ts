// "Your reading history": clear a range or site (with undo), export and import, and whether the browser keeps the
// history safe from eviction.
import { t } from '../../i18n/i18n';
import { openClearHistory } from '../control/clear-history';
import { requireElement } from '../dom';
import { initDataTransfer } from './data-transfer';

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

/**
 * The manifest's `unlimitedStorage` keeps the extension's IndexedDB out of the browser's eviction
 * and quota; `persist()` asks for the same guarantee through the web API and says whether it holds.
 */
async function showStorageState(line: HTMLElement): Promise<void> {
  const persisted = await navigator.storage.persist().catch(() => false);
  line.textContent = persisted ? t('control_storage_persistent') : t('control_storage_best_effort');
}
