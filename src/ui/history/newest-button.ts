import { formInput } from '../dom';
import { newestWanted } from './list-filters';
import type { VirtualList } from './virtual-list';

/**
 * The history page's "Newest" button: shown while the list is away from its newest rows (a date
 * to jump to typed in the filters, or scrolled a screen or more down; newestWanted), it clears
 * the date, scrolls to the top, puts focus on the list and reloads it. It floats over the list's
 * top, so the list keeps the rows it reveals below it (`covered`): focus never lands under it.
 */
export function mountNewestButton(parts: {
  button: HTMLButtonElement;
  /** The filters form, whose `jump` field holds the date jumped to. */
  filters: HTMLFormElement;
  scroller: HTMLElement;
  /** The drawn list: where it is scrolled, whether in its own box or with the page. */
  view: Pick<VirtualList, 'scrolled' | 'scrollToTop' | 'covered'>;
  list: HTMLElement;
  reload: () => void;
}): void {
  const { button, filters, scroller, view, list } = parts;
  const show = (): void => {
    const jump = formInput(filters, 'jump').value;
    const { offset, height } = view.scrolled();
    button.hidden = !newestWanted(jump, offset, height);
  };
  scroller.addEventListener('scroll', show, { passive: true });
  // A short window scrolls the page rather than the list's box (history.css).
  addEventListener('scroll', show, { passive: true });
  filters.addEventListener('input', show);
  filters.addEventListener('change', show);
  // Asked as the list scrolls a row into view: shown or hidden for where the list is now.
  view.covered = () => {
    show();
    return button.hidden ? -Infinity : button.getBoundingClientRect().bottom + 4;
  };
  button.addEventListener('click', () => {
    formInput(filters, 'jump').value = '';
    view.scrollToTop();
    show();
    // Focus was on the button, now hidden: the list is where the reader goes on.
    list.focus();
    parts.reload();
  });
  show();
}
