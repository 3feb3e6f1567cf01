import { t } from '../../i18n/i18n';
import { formatDuration, formatFullDate, siteLabel } from '../format';
import { dayTotalText, formatDay, renderDayHeading, type DayContext } from './day-heading';
import { siteIcon } from '../site-icon';
import { progressLabel } from '../continue-reading';
import { devicesLabel } from '../device-label';
import { setMarkedPageText, setPageText } from '../dom';
import { fitCutEnds } from '../cut-text';
import type { DisplayRow, ListItem } from './days';

/** What a rendered row needs from the page: its locale and selection state (and its day's). */
export interface RowContext extends DayContext {
  locale: string;
  selected: (appActivityId: string) => boolean;
  toggle: (appActivityId: string, selected: boolean) => void;
  open: (row: DisplayRow) => void;
  /** Search results show the date with the time; day-grouped rows only the time. */
  withDate: boolean;
  /** The search the rows answer, its matches marked in titles; '' for the day list. */
  query: string;
  /** Opens the row's menu under its ⋯ button (row-actions.ts), focus on its first or last item. */
  menu: (row: DisplayRow, opener: HTMLElement, start?: 'first' | 'last') => void;
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

/**
 * One line of the list. Page-derived text goes through textContent and attributes only, so a
 * hostile title stays text. Rows are the list's items (a row holds a checkbox and a link, so it
 * cannot be a listbox option); the page moves focus between rows, and the checkbox says whether a
 * row is selected. A day heading is drawn between them (day-heading.ts); to a screen reader it is
 * an item holding only its "Delete day", and the first row of each day carries the heading itself,
 * visually hidden, for heading navigation and to say the day when the arrows cross into it.
 */
export function renderItem(doc: Document, item: ListItem, context: RowContext): HTMLElement {
  if (item.kind === 'day') return renderDayHeading(doc, item, context);
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
  setMarkedPageText(title, row.title, context.query);
  // The whole title on hover: narrow windows cut it to a few words (an attribute: text only).
  title.title = row.title;
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
  // Under 520 px the time moves here ("14:05 · ZEIT ONLINE") and its column goes (history.css),
  // giving the title the room; only one of the two is ever displayed, so it is heard once.
  const metaTime = doc.createElement('span');
  metaTime.className = 'meta-time';
  metaTime.textContent = `${when.textContent} · `;
  site.append(metaTime, name, ...rest.map((part) => ` · ${part}`));
  text.append(title, site);
  fitCutEnds(text, [':scope > .title']);

  const duration = doc.createElement('span');
  duration.className = 'duration';
  const shown = formatDuration(row.activeMs, context.locale);
  // Heard as "Read for 10 sec", not a bare "10 sec" that only the column's place explains.
  const seen = doc.createElement('span');
  seen.setAttribute('aria-hidden', 'true');
  seen.textContent = shown;
  const heard = doc.createElement('span');
  heard.className = 'visually-hidden';
  heard.textContent = t('popup_read_for', shown);
  duration.append(seen, heard);

  element.append(
    box,
    when,
    siteIcon(doc, label, row),
    text,
    duration,
    actionsButton(doc, row, context),
  );
  if (item.day) element.prepend(hiddenDayHeading(doc, item.day, context.locale));
  return element;
}

/**
 * The row's ⋯ button, opening its menu (a menu button, WAI-ARIA APG): a tab stop only on the
 * list's focused row (row-focus.ts `setTabStop`), so Tab from the row reaches it. Enter, Space and
 * ↓ open the menu on its first item, ↑ on its last; the list's own keys (Enter opens the page) do
 * not see them. Named with the page's title, its visible tooltip's words first.
 */
function actionsButton(doc: Document, row: DisplayRow, context: RowContext): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'row-actions';
  button.tabIndex = -1;
  button.textContent = '⋯';
  button.title = t('history_row_actions');
  button.setAttribute('aria-label', t('history_row_actions_label', row.title));
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => {
    context.menu(row, button);
  });
  button.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      context.menu(row, button, event.key === 'ArrowDown' ? 'first' : 'last');
    }
  });
  return button;
}

/** The day's heading for screen readers, inside the day's first row: "Wednesday, 2 December 2026, 1 hr 46 min read". */
function hiddenDayHeading(
  doc: Document,
  day: { dayStart: number; activeMs: number | null },
  locale: string,
): HTMLElement {
  const heading = doc.createElement('h2');
  heading.className = 'visually-hidden';
  const total = dayTotalText(day.activeMs, locale);
  const name = formatDay(day.dayStart, locale);
  heading.textContent = total === '' ? name : `${name}, ${total}`;
  return heading;
}
