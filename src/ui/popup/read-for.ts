// The popup row's time read: the page's total, with its number of sessions when several.
import { t } from '../../i18n/i18n';
import type { PageRow } from '../../store/page-rows';
import { formatDuration } from '../format';

/**
 * "Read for 13 min", or with the number of sessions when there were several: the history page
 * lists each session on its own row with its own time, and those are what this one sums.
 */
export function readFor(item: Pick<PageRow, 'activeMs' | 'sessions'>, locale?: string): string {
  const duration = formatDuration(item.activeMs, locale);
  const sessions = item.sessions ?? 1;
  return sessions > 1
    ? t('popup_read_for_sessions', [duration, new Intl.NumberFormat(locale).format(sessions)])
    : t('popup_read_for', duration);
}
