/**
 * The history list's keyboard and pointer focus (roving tabindex, WAI-ARIA APG "Keyboard
 * Navigation Inside Components"): navigation keys move the focused row (row-focus.ts), Enter opens
 * its page, Space selects it, Delete deletes the page, Shift+F10 or the context-menu key opens its
 * menu (as Tab and Enter on its ⋯ button do, row-actions.ts); Tab into the list lands on the row that had
 * focus; ArrowDown in the search box enters the list. With Alt, Ctrl or Meta a key is the
 * browser's. While a row has focus the list itself is out of the tab order, so Shift+Tab leaves
 * the list instead of landing on it (which hands focus back to the row: a keyboard trap); first it
 * reaches the row's day heading's "Delete day" (day-heading.ts), from which the arrows go back to
 * the rows, Delete asks to delete the day as a click does, and Tab returns to the row.
 */
import type { HistoryList } from './history-list';

/** What a key does to the focused row ('menu': opens its actions, row-actions.ts). */
export type RowKeyAction = 'open' | 'toggle' | 'delete' | 'menu';

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** The part of HistoryList the keys drive. */
export type KeyedList = Pick<
  HistoryList,
  'focus' | 'selection' | 'focusedRow' | 'open' | 'deletePages'
>;

/** Whether a modifier makes the key the browser's (Ctrl+F, Alt+Left…), never the list's. */
const modified = (press: KeyPress): boolean => press.altKey || press.ctrlKey || press.metaKey;

/** The action of `press` on the focused row, or null when it has none (see the file's comment). */
export function rowKeyAction(press: KeyPress): RowKeyAction | null {
  if (modified(press)) return null;
  switch (press.key) {
    case 'Enter':
      return 'open';
    case ' ':
      return 'toggle';
    case 'Delete':
      return 'delete';
    // The context-menu key and Shift+F10: the platforms' keys for an item's menu.
    case 'ContextMenu':
      return 'menu';
    case 'F10':
      return press.shiftKey ? 'menu' : null;
    default:
      return null;
  }
}

/** Wires the list element's keys, focus and clicks, and the search box's ArrowDown. */
export function wireListKeys(element: HTMLElement, search: HTMLElement, list: KeyedList): void {
  const { focus, selection } = list;
  element.addEventListener('keydown', (event) => {
    if (modified(event)) return;
    const heading = (event.target as Element).closest<HTMLElement>('.day');
    if (heading) {
      onHeadingKey(event, heading, focus);
      return;
    }
    const target = focus.target(event.key);
    if (target !== null) {
      event.preventDefault();
      focus.focus(target);
      return;
    }
    const row = list.focusedRow();
    const action = rowKeyAction(event);
    if (!row || action === null) return;
    event.preventDefault();
    if (action === 'menu') openMenu(event.target as Element);
    else if (action === 'open') list.open(row);
    else if (action === 'toggle') {
      selection.toggle(row.appActivityId, !selection.has(row.appActivityId));
    } else void list.deletePages([row.appActivityId]);
  });
  element.addEventListener('focus', () => {
    // The list itself takes focus from Tab; hand it to the row that had it, or the first.
    focus.focus(focus.rowAt(focus.index) ? focus.index : focus.nearestRow(0, 1));
  });
  // The list is the tab stop from outside; from one of its rows, Shift+Tab must pass it by.
  element.addEventListener('focusin', (event) => {
    if (event.target !== element) element.tabIndex = -1;
  });
  // Any focus outside the list makes it the tab stop again: a focused row removed from the page
  // (deleted, scrolled out of the virtual list) may leave without a focusout.
  element.ownerDocument.addEventListener('focusin', (event) => {
    if (!element.contains(event.target as Node)) element.tabIndex = 0;
  });
  element.addEventListener('focusout', (event) => {
    if (!element.contains(event.relatedTarget as Node | null)) element.tabIndex = 0;
  });
  element.addEventListener('click', (event) => {
    // The ⋯ button's menu has focus now; the row would take it back.
    if ((event.target as Element).closest('.row-actions')) return;
    const row = (event.target as Element).closest<HTMLElement>('.row');
    if (row?.dataset.index) focus.focus(Number(row.dataset.index));
  });
  // A right click on a row, or the context-menu key where it fires none of the keys above: the
  // row's menu rather than the browser's.
  element.addEventListener('contextmenu', (event) => {
    if (!(event.target as Element).closest('.row')) return;
    event.preventDefault();
    const open = element.ownerDocument.querySelector('.row-actions[aria-expanded="true"]');
    if (!open || !(event.target as Element).closest('.row')?.contains(open)) {
      openMenu(event.target as Element);
    }
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focus.focus(focus.nearestRow(0, 1));
    }
  });
}

/** Opens the menu of the row holding `target` (its ⋯ button's click). */
function openMenu(target: Element): void {
  target.closest('.row')?.querySelector<HTMLButtonElement>(':scope > .row-actions')?.click();
}

/**
 * A key on a day heading's "Delete day": ↓ to the day's first row, ↑ to the last row of the day
 * above, Home, End and the Page keys as from a row; Delete clicks it (asking to delete the day);
 * Enter and Space are the button's own.
 */
function onHeadingKey(event: KeyboardEvent, heading: HTMLElement, focus: KeyedList['focus']): void {
  if (event.key === 'Delete') {
    event.preventDefault();
    heading.querySelector('button')?.click();
    return;
  }
  const target = focus.target(event.key, Number(heading.dataset.index));
  if (target === null) return;
  event.preventDefault();
  if (target !== undefined && focus.rowAt(target)) focus.focus(target);
}
