// Popup entry: wires the search box, pause button and list to the worker.
import browser from 'webextension-polyfill';
import { sendToWorker } from '../../messaging/client';
import type { ActivityListItem, SyncOverview } from '../../messaging/contract';
import { requireElement } from '../dom';
import { renderActivityList } from './activity-list';
import { renderCardPreview } from './card-preview';
import { describeSync } from './sync-line';

const list = requireElement('#activities', HTMLUListElement);
const search = requireElement('#search', HTMLInputElement);
const statusLine = requireElement('#status', HTMLElement);
const empty = requireElement('#empty', HTMLElement);
const pause = requireElement('#pause', HTMLButtonElement);
const optionsButton = requireElement('#open-options', HTMLButtonElement);
const footer = requireElement('footer', HTMLElement);
const syncStatus = requireElement('#sync-status', HTMLElement);
const syncAction = requireElement('#sync-action', HTMLButtonElement);

let searchTimer: ReturnType<typeof setTimeout> | undefined;

async function refresh(): Promise<void> {
  try {
    const [items, status] = await Promise.all([
      sendToWorker('list-activities', { query: search.value, limit: 500 }),
      sendToWorker('get-status', {}),
    ]);
    show(items, status.paused);
    showSync(status.sync);
  } catch (error) {
    statusLine.textContent = `Could not load your history: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function show(items: ActivityListItem[], paused: boolean): void {
  renderActivityList(list, items, { open, remove, preview }, Date.now());
  empty.hidden = items.length > 0 || search.value !== '';
  pause.setAttribute('aria-pressed', String(paused));
  pause.textContent = paused ? 'Resume' : 'Pause';
  statusLine.textContent = paused
    ? 'Paused: nothing is being recorded.'
    : search.value !== '' && items.length === 0
      ? 'No page matches your search.'
      : '';
}

function showSync(sync: SyncOverview): void {
  const line = describeSync(sync, Date.now());
  syncStatus.textContent = line.text;
  footer.classList.toggle('warn', line.warn);
  syncAction.textContent = line.action === 'sign-in' ? 'Sign in' : 'Sync now';
  syncAction.dataset.action = line.action;
}

function open(item: ActivityListItem): void {
  void browser.tabs.create({ url: item.metadata.url }).then(() => {
    window.close();
  });
}

function preview(item: ActivityListItem): HTMLElement {
  return renderCardPreview(item, (url) => {
    void browser.tabs.create({ url }).then(() => {
      window.close();
    });
  });
}

function remove(item: ActivityListItem): void {
  void sendToWorker('delete-activity', { appActivityId: item.appActivityId }).then(refresh);
}

search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void refresh(), 120);
});
pause.addEventListener('click', () => {
  const paused = pause.getAttribute('aria-pressed') !== 'true';
  void sendToWorker('set-paused', { paused }).then(refresh);
});
syncAction.addEventListener('click', () => {
  if (syncAction.dataset.action === 'sign-in') {
    // Sign-in runs in the options page: the popup closes as soon as it loses focus.
    void browser.runtime.openOptionsPage();
    return;
  }
  syncAction.disabled = true;
  syncStatus.textContent = 'Syncing…';
  void sendToWorker('sync-now', {})
    .then(showSync)
    .catch((error: unknown) => {
      syncStatus.textContent = `Sync failed: ${error instanceof Error ? error.message : String(error)}`;
    })
    .finally(() => {
      syncAction.disabled = false;
    });
});
optionsButton.addEventListener('click', () => {
  void browser.runtime.openOptionsPage();
});

void refresh();
