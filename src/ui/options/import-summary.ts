// The line an import ends with, in "Your reading history": what came in, and what was left out
// and why, so a history smaller than the file is no surprise.
import { messageLocale, t } from '../../i18n/i18n';
import type { MergeCounts } from '../../history-file/merge-plan';

/**
 * The status text after an import whose summed counts are `total`: pages and reading sessions
 * new, pages already here; then, when any, the pages the user's settings left out (excluded
 * sites, retention), then those never recorded whatever the settings (a token in the address, a
 * sign-in page: background/may-read.ts), said apart since no setting of the user's brings them
 * back. Numbers in the UI language's format.
 */
export function importSummary(total: MergeCounts): string {
  const n = (count: number): string => count.toLocaleString(messageLocale());
  const imported = t('data_imported', [
    n(total.newPages),
    n(total.newEngagements),
    n(total.updatedPages + total.unchangedPages),
  ]);
  const leftOut =
    total.excludedPages + total.expiredPages > 0
      ? ` ${t('data_import_left_out', [n(total.excludedPages), n(total.expiredPages)])}`
      : '';
  const refused =
    total.neverRecordedPages > 0
      ? ` ${t('data_import_never_recorded', [n(total.neverRecordedPages)])}`
      : '';
  return imported + leftOut + refused;
}
