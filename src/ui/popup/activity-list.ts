import type { ActivityListItem } from '../../messaging/contract';
import { formatDuration, formatWhen, siteLabel } from '../format';

export interface ActivityListHandlers {
  open: (item: ActivityListItem) => void;
  remove: (item: ActivityListItem) => void;
  /** The card Timeline shows for this page, built when the user asks to see it. */
  preview?: (item: ActivityListItem) => HTMLElement;
}

/**
 * Builds one row per read page. Page-derived text only ever goes through textContent and
 * attributes, never markup, so a hostile title stays text.
 */
export function renderActivityList(
  list: HTMLElement,
  items: readonly ActivityListItem[],
  handlers: ActivityListHandlers,
  now: number,
): void {
  const doc = list.ownerDocument;
  const rows = items.map((item) => {
    const { metadata } = item;
    const row = doc.createElement('li');
    row.className = 'activity';
    row.dataset.appActivityId = item.appActivityId;

    const icon = doc.createElement('img');
    icon.alt = '';
    icon.referrerPolicy = 'no-referrer';
    icon.src = metadata.faviconUrl ?? '/icons/icon-16.png';
    icon.addEventListener('error', () => (icon.src = '/icons/icon-16.png'), { once: true });

    const text = doc.createElement('div');
    text.className = 'text';
    const title = doc.createElement('a');
    title.className = 'title';
    title.href = metadata.url;
    title.textContent = metadata.title;
    title.title = metadata.title;
    title.addEventListener('click', (event) => {
      event.preventDefault();
      handlers.open(item);
    });
    const meta = doc.createElement('div');
    meta.className = 'meta';
    meta.textContent = [
      siteLabel(metadata.url, metadata.siteName),
      `${formatDuration(item.activeMs)} read`,
      formatWhen(item.lastActiveAt, now),
    ].join(' · ');
    text.append(title, meta);

    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'delete';
    remove.textContent = '✕';
    remove.title = 'Delete from your history';
    remove.setAttribute('aria-label', `Delete “${metadata.title}” from your history`);
    remove.addEventListener('click', () => {
      handlers.remove(item);
    });

    const controls: HTMLElement[] = [];
    const { preview } = handlers;
    if (preview) {
      const toggle = doc.createElement('button');
      toggle.type = 'button';
      toggle.className = 'toggle';
      toggle.textContent = '▸';
      toggle.title = 'Show the card published to your Timeline';
      toggle.setAttribute('aria-expanded', 'false');
      toggle.setAttribute('aria-label', `Show the Timeline card for “${metadata.title}”`);
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? '▾' : '▸';
        row.querySelector('.card-preview')?.remove();
        if (open) text.append(preview(item));
      });
      controls.push(toggle);
    }
    row.append(icon, text, ...controls, remove);
    return row;
  });
  list.replaceChildren(...rows);
}
