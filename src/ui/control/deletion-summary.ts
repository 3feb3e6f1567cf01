import { t, tCount } from '../../i18n/i18n';
import type { DeletionCount } from '../../store/deletion-store';

/**
 * How the summary names pages a deletion only trims (read outside it too): "also read at other
 * times" for a range, "also read on other days" for a day of the history list.
 */
export type TrimmedWording = 'range' | 'day';

/**
 * What a deletion will do, in words, before the user confirms it: how many pages and reading
 * sessions leave this browser, which pages stay because they were read outside it too (losing
 * only the reading sessions in it), and how many pages the Microsoft Timeline holds of it.
 */
export function describeDeletion(
  count: DeletionCount,
  alsoTimeline: boolean,
  wording: TrimmedWording = 'range',
): string {
  if (count.pages === 0 && count.engagements === 0) return t('control_nothing_to_delete');
  const here =
    count.pages > 0
      ? t('control_summary_here', [
          tCount('control_pages', count.pages),
          tCount('control_sessions', count.engagements),
        ])
      : tCount('control_summary_sessions', count.engagements);
  const trimmed =
    count.trimmed > 0
      ? tCount(wording === 'day' ? 'history_trimmed_day' : 'control_trimmed', count.trimmed)
      : '';
  const published = tCount('control_pages', count.published);
  // A trimmed page stays in the Timeline too, with fewer reading sessions: not "deleted from" it.
  const timeline =
    count.published === 0
      ? ''
      : !alsoTimeline
        ? t('control_summary_timeline_kept', published)
        : count.trimmed > 0
          ? t('control_summary_timeline_too', published)
          : t('control_summary_timeline', published);
  return [here, trimmed, timeline, t('control_summary_undo')].filter(Boolean).join(' ');
}

/** The undo line while a deletion waits: "Deleting 3 pages…" (or reading sessions only). */
export function deletingText(count: DeletionCount): string {
  return t(
    'control_deleting',
    count.pages > 0
      ? tCount('control_pages', count.pages)
      : tCount('control_sessions', count.engagements),
  );
}
