// "Continue reading" in the popup, folded to its first page: three rows with bars took 230 of the
// popup's 580 px and left room for three rows of what was read (review 22, P9).
import { t } from '../../i18n/i18n';

/** Pages "Continue reading" shows while folded. */
export const FOLDED_CONTINUE_ROWS = 1;

/**
 * Folds the rows of `list` (renderContinueReading's) to the first FOLDED_CONTINUE_ROWS, the rest
 * behind `toggle` ("2 more", then "Show fewer"; aria-expanded says which). Call it after each
 * drawing of the list and after a row leaves it; `expanded` keeps the user's choice across
 * redraws; `locale` is the catalog's tag. The toggle hides when there is nothing to fold.
 */
export function foldContinueReading(
  list: HTMLElement,
  toggle: HTMLButtonElement,
  expanded: boolean,
  locale?: string,
): void {
  const rows = [...list.children].filter((row): row is HTMLElement => row instanceof HTMLElement);
  const hidden = rows.length - FOLDED_CONTINUE_ROWS;
  rows.forEach((row, index) => {
    row.hidden = !expanded && index >= FOLDED_CONTINUE_ROWS;
  });
  toggle.hidden = hidden <= 0;
  toggle.setAttribute('aria-expanded', String(expanded && hidden > 0));
  toggle.textContent = expanded
    ? t('popup_continue_fewer')
    : t('popup_continue_more', new Intl.NumberFormat(locale).format(Math.max(0, hidden)));
}
