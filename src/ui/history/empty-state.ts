/**
 * What the history list says when it has no row, by why it is empty. Pure.
 */
import type { MessageKey } from '../../i18n/i18n';

/** The list's inputs that decide the empty message. */
export interface ListQuery {
  /** The search box, trimmed. */
  query: string;
  /** The "Unfinished, read 1 min or more" filter. */
  unfinished: boolean;
  /** A site or a date is set in the filters. */
  filtered: boolean;
}

/**
 * The message for an empty list: a search that found nothing says so (the popup's words), a
 * filter that left nothing names the filter, and a history with nothing in it yet tells how to
 * start one (read a page for a few seconds).
 */
export function emptyMessageKey({ query, unfinished, filtered }: ListQuery): MessageKey {
  if (query !== '') return 'popup_no_match';
  if (unfinished) return 'history_unfinished_none';
  if (filtered) return 'history_empty';
  return 'history_empty_start';
}
