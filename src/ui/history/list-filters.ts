import { formInput } from '../dom';
import { dateFormatHint, enhanceDateField, parseDateField } from './date-field';
import { addDays } from './days';
import type { SiteFilter } from './delete-scopes';

/** What the filter form asks of `list-engagements` (messaging/contract.ts). */
export interface Filters {
  site?: string;
  /** Epoch ms: the start of the range's first day. */
  from?: number;
  /** Epoch ms, exclusive: the end of the range's last day or of the jumped-to day. */
  before?: number;
}

/**
 * Reads the filter form (`site`, `from`, `to`, `jump`): dates in the UI language's format
 * (date-field.ts); a date that does not parse is no filter.
 */
export function readFilters(form: HTMLFormElement, locale: string): Filters {
  const result: Filters = {};
  const site = formInput(form, 'site').value.trim();
  if (site) result.site = site;
  const from = parseDateField(formInput(form, 'from').value, locale);
  if (from !== null) result.from = from;
  const to = parseDateField(formInput(form, 'to').value, locale);
  const jump = parseDateField(formInput(form, 'jump').value, locale);
  // A jump starts the list at the end of that day; the range's end bounds it too.
  const ends = [to, jump].filter((d): d is number => d !== null).map((d) => addDays(d, 1));
  if (ends.length > 0) result.before = Math.min(...ends);
  return result;
}

/**
 * The Site filter with its From/To dates, for "Delete all from <site>" (delete-scopes.ts): the
 * "Go to" date is where the list starts, not what it holds, so it is left out.
 */
export function readSiteFilter(form: HTMLFormElement, locale: string): SiteFilter {
  const filter: SiteFilter = { site: formInput(form, 'site').value.trim() };
  const from = parseDateField(formInput(form, 'from').value, locale);
  const to = parseDateField(formInput(form, 'to').value, locale);
  if (from !== null) filter.fromDay = from;
  if (to !== null) filter.toDay = to;
  return filter;
}

/**
 * Gives the form's date fields their calendar button, validation and a placeholder showing the
 * locale's date form in `letters` (day, month, year: "DD MM YYYY"; date-field.ts).
 */
export function enhanceDateFields(
  form: HTMLFormElement,
  locale: string,
  pickLabel: string,
  letters: string,
): void {
  const hint = dateFormatHint(locale, letters);
  for (const name of ['from', 'to', 'jump']) {
    enhanceDateField(formInput(form, name), locale, pickLabel, hint);
  }
}

/**
 * Whether "Back to newest" has somewhere to go back from: a date jumped to (`jump`, the field's
 * text), or the list scrolled a screen or more down (`scrollTop`, how far its top went up past
 * the view's, and `screen`, the view's height, in px; a list out of view, 0 high, has not). At
 * the newest it would do nothing, so it is not shown.
 */
export function newestWanted(jump: string, scrollTop: number, screen: number): boolean {
  return jump.trim() !== '' || (screen > 0 && scrollTop >= screen);
}
