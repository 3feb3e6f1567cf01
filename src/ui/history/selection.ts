import { t } from '../../i18n/i18n';

/**
 * The pages selected on the history page (by `appActivityId`: selecting a row selects every row
 * of its page), shown by the selection bar with its count and on each drawn row's checkbox.
 */
export class Selection {
  private readonly ids = new Set<string>();
  /** The search and filters the list was last loaded with, to see when they change. */
  private criteria = '';

  constructor(
    private readonly parts: { bar: HTMLElement; count: HTMLElement; list: HTMLElement },
  ) {}

  /** Whether the page is selected. */
  has(appActivityId: string): boolean {
    return this.ids.has(appActivityId);
  }

  /** The selected pages, in the order they were selected. */
  all(): string[] {
    return [...this.ids];
  }

  /** Selects or unselects a page; with no id (''), only redraws. */
  toggle(appActivityId: string, on: boolean): void {
    if (on) this.ids.add(appActivityId);
    else this.ids.delete(appActivityId);
    this.draw();
  }

  /**
   * Called as the list loads for `criteria` (its search and filters, as one string): a new search
   * or filter starts with nothing selected, as in mail and file managers, since rows it hides
   * would otherwise stay selected and "Delete selected" would delete them unseen. The same list
   * loaded again (after Undo) keeps the selection.
   */
  keepFor(criteria: string): void {
    if (criteria !== this.criteria) this.clear();
    this.criteria = criteria;
  }

  /** Unselects `appActivityIds` (all when not given). */
  clear(appActivityIds?: Iterable<string>): void {
    if (appActivityIds === undefined) this.ids.clear();
    else for (const id of appActivityIds) this.ids.delete(id);
    this.draw();
  }

  private draw(): void {
    this.parts.bar.hidden = this.ids.size === 0;
    this.parts.count.textContent = t('history_selected', String(this.ids.size));
    for (const element of this.parts.list.querySelectorAll<HTMLElement>('.row')) {
      const isSelected = this.ids.has(element.dataset.appActivityId ?? '');
      element.classList.toggle('selected', isSelected);
      const box = element.querySelector('input');
      if (box) box.checked = isSelected;
    }
  }
}
