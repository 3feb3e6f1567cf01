import type { DisplayRow, ListItem } from './days';

/** What RowFocus needs of the list: its items, and their elements once drawn. */
export interface FocusableList {
  readonly length: number;
  item(index: number): ListItem | undefined;
  /** Scrolls the item into view and returns its element. */
  reveal(index: number): HTMLElement | undefined;
  element(index: number): HTMLElement | undefined;
}

/**
 * The one focusable row of the history list (roving tabindex, WAI-ARIA APG "Keyboard Navigation
 * Inside Components"): which item has it, moving it by key while skipping day headings, and where it
 * lands after rows are removed.
 */
export class RowFocus {
  /** Item index of the focusable row; -1 before any row had focus. */
  index = -1;

  /** `moved` runs each time focus moves to a row (the day headings show which day it is in). */
  constructor(
    private readonly list: FocusableList,
    private readonly moved: () => void = () => undefined,
  ) {}

  /** The row at an item index; undefined for a day heading or past the end. */
  rowAt(index: number): DisplayRow | undefined {
    const item = this.list.item(index);
    return item?.kind === 'row' ? item.row : undefined;
  }

  /** The day heading over the item at `index`: the nearest heading at or before it. */
  headingOf(index: number): number | undefined {
    for (let i = index; i >= 0; i--) if (this.list.item(i)?.kind === 'day') return i;
    return undefined;
  }

  /** The first row item at or after `from` going in `step` (±1), skipping day headings. */
  nearestRow(from: number, step: 1 | -1): number | undefined {
    for (let i = from; i >= 0 && i < this.list.length; i += step) {
      if (this.list.item(i)?.kind === 'row') return i;
    }
    return undefined;
  }

  /** The item index showing `row` (the same object), or undefined. */
  indexOf(row: DisplayRow | undefined): number | undefined {
    if (row === undefined) return undefined;
    for (let i = 0; i < this.list.length; i++) {
      const item = this.list.item(i);
      if (item?.kind === 'row' && item.row === row) return i;
    }
    return undefined;
  }

  /**
   * Where a navigation key moves focus from the current row, or from item `from` (arrows one row,
   * Page keys ten, Home and End the ends); null for any other key.
   */
  target(key: string, from = this.index): number | undefined | null {
    const index = from;
    const last = this.list.length - 1;
    switch (key) {
      case 'ArrowDown':
        return this.nearestRow(index + 1, 1) ?? index;
      case 'ArrowUp':
        return this.nearestRow(index - 1, -1) ?? index;
      case 'Home':
        return this.nearestRow(0, 1);
      case 'End':
        return this.nearestRow(last, -1);
      case 'PageDown':
        return this.nearestRow(Math.min(last, index + 10), 1);
      case 'PageUp':
        // Near the top the item ten up may be the first day heading: then the first row.
        return this.nearestRow(Math.max(0, index - 10), -1) ?? this.nearestRow(0, 1);
      default:
        return null;
    }
  }

  /** Moves the tab stop to `index` and focuses it (scrolled into view); undefined: no move. */
  focus(index: number | undefined): void {
    if (index === undefined) return;
    const previous = this.list.element(this.index);
    if (previous) setTabStop(previous, false);
    this.index = index;
    const element = this.list.reveal(index);
    if (element) {
      setTabStop(element, true);
      element.focus();
    }
    this.moved();
  }
}
/**
 * Makes a drawn row the list's tab stop or not; its actions button (row-view.ts) with it, so Tab
 * from the focused row reaches its menu and Tab again leaves the list.
 */
export function setTabStop(element: HTMLElement, on: boolean): void {
  element.tabIndex = on ? 0 : -1;
  const actions = element.querySelector<HTMLElement>(':scope > .row-actions');
  if (actions) actions.tabIndex = on ? 0 : -1;
}

/** The keys of the nearest rows kept after and before the focused one, when `gone` is deleted. */
export function keptNeighbours(
  rows: readonly DisplayRow[],
  gone: ReadonlySet<string>,
  focusedKey: string | undefined,
): { after?: string; before?: string } {
  const position = rows.findIndex((row) => row.key === focusedKey);
  const kept = (row: DisplayRow) => !gone.has(row.appActivityId);
  return {
    after: rows.slice(position + 1).find(kept)?.key,
    before: rows.slice(0, Math.max(0, position)).reverse().find(kept)?.key,
  };
}
