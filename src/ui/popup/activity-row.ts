/**
 * One row of the popup's list (activity-list.ts places and navigates them): icon, title (a link),
 * "site · Read for 13 min · 2 hours ago", and the card and delete buttons. Page-derived text only
 * ever goes through textContent and attributes, never markup, so a hostile title stays text.
 */
import type { PageRow } from '../../store/page-rows';
import { t } from '../../i18n/i18n';
import { readFor } from './read-for';
import { formatAgo, formatFullDate, siteLabel } from '../format';
import { siteIcon } from '../site-icon';
import { devicesLabel } from '../device-label';
import { setPageText } from '../dom';
import { fitCutEnds } from '../cut-text';
import { fitMetaLine } from '../meta-line-fit';

/** What the popup's rows do: open, remove, resume a page, and build its card preview. */
export interface ActivityListHandlers {
  open: (item: PageRow) => void;
  remove: (item: PageRow) => void;
  /** The card Timeline shows for this page, built when the user asks to see it. */
  preview?: (item: PageRow) => HTMLElement;
}

/**
 * Fills a row's "site · Read for 13 min · 42% read · on Phone · 2 hours ago" line, one span a
 * part, so that on a line too short (German, a long site name, a device's name) fitMetaLine
 * (meta-line-fit.ts) gives way part by part, never cutting one in the middle: devices, then
 * progress are dropped whole, the site is cut (to 3 em), then "when" at the line's end. The site
 * is what tells two pages of the same title apart. `locale` is the catalog's tag.
 */
export function fillMeta(meta: HTMLElement, item: PageRow, now: number, locale?: string): void {
  const doc = meta.ownerDocument;
  const when = doc.createElement('time');
  when.dateTime = new Date(item.lastActiveAt).toISOString();
  when.title = formatFullDate(item.lastActiveAt, locale);
  when.textContent = formatAgo(item.lastActiveAt, now, locale);
  const site = doc.createElement('span');
  site.className = 'site';
  setPageText(site, siteLabel(item.url, item.siteName));
  // One text node a part ("·" and its words), what a Range over it measures.
  const part = (className: string, text: string): HTMLSpanElement => {
    const span = doc.createElement('span');
    span.className = className;
    span.textContent = ` · ${text}`;
    return span;
  };
  const extras = [rowProgress(item), devicesLabel(item)].filter((text) => text !== '');
  meta.replaceChildren(
    site,
    part('read', readFor(item, locale)),
    ...extras.map((text) => part('extra', text)),
    part('when', ''),
  );
  meta.lastElementChild?.append(when);
}

/**
 * The progress after the time read: "20% read", in German "bis 20 %" ("2 Min. gelesen · bis
 * 20 %", never "gelesen" twice); '' when no position is known.
 */
function rowProgress(item: Pick<PageRow, 'progress' | 'finished'>): string {
  if (item.finished) return t('popup_row_finished');
  return item.progress === undefined ? '' : t('popup_row_progress', String(item.progress));
}

/** A new row for `item`, every control out of the tab order (the list picks its tab stop). */
export function activityRow(
  doc: Document,
  item: PageRow,
  handlers: ActivityListHandlers,
  now: number,
  locale?: string,
): HTMLLIElement {
  const metadata = item;
  const site = siteLabel(metadata.url, metadata.siteName);
  const row = doc.createElement('li');
  row.className = 'activity';
  row.dataset.appActivityId = item.appActivityId;

  const text = doc.createElement('div');
  text.className = 'text';
  const title = doc.createElement('a');
  title.className = 'title';
  title.href = metadata.url;
  setPageText(title, metadata.title);
  title.tabIndex = -1;
  title.addEventListener('click', (event) => {
    event.preventDefault();
    handlers.open(item);
  });
  const meta = doc.createElement('div');
  meta.className = 'meta meta-line';
  fillMeta(meta, item, now, locale);
  text.append(title, meta);
  // The title's "…" on its last letter; the info line fitted part by part (meta-line-fit.ts).
  fitCutEnds(text, [':scope > .title'], () => {
    fitMetaLine(meta);
  });

  const remove = iconButton(doc, 'delete', '✕', t('popup_delete_title'));
  remove.setAttribute('aria-label', t('popup_delete_label', metadata.title));
  remove.addEventListener('click', () => {
    handlers.remove(item);
  });

  const controls: HTMLElement[] = [];
  const { preview } = handlers;
  if (preview) {
    const toggle = iconButton(doc, 'toggle', '▸', t('popup_card_title'));
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-label', t('popup_card_label', metadata.title));
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      // One glyph, turned by popup.css when open: ▾ is drawn larger than ▸ in most fonts.
      toggle.setAttribute('aria-expanded', String(open));
      row.querySelector('.card-preview')?.remove();
      // After the row's buttons: the next Tab stop after the toggle, drawn full width below.
      if (open) row.append(preview(item));
    });
    controls.push(toggle);
  }
  // Delete before the card toggle: popup.css lays it over the row's end, left of the toggle, and
  // Tab follows what the eye reads (WCAG 2.4.3 Focus Order).
  row.append(siteIcon(doc, site, metadata), text, remove, ...controls);
  return row;
}

/** A row's icon button, out of the tab order until its row is the list's tab stop. */
function iconButton(
  doc: Document,
  kind: string,
  glyph: string,
  tooltip: string,
): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = `${kind} icon-button`;
  // The glyph in its own box, which CSS can turn; the name comes from aria-label.
  const mark = doc.createElement('span');
  mark.className = 'glyph';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = glyph;
  button.append(mark);
  button.tabIndex = -1;
  button.title = tooltip;
  return button;
}
