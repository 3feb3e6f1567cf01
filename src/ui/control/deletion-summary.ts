import { t, tCount } from '../../i18n/i18n';
import type { DeletionCount } from '../../store/deletion-store';

/**
 * What a deletion will do, in words, before the user confirms it: how many pages and reading
 * sessions leave this browser and how many pages leave the Microsoft Timeline.
 */
export function describeDeletion(count: DeletionCount, alsoTimeline: boolean): string {
  if (count.pages === 0 && count.engagements === 0) return t('control_nothing_to_delete');
  const here = t('control_summary_here', [
    tCount('control_pages', count.pages),
    tCount('control_sessions', count.engagements),
  ]);
  const timeline =
    alsoTimeline && count.published > 0
      ? t('control_summary_timeline', tCount('control_pages', count.published))
      : !alsoTimeline && count.published > 0
        ? t('control_summary_timeline_kept', tCount('control_pages', count.published))
        : '';
  return [here, timeline, t('control_summary_undo')].filter(Boolean).join(' ');
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
