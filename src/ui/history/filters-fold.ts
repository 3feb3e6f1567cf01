/**
 * The history page's "Filters" button (WAI-ARIA APG disclosure: a button with `aria-expanded`
 * and `aria-controls`). In a short window (history.css: at most 480 px high, as 1280×720 at 150 %
 * zoom or more) the filter bar folds behind it, so the first screen shows rows of the list rather
 * than fields; the button says how many filters are set, so a folded filter is not forgotten. In
 * a taller window the bar is always shown and the button is not (the stylesheet decides both,
 * so a zoom change needs no script).
 */
import { t } from '../../i18n/i18n';
import { formInput } from '../dom';

/** The filter form's fields that narrow the list (its text fields and the checkbox). */
const FIELDS = ['site', 'from', 'to', 'jump', 'unfinished'] as const;

/** How many of the filter form's fields are set: a text field with text, a ticked checkbox. */
export function setFilterCount(form: HTMLFormElement): number {
  return FIELDS.filter((name) => {
    const input = formInput(form, name);
    return input.type === 'checkbox' ? input.checked : input.value.trim() !== '';
  }).length;
}

/** The button's text: "Filters", or "Filters (2)" while two are set; `locale` formats the number. */
export function filtersButtonText(count: number, locale?: string): string {
  return count === 0
    ? t('history_filters_label')
    : t('history_filters_set', new Intl.NumberFormat(locale).format(count));
}

/**
 * Wires `button` to fold and unfold `form` (the class `open`, which history.css shows in a short
 * window) and keeps its text up to date as the fields change.
 */
export function mountFiltersFold(
  button: HTMLButtonElement,
  form: HTMLFormElement,
  locale?: string,
): void {
  const label = (): void => {
    button.textContent = filtersButtonText(setFilterCount(form), locale);
  };
  button.setAttribute('aria-controls', form.id);
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => {
    const open = !form.classList.contains('open');
    form.classList.toggle('open', open);
    button.setAttribute('aria-expanded', String(open));
  });
  form.addEventListener('input', label);
  form.addEventListener('change', label);
  label();
}
