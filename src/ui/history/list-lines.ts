/**
 * What the history list's own lines say: the status line's count of pages found, and the line
 * under the list (why it is empty, or that it has reached its end). Pure but for the catalog.
 */
import { t, tCount, type MessageKey } from '../../i18n/i18n';
import type { FirstAnswer } from './list-source';

/** The list's inputs that decide the empty message. */
export interface ListQuery {
  /** The search box, trimmed. */
  query: string;
  /** The "Unfinished, read 1 min or more" filter. */
  unfinished: boolean;
  /** A site or a date is set in the filters. */
  filtered: boolean;
  /** Something was deleted while the page was open (here or elsewhere): not a first run. */
  deleted?: boolean;
}

/**
 * The message for an empty list: a search that found nothing says so (the popup's words), a
 * filter that left nothing says the filters matched nothing, a history emptied by a deletion
 * while the page was open says so, and a history with nothing in it yet tells how to start one
 * (read a page for a few seconds).
 */
export function emptyMessageKey({ query, unfinished, filtered, deleted }: ListQuery): MessageKey {
  if (query !== '') return 'popup_no_match';
  if (unfinished) return 'history_unfinished_none';
  if (filtered) return 'history_empty';
  return deleted ? 'history_empty_deleted' : 'history_empty_start';
}

/** Where the list stands, for `endLine`. */
export interface ListEnd extends ListQuery {
  /** Rows loaded (drawn or about to be). */
  rows: number;
  /** A load is under way: nothing is said until it answers. */
  loading: boolean;
  /** The list shows what a search or the "unfinished" filter found, all at once. */
  searching: boolean;
  /** Older engagements are still to load (the day list is read in batches as it is scrolled). */
  more: boolean;
}

/**
 * The line under the list: never a blank page (an empty list says why, once loaded), and "the
 * end" under a day list loaded to its first engagement; nothing under found pages or while more
 * may come.
 */
export function endLine(state: ListEnd): { hidden: boolean; key: MessageKey } {
  if (state.rows === 0) return { hidden: state.loading, key: emptyMessageKey(state) };
  return {
    hidden: state.searching || state.more || state.loading,
    key: 'history_end',
  };
}

/**
 * The status line's count of what a search or the "unfinished" filter found ("" for the day
 * list): "3 pages found.", or "More than 200 pages found." when older pages may match too.
 */
export function foundLine(found: FirstAnswer['found'], locale: string): string {
  if (!found) return '';
  return found.more
    ? t('history_results_more', new Intl.NumberFormat(locale).format(found.total))
    : tCount('popup_results', found.total);
}
