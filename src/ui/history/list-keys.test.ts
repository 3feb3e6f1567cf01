// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import type { DisplayRow, ListItem } from './days';
import { rowKeyAction, wireListKeys, type KeyedList } from './list-keys';
import { RowFocus } from './row-focus';
import { Selection } from './selection';

// The history list's keys, as a keyboard user drives them: a real RowFocus and Selection over a
// drawn list of a day heading and three rows; opening and deleting are recorded.

const rows = ['a', 'b', 'c'].map((key) => ({ key, appActivityId: `page-${key}` }) as DisplayRow);
const ITEMS: ListItem[] = [
  { kind: 'day', dayStart: 0, activeMs: null },
  ...rows.map((row): ListItem => ({ kind: 'row', row })),
];

describe('rowKeyAction', () => {
  const press = (key: string, modifier?: 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey') => ({
    key,
    altKey: modifier === 'altKey',
    ctrlKey: modifier === 'ctrlKey',
    metaKey: modifier === 'metaKey',
    shiftKey: modifier === 'shiftKey',
  });

  it.each([
    ['Enter', 'open'],
    [' ', 'toggle'],
    ['Delete', 'delete'],
    ['a', null],
    ['Backspace', null],
    ['ContextMenu', 'menu'],
    ['F10', null],
  ])('%j: %s', (key, action) => {
    expect(rowKeyAction(press(key))).toBe(action);
  });

  it('opens the row’s menu with Shift+F10', () => {
    expect(rowKeyAction(press('F10', 'shiftKey'))).toBe('menu');
  });

  it.each(['altKey', 'ctrlKey', 'metaKey'] as const)('leaves a key with %s to the browser', (m) => {
    expect(rowKeyAction(press('Enter', m))).toBeNull();
  });
});

describe('wireListKeys', () => {
  let element: HTMLElement;
  let search: HTMLInputElement;
  let list: KeyedList;
  let opened: string[];
  let deleted: string[][];

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  beforeEach(() => {
    useCatalog('en');
    const make = (tag: string, id?: string): HTMLElement => {
      const el = document.createElement(tag);
      if (id !== undefined) el.id = id;
      return el;
    };
    search = make('input', 'search') as HTMLInputElement;
    element = make('ul', 'list');
    element.tabIndex = 0;
    const heading = make('li');
    heading.className = 'day';
    heading.dataset.index = '0';
    const deleteDay = make('button');
    deleteDay.addEventListener('click', () => deleted.push(['day']));
    heading.append(deleteDay);
    element.append(heading);
    rows.forEach((_, i) => {
      const li = make('li');
      li.className = 'row';
      li.dataset.index = String(i + 1);
      li.tabIndex = -1;
      element.append(li);
    });
    document.body.replaceChildren(search, element, make('div', 'bar'), make('span', 'count'));
    const rowElement = (i: number) => element.children[i] as HTMLElement | undefined;
    const focus = new RowFocus({
      length: ITEMS.length,
      item: (i) => ITEMS[i],
      reveal: rowElement,
      element: rowElement,
    });
    const selection = new Selection({
      bar: document.getElementById('bar') as HTMLElement,
      count: document.getElementById('count') as HTMLElement,
      list: element,
    });
    opened = [];
    deleted = [];
    list = {
      focus,
      selection,
      focusedRow: () => focus.rowAt(focus.index),
      open: (row) => opened.push(row.key),
      deletePages: (ids) => {
        deleted.push([...ids]);
        return Promise.resolve();
      },
    };
    wireListKeys(element, search, list);
  });

  const key = (target: HTMLElement, name: string, init: KeyboardEventInit = {}): boolean =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, cancelable: true, ...init }));

  it('enters the list on its first row from the search box or by Tab', () => {
    key(search, 'ArrowDown');
    expect(document.activeElement).toBe(element.children[1]);
    list.focus.index = 2;
    element.dispatchEvent(new FocusEvent('focus'));
    expect(document.activeElement).toBe(element.children[2]);
  });

  it('moves down past the day heading, opens with Enter, selects with Space, deletes with Delete', () => {
    key(search, 'ArrowDown');
    key(element, 'ArrowDown');
    expect(list.focusedRow()?.key).toBe('b');
    key(element, 'Enter');
    key(element, ' ');
    key(element, 'Delete');
    expect(opened).toEqual(['b']);
    expect(list.selection.all()).toEqual(['page-b']);
    expect(document.getElementById('count')?.textContent).toContain('1');
    expect(deleted).toEqual([['page-b']]);
    key(element, ' ');
    expect(list.selection.all()).toEqual([]);
  });

  it('does nothing with a modifier, and lets the key through', () => {
    key(search, 'ArrowDown');
    expect(key(element, 'Enter', { ctrlKey: true })).toBe(true);
    expect(key(element, 'ArrowDown', { altKey: true })).toBe(true);
    expect(opened).toEqual([]);
    expect(list.focusedRow()?.key).toBe('a');
  });

  it('leaves the tab order to its rows while one has focus, so Shift+Tab can leave the list', () => {
    key(search, 'ArrowDown');
    key(element, 'ArrowDown');
    // Shift+Tab from a row goes to the previous tab stop in the page: never the list itself,
    // whose focus would hand focus straight back to the row.
    expect(element.tabIndex).toBe(-1);
    expect(list.focus.index).toBe(2);
    search.focus();
    expect(element.tabIndex).toBe(0);
    element.focus();
    expect(document.activeElement).toBe(element.children[2]);
    expect(element.tabIndex).toBe(-1);
  });

  it('on a day heading’s Delete day: ↓ goes to the day’s first row, Delete asks as a click, Enter is the button’s', () => {
    const deleteDay = element.querySelector('.day button') as HTMLButtonElement;
    deleteDay.focus();
    // Enter and Space are the button's own: no row is opened or selected.
    expect(key(deleteDay, 'Enter', { bubbles: true })).toBe(true);
    expect(key(deleteDay, ' ', { bubbles: true })).toBe(true);
    expect(opened).toEqual([]);
    expect(list.selection.all()).toEqual([]);
    key(deleteDay, 'Delete', { bubbles: true });
    expect(deleted).toEqual([['day']]);
    // No row above the first day: ↑ stays.
    key(deleteDay, 'ArrowUp', { bubbles: true });
    expect(document.activeElement).toBe(deleteDay);
    key(deleteDay, 'ArrowDown', { bubbles: true });
    expect(list.focusedRow()?.key).toBe('a');
    deleteDay.focus();
    key(deleteDay, 'End', { bubbles: true });
    expect(list.focusedRow()?.key).toBe('c');
  });

  it('takes the clicked row as the focused one', () => {
    (element.children[3] as HTMLElement).click();
    expect(list.focusedRow()?.key).toBe('c');
  });
});
