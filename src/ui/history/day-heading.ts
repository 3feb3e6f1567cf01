import { t } from '../../i18n/i18n';
import { formatDuration } from '../format';
import { outlineIcon } from '../outline-icon';
import type { DayTotal } from './days';

/** What a day heading needs from the page: its locale, the current day, and "Delete day". */
export interface DayContext {
  locale: string;
  /** The local day start of the row holding the list's focus, if any: its "Delete day" is a tab stop. */
  currentDay: number | undefined;
  deleteDay: (dayStart: number) => void;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "Sunday, 29 November 2026" in the page's locale; `short`: "Sun, 29 Nov 2026", for a window
 * under 400 px (400 % zoom), where the full name left "Thursday, Decemb…" beside the day's total.
 */
export function formatDay(dayStart: number, locale: string, short = false): string {
  const key = `${locale}|${String(short)}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      short
        ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
        : { dateStyle: 'full' },
    );
    dayFormats.set(key, format);
  }
  return format.format(dayStart);
}

/** "1 hr 46 min read" under a day heading; empty until the day's total is known. */
export function dayTotalText(activeMs: number | null, locale: string): string {
  return activeMs === null ? '' : t('history_day_total', formatDuration(activeMs, locale));
}

/**
 * A day heading of the list: the date, a quiet "Delete day" (a bin icon in a narrow window,
 * history.css), and the day's total ("57 sec read"; "57 sec" in a narrow window). To a screen reader it is a list item holding the
 * button alone, named with its day ("Delete day: Tuesday, 1 December 2026", the visible words
 * first, WCAG 2.5.3): the date and total are heard in the day's first row (row-view.ts), not twice.
 * Its button is a tab stop only on the current day (Shift+Tab from a row reaches it, roving
 * tabindex as the rows', list-keys.ts).
 */
export function renderDayHeading(doc: Document, item: DayTotal, context: DayContext): HTMLElement {
  const heading = doc.createElement('div');
  heading.className = 'day';
  heading.setAttribute('role', 'listitem');
  heading.dataset.dayStart = String(item.dayStart);
  if (item.activeMs !== null) heading.dataset.activeMs = String(item.activeMs);
  const day = formatDay(item.dayStart, context.locale);
  const name = doc.createElement('h2');
  name.setAttribute('aria-hidden', 'true');
  name.textContent = day;
  // Shown instead of the full name in a narrow window (history.css).
  const short = doc.createElement('span');
  short.className = 'day-short';
  short.setAttribute('aria-hidden', 'true');
  short.textContent = formatDay(item.dayStart, context.locale, true);
  const action = doc.createElement('button');
  action.type = 'button';
  action.className = 'day-delete';
  const words = doc.createElement('span');
  words.className = 'day-delete-text';
  words.textContent = t('history_delete_day');
  action.append(words, binIcon(doc));
  // The icon's words, when it is drawn alone (a narrow window).
  action.title = t('history_delete_day');
  action.setAttribute('aria-label', t('history_delete_day_label', day));
  action.addEventListener('click', () => {
    context.deleteDay(item.dayStart);
  });
  const total = doc.createElement('span');
  total.className = 'day-total';
  total.setAttribute('aria-hidden', 'true');
  const long = doc.createElement('span');
  long.className = 'total-long';
  long.textContent = dayTotalText(item.activeMs, context.locale);
  // Over the rows' times read, "read" goes without saying where the room is short.
  const shortTotal = doc.createElement('span');
  shortTotal.className = 'total-short';
  shortTotal.textContent =
    item.activeMs === null ? '' : formatDuration(item.activeMs, context.locale);
  total.append(long, shortTotal);
  heading.append(name, short, action, total);
  markCurrent(heading, item.dayStart === context.currentDay);
  watchDate(heading);
  return heading;
}

/** Watches the drawn headings' widths (one observer for all; none without layout: jsdom). */
let dateWatch: ResizeObserver | undefined;

/**
 * Gives a heading its short date ("Do., 26. Nov. 2026") while the full one would be cut: German
 * at 420 px ("Donnerstag, 26. November 2026" beside "1 Std. 48 Min." and the bin) lost its year.
 * Measured, not a width in CSS: English keeps its full date there. Under 400 px the short date is
 * always shown (history.css).
 */
function watchDate(heading: HTMLElement): void {
  if (typeof ResizeObserver === 'undefined') return;
  dateWatch ??= new ResizeObserver((entries) => {
    for (const { target } of entries) {
      if (!target.isConnected) dateWatch?.unobserve(target);
      else if (target instanceof HTMLElement) fitDate(target);
    }
  });
  dateWatch.observe(heading);
}

/** Shows the full date if it fits whole, else the short one (class `date-cut`, history.css). */
function fitDate(heading: HTMLElement): void {
  heading.classList.remove('date-cut');
  const name = heading.querySelector('h2');
  if (!name || name.offsetWidth === 0) return;
  // The text's own width, not scrollWidth: that is rounded up, and said "cut" of a date that fit.
  const range = heading.ownerDocument.createRange();
  range.selectNodeContents(name);
  const cut = range.getBoundingClientRect().width > name.getBoundingClientRect().width + 0.5;
  heading.classList.toggle('date-cut', cut);
}

/** Makes a drawn heading the current day's (its "Delete day" a tab stop, shown) or not. */
export function markCurrent(heading: HTMLElement, current: boolean): void {
  heading.classList.toggle('current', current);
  const action = heading.querySelector<HTMLButtonElement>('.day-delete');
  if (action) action.tabIndex = current ? 0 : -1;
}

/** Marks the drawn headings of `list`: the one of `day` current (see `markCurrent`), no other. */
export function markCurrentDay(list: HTMLElement, day: number | undefined): void {
  for (const heading of list.querySelectorAll<HTMLElement>('.day')) {
    markCurrent(heading, Number(heading.dataset.dayStart) === day);
  }
}

/** A bin outline in the text colour, 16 px: "Delete day" where its words have no room. */
function binIcon(doc: Document): SVGSVGElement {
  // Lid, handle, can, and two ribs.
  return outlineIcon(doc, 'day-delete-icon', 16, [
    ['path', { d: 'M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.7 6.5v4.5M9.3 6.5v4.5' }],
  ]);
}
