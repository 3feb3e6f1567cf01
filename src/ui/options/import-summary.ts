// The line an import ends with, in "Your reading history": what came in, and what was left out
// and why, so a history smaller than the file is no surprise.
import { messageLocale, t, tCount } from '../../i18n/i18n';
import type { MergeCounts } from '../../history-file/merge-plan';

/** True when an import with these summed counts added no page and no reading session. */
export function addedNothing(total: MergeCounts): boolean {
  return total.newPages + total.newEngagements === 0;
}

/**
 * The status text after an import whose summed counts are `total`. When it added something:
 * pages and reading sessions new, pages already here; when it added nothing, "Nothing new" with
 * the pages already here (a zero-filled "Imported." read as a success). Then the pages the user's
 * settings left out, naming only the reasons that apply (excluded sites, retention), each with
 * its own plural; then those never recorded whatever the settings (a token in the address, a
 * sign-in page: background/may-read.ts), said apart since no setting of the user's brings them
 * back; last, pages dated in the future (a clock ahead). Numbers in the UI language's format.
 */
export function importSummary(total: MergeCounts): string {
  const locale = messageLocale();
  const known = total.updatedPages + total.unchangedPages;
  const head = !addedNothing(total)
    ? t('data_imported', [
        total.newPages.toLocaleString(locale),
        total.newEngagements.toLocaleString(locale),
        known.toLocaleString(locale),
      ])
    : known > 0
      ? tCount('data_import_nothing_new_known', known)
      : t('data_import_nothing_new');
  const reasons = [
    total.excludedPages > 0 ? tCount('data_import_excluded', total.excludedPages) : '',
    total.expiredPages > 0 ? tCount('data_import_expired', total.expiredPages) : '',
  ].filter((reason) => reason !== '');
  const leftOut =
    reasons.length > 0
      ? ` ${t('data_import_left_out', new Intl.ListFormat(locale).format(reasons))}`
      : '';
  const refused =
    total.neverRecordedPages > 0
      ? ` ${tCount('data_import_never_recorded', total.neverRecordedPages)}`
      : '';
  const future = total.futurePages > 0 ? ` ${tCount('data_import_future', total.futurePages)}` : '';
  return head + leftOut + refused + future;
}
