import { formInput } from '../dom';
import { newestWanted } from './list-filters';

/**
 * The history page's "Newest" button: shown while the list is away from its newest rows (a date
 * to jump to typed in the filters, or scrolled a screen or more down; newestWanted), it clears
 * the date, scrolls to the top, puts focus on the list and reloads it.
 */
export function mountNewestButton(parts: {
  button: HTMLButtonElement;
  /** The filters form, whose `jump` field holds the date jumped to. */
  filters: HTMLFormElement;
  scroller: HTMLElement;
  list: HTMLElement;
  reload: () => void;
}): void {
  const { button, filters, scroller, list } = parts;
  const show = (): void => {
    const jump = formInput(filters, 'jump').value;
    button.hidden = !newestWanted(jump, scroller.scrollTop, scroller.clientHeight);
  };
  scroller.addEventListener('scroll', show, { passive: true });
  filters.addEventListener('input', show);
  filters.addEventListener('change', show);
  button.addEventListener('click', () => {
    formInput(filters, 'jump').value = '';
    scroller.scrollTop = 0;
    show();
    // Focus was on the button, now hidden: the list is where the reader goes on.
    list.focus();
    parts.reload();
  });
  show();
}
