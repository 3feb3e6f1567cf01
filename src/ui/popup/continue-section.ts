// The popup's "Continue reading" section: the pages left mid-read, folded to the first one behind
// "2 more" (continue-fold.ts), and the section hidden while it has none.
import type { PageRow } from '../../store/page-rows';
import { renderContinueReading } from '../continue-reading';
import { requireElement } from '../dom';
import { foldContinueReading } from './continue-fold';

/**
 * Draws "Continue reading" (`#continue-reading`, its list and its "2 more" toggle) in the popup's
 * document. Folding is wired here, not with the controls: it is how the section draws, and works
 * before they load. `resume` is what a row's button does; `locale` the catalog's tag.
 */
export class ContinueSection {
  private readonly section = requireElement('#continue-reading', HTMLElement);
  private readonly list = requireElement('#continue-list', HTMLUListElement);
  private readonly more = requireElement('#continue-more', HTMLButtonElement);
  /** "2 more" was pressed: the section shows all its pages until "Show fewer". */
  private expanded = false;

  constructor(
    private readonly locale: string,
    private readonly resume: (row: PageRow) => void,
  ) {
    this.more.addEventListener('click', () => {
      this.expanded = !this.expanded;
      this.fold();
    });
  }

  /** Shows `unfinished` (hidden when empty), folded as the user last left it. */
  show(unfinished: readonly PageRow[]): void {
    this.section.hidden = unfinished.length === 0;
    renderContinueReading(this.list, unfinished, this.resume, this.locale);
    this.fold();
  }

  /**
   * Takes a page out as soon as its deletion is scheduled, so the section never offers to resume
   * a page just deleted (it hides when it empties). Undo redraws the whole popup.
   */
  drop(appActivityId: string): void {
    for (const item of this.list.querySelectorAll<HTMLElement>('li.continue')) {
      if (item.dataset.appActivityId === appActivityId) item.remove();
    }
    this.section.hidden = this.list.childElementCount === 0;
    this.fold();
  }

  private fold(): void {
    foldContinueReading(this.list, this.more, this.expanded, this.locale);
  }
}
