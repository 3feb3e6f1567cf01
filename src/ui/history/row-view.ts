import { t } from '../../i18n/i18n';
import { formatDuration, formatFullDate, siteLabel } from '../format';
import { siteIcon } from '../site-icon';
import { progressLabel } from '../continue-reading';
import { devicesLabel } from '../device-label';
import { setPageText } from '../dom';
import { fitCutEnds } from '../cut-text';
import type { DisplayRow, ListItem } from './days';

/** What a rendered row needs from the page: its locale and selection state. */
export interface RowContext {
  locale: string;
  selected: (appActivityId: string) => boolean;
  toggle: (appActivityId: string, selected: boolean) => void;
  open: (row: DisplayRow) => void;
  /** Search results show the date with the time; day-grouped rows only the time. */
  withDate: boolean;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeFormat(locale: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${String(withDate)}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      withDate ? { dateStyle: 'medium', timeStyle: 'short' } : { timeStyle: 'short' },
    );
    timeFormats.set(key, format);
  }
  return format;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Sunday, 29 November 2026" in the page's locale. */
export function formatDay(dayStart: number, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format)
    dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'full' })));
  return format.format(dayStart);
}

/**
 * One line of the list. Page-derived text goes through textContent and attributes only, so a
 * hostile title stays text. Day headings and rows are items of one list (a row holds a checkbox
 * and a link, so it cannot be a listbox option); the page moves focus between rows, and the
 * checkbox says whether a row is selected.
 */
export function renderItem(doc: Document, item: ListItem, context: RowContext): HTMLElement {
  if (item.kind === 'day') {
    const heading = doc.createElement('div');
    heading.className = 'day';
    heading.setAttribute('role', 'listitem');
    heading.dataset.dayStart = String(item.dayStart);
    if (item.activeMs !== null) heading.dataset.activeMs = String(item.activeMs);
    const name = doc.createElement('h2');
    name.textContent = formatDay(item.dayStart, context.locale);
    const total = doc.createElement('span');
    total.className = 'day-total';
    total.textContent =
      item.activeMs === null
        ? ''
        : t('history_day_total', formatDuration(item.activeMs, context.locale));
    heading.append(name, total);
    return heading;
  }
  const { row } = item;
  const element = doc.createElement('div');
  element.className = 'row';
  element.setAttribute('role', 'listitem');
  element.tabIndex = -1;
  element.dataset.appActivityId = row.appActivityId;
  element.dataset.key = row.key;
  element.dataset.activeMs = String(row.activeMs);
  const selected = context.selected(row.appActivityId);
  element.classList.toggle('selected', selected);

  const box = doc.createElement('input');
  box.type = 'checkbox';
  box.tabIndex = -1;
  box.checked = selected;
  box.setAttribute('aria-label', t('history_select_label', row.title));
  box.addEventListener('change', () => {
    context.toggle(row.appActivityId, box.checked);
  });

  const when = doc.createElement('time');
  when.dateTime = new Date(row.at).toISOString();
  when.title = formatFullDate(row.at, context.locale);
  when.textContent = timeFormat(context.locale, context.withDate).format(row.at);
  if (context.withDate) when.className = 'with-date';

  const text = doc.createElement('div');
  text.className = 'text';
  const title = doc.createElement('a');
  title.className = 'title';
  title.href = row.url;
  title.tabIndex = -1;
  setPageText(title, row.title);
  title.addEventListener('click', (event) => {
    event.preventDefault();
    context.open(row);
  });
  const site = doc.createElement('div');
  site.className = 'site';
  const label = siteLabel(row.url, row.siteName);
  const name = doc.createElement('span');
  setPageText(name, label);
  const rest = [progressLabel(row), devicesLabel(row)].filter((part) => part !== '');
  site.append(name, ...rest.map((part) => ` · ${part}`));
  text.append(title, site);
  fitCutEnds(text, [':scope > .title']);

  const duration = doc.createElement('span');
  duration.className = 'duration';
  duration.textContent = formatDuration(row.activeMs, context.locale);

  element.append(box, when, siteIcon(doc, label, row), text, duration);
  return element;
}
