// The popup's status line, under the search box: one thing at a time, the most important first.
import { t } from '../../i18n/i18n';
import type { Status } from '../../messaging/contract';

/** The status line's words ('' for none) and whether they warn. */
export interface StatusLine {
  text: string;
  warn: boolean;
}

/**
 * What the status line says: a refused write (out of space, never hidden, a warning), a pause
 * (and when a timed one ends, in `locale`), a search that found nothing (`noMatch`), else
 * nothing. `status`: the last one the worker gave, null before its first answer.
 */
export function statusLineOf(status: Status | null, noMatch: boolean, locale: string): StatusLine {
  if (status?.storageError) return { text: status.storageError.message, warn: true };
  if (status?.paused) {
    const text =
      status.pausedUntil === null
        ? t('popup_paused')
        : t(
            'popup_paused_until',
            new Date(status.pausedUntil).toLocaleString(locale, {
              weekday: 'short',
              hour: 'numeric',
              minute: '2-digit',
            }),
          );
    return { text, warn: false };
  }
  return { text: noMatch ? t('popup_no_match') : '', warn: false };
}
