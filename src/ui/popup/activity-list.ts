import type { PageRow } from '../../store/page-rows';
import { setMarkedPageText } from '../dom';
import { refitCutEnds } from '../cut-text';
import { activityRow, fillMeta, type ActivityListHandlers } from './activity-row';

export type { ActivityListHandlers };

/**
 * Builds one row per read page: icon, title (a link), "site · Read for 13 min · 2 hours ago", and
 * the card and delete buttons. Page-derived text only ever goes through textContent and
 * attributes, never markup, so a hostile title stays text. `locale` is the catalog's language tag.
 * The first row becomes the list's tab stop (see `enableListKeyboard`).
 */
export function renderActivityList(
  list: HTMLElement,
  items: readonly PageRow[],
  handlers: ActivityListHandlers,
  now: number,
  locale?: string,
): void {
  const rows = items.map((item) => activityRow(list.ownerDocument, item, handlers, now, locale));
  // Every control starts out of the tab order; the first row becomes the list's tab stop.
  list.replaceChildren(...rows);
  activeRows.delete(list);
  setActiveRow(list, list.firstElementChild);
}

/**
 * Marks what `query` matched in the rows' titles (`<mark>`, from text nodes) and, while it is set,
 * lets a title take two lines (popup.css `.searching`), so the match stays in view.
 */
export function markTitles(list: HTMLElement, query: string): void {
  list.classList.toggle('searching', query.trim() !== '');
  for (const title of list.querySelectorAll<HTMLElement>('.activity .title')) {
    setMarkedPageText(title, title.textContent, query);
  }
}

/**
 * Adds rows below those shown (the rest of a list whose first screen was drawn first), out of the
 * tab order: the list's tab stop stays where it is.
 */
export function appendActivityRows(
  list: HTMLElement,
  items: readonly PageRow[],
  handlers: ActivityListHandlers,
  now: number,
  locale?: string,
): void {
  list.append(...items.map((item) => activityRow(list.ownerDocument, item, handlers, now, locale)));
  if (!activeRows.get(list)) setActiveRow(list, list.firstElementChild);
}

/**
 * Adds rows above those shown (the page being read, found once it said its pending input). While
 * focus is in the list its tab stop stays on the focused row, so nothing moves under the keyboard;
 * otherwise the new first row becomes the tab stop, as in a list drawn whole.
 */
export function prependActivityRows(
  list: HTMLElement,
  items: readonly PageRow[],
  handlers: ActivityListHandlers,
  now: number,
  locale?: string,
): void {
  if (items.length === 0) return;
  list.prepend(
    ...items.map((item) => activityRow(list.ownerDocument, item, handlers, now, locale)),
  );
  if (!activeRows.get(list) || !list.contains(list.ownerDocument.activeElement)) {
    setActiveRow(list, list.firstElementChild);
  }
}

/**
 * Redraws the "site · Read for 13 min · 2 hours ago" line of each row of `items` on screen (by
 * `appActivityId`), leaving the rows, their controls and focus in place: for times that moved
 * once the page being read said its pending input.
 */
export function updateActivityMeta(
  list: HTMLElement,
  items: readonly PageRow[],
  now: number,
  locale?: string,
): void {
  const byId = new Map(items.map((item) => [item.appActivityId, item]));
  for (const row of list.querySelectorAll<HTMLElement>(':scope > .activity')) {
    const item = byId.get(row.dataset.appActivityId ?? '');
    const meta = row.querySelector<HTMLElement>('.meta');
    if (item && meta) {
      fillMeta(meta, item, now, locale);
      // New parts, same width: the resize observer would not fit them (meta-line-fit.ts).
      if (meta.parentElement) refitCutEnds(meta.parentElement);
    }
  }
}

const FOCUSABLE = 'a, button, [tabindex]';

/**
 * Roving tab stop: only the active row's controls are in the tab order, so Tab leaves the list
 * in one step while arrow keys move between rows.
 */
function setActiveRow(list: HTMLElement, row: Element | null): void {
  const previous = activeRows.get(list);
  if (previous && previous !== row) {
    for (const element of previous.querySelectorAll<HTMLElement>(FOCUSABLE)) element.tabIndex = -1;
  }
  if (row) for (const element of row.querySelectorAll<HTMLElement>(FOCUSABLE)) element.tabIndex = 0;
  activeRows.set(list, row);
}

const activeRows = new WeakMap<HTMLElement, Element | null>();

/** Puts focus on the title of row `index` (clamped to the list), or returns false if empty. */
export function focusRow(list: HTMLElement, index: number): boolean {
  const rows = list.children;
  const row = rows[Math.max(0, Math.min(index, rows.length - 1))];
  const title = row?.querySelector<HTMLElement>('.title');
  if (!row || !title) return false;
  setActiveRow(list, row);
  title.focus();
  return true;
}

/** The index of the row holding `element`, or -1. */
export function rowIndexOf(list: HTMLElement, element: Element | null): number {
  const row = element?.closest('.activity');
  return row && row.parentElement === list ? [...list.children].indexOf(row) : -1;
}

/**
 * Keyboard for the list: ↑/↓ move between rows (↑ on the first row returns to `search`), Home/End
 * jump, Enter opens (the title is a link), Delete (or Backspace on a Mac keyboard) deletes the
 * row with focus through `onDelete`. Wire once; it reads rows at key time.
 */
export function enableListKeyboard(
  list: HTMLElement,
  search: HTMLElement,
  onDelete: (index: number) => void,
): void {
  list.addEventListener('focusin', (event) => {
    const row = (event.target as Element).closest('.activity');
    if (row) setActiveRow(list, row);
  });
  list.addEventListener('keydown', (event) => {
    const index = rowIndexOf(list, event.target as Element);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = list.children.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(index + 1, last),
      ArrowUp: index - 1,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      if (target < 0) search.focus();
      else focusRow(list, target);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onDelete(index);
    }
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && focusRow(list, 0)) event.preventDefault();
  });
}
