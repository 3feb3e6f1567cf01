// "Delete day" (a day heading's action) and "Delete all from <site>" (shown while the Site filter
// names one): each asks first with what it deletes (control/scope-confirm.ts), then deletes as
// "Delete selected" does: the rows go at once, the undo bar offers Undo (list-deletion.ts).
import { t } from '../../i18n/i18n';
import { confirmScopeDeletion, type ScopeQuestion } from '../control/scope-confirm';
import { errorText } from '../dom';
import { formatDay } from './day-heading';
import type { DisplayRow } from './days';
import { coversRow, dayScope, rowSiteFilter, siteScope, type SiteFilter } from './delete-scopes';
import { offerUndo, type DeletableList } from './list-deletion';

/**
 * The keys of the rows next to those `covered`: the first kept row after them (older), and the
 * last kept before them (newer); after and before the row keyed `from` when given (the row whose
 * menu asked, among covered rows all down the list). Where focus goes once they are deleted.
 */
export function rowsAround(
  rows: readonly DisplayRow[],
  covered: (row: DisplayRow) => boolean,
  from?: string,
): [string | undefined, string | undefined] {
  const first =
    from === undefined ? rows.findIndex(covered) : rows.findIndex((r) => r.key === from);
  if (first === -1) return [undefined, undefined];
  const older = rows.slice(first).find((row) => !covered(row));
  const newer = rows
    .slice(0, first)
    .reverse()
    .find((row) => !covered(row));
  return [older?.key, newer?.key];
}

/** Asks, then schedules the deletion and drops its rows; says so in the undo bar if it fails. */
async function askAndDelete(
  list: DeletableList,
  question: ScopeQuestion,
  done: string,
  focus: { move: boolean; from?: string },
): Promise<void> {
  const { undoBar } = list.parts;
  try {
    const choice = await confirmScopeDeletion(document, question);
    if (!choice) return;
    const { scope } = question;
    const scheduled = await list.own.schedule({ scope, alsoTimeline: choice.alsoTimeline });
    const covered = (row: DisplayRow) => coversRow(scope, row);
    const around = rowsAround(list.rows, covered, focus.from);
    list.drop(covered);
    offerUndo(list, done, scheduled, { rows: around, move: focus.move });
  } catch (error) {
    undoBar.hidden = false;
    undoBar.textContent = t('control_failed', errorText(error));
  }
}

/**
 * "Delete day": the engagements started on that local day (up to now), here and, if chosen, in
 * the Timeline; a page read on other days too keeps those. Focus then goes to the first row of
 * the next (older) day, else of the newer one, else the list: the heading it was on has gone.
 */
export async function deleteDay(
  list: DeletableList,
  dayStart: number,
  locale: string,
  now: () => number = Date.now,
): Promise<void> {
  const scope = dayScope(dayStart, now());
  if (!scope || list.found) return;
  const day = formatDay(dayStart, locale);
  const heading = t('history_delete_day_heading', day);
  const done = t('history_deleted_day', day);
  await askAndDelete(list, { heading, scope, wording: 'day' }, done, { move: true });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const shortDate = (at: number, locale: string): string => {
  let format = dateFormats.get(locale);
  if (!format) {
    dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })));
  }
  return format.format(at);
};

/**
 * What "Delete all from <site>" says for the filter: its button ("Delete all from news.test…",
 * or "Delete from news.test between 1 Dec 2026 and 3 Dec 2026…" with dates) and the question's
 * heading.
 */
export function siteActionText(
  filter: SiteFilter,
  locale: string,
): { button: string; heading: string } {
  const site = filter.site.trim();
  const from = filter.fromDay === undefined ? undefined : shortDate(filter.fromDay, locale);
  const to = filter.toDay === undefined ? undefined : shortDate(filter.toDay, locale);
  if (from !== undefined && to !== undefined) {
    return {
      button: t('history_delete_site_between', [site, from, to]),
      heading: t('history_delete_site_between_heading', [site, from, to]),
    };
  }
  if (from !== undefined) {
    return {
      button: t('history_delete_site_since', [site, from]),
      heading: t('history_delete_site_since_heading', [site, from]),
    };
  }
  if (to !== undefined) {
    return {
      button: t('history_delete_site_until', [site, to]),
      heading: t('history_delete_site_until_heading', [site, to]),
    };
  }
  return {
    button: t('history_delete_site', site),
    heading: t('history_delete_site_heading', site),
  };
}

/**
 * "Delete all from <site>" above the list: shown while the day list (not a search, not
 * "unfinished") lists rows under a Site filter, its words following the filter's dates. Focus
 * goes to Undo once deleted, as after "Delete selected": the rows it was asked for have gone.
 * Returns `update`, for the list to call each time it is drawn.
 */
export function mountSiteAction(parts: {
  button: HTMLButtonElement;
  list: DeletableList;
  filter: () => SiteFilter;
  locale: string;
  now?: () => number;
}): () => void {
  const { button, list, locale, now = Date.now } = parts;
  button.addEventListener('click', () => {
    const filter = parts.filter();
    // The range as the filter says it now, never past the moment asked.
    const scope = siteScope(filter, now());
    if (!scope) return;
    const { heading } = siteActionText(filter, locale);
    const done = t('history_deleted_site', filter.site);
    void askAndDelete(list, { heading, scope, wording: 'range' }, done, { move: false });
  });
  return () => {
    const filter = parts.filter();
    button.hidden = list.found || list.rows.length === 0 || siteScope(filter, now()) === null;
    if (!button.hidden) button.textContent = siteActionText(filter, locale).button;
  };
}

/**
 * "Delete all from <site>…" in a row's menu (row-actions.ts): every engagement of the pages listed
 * under the row's site label, whatever the filters say (the words say "all"), asked first as the
 * filter's button asks. Focus then goes to the row after the one asked from that is kept (else
 * the one before), as after a row's Delete.
 */
export async function deleteSiteOfRow(
  list: DeletableList,
  row: DisplayRow,
  now: () => number = Date.now,
): Promise<void> {
  const filter = rowSiteFilter(row);
  const scope = siteScope(filter, now());
  if (!scope) return;
  const heading = t('history_delete_site_heading', filter.site);
  const done = t('history_deleted_site', filter.site);
  await askAndDelete(list, { heading, scope, wording: 'range' }, done, {
    move: true,
    from: row.key,
  });
}
