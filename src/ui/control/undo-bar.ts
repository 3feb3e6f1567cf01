import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { ScheduledDeletion } from '../../messaging/contract';
import { el } from './el';

/**
 * Shows "<what> · Undo" in `region` (a live region) until the deletion's undo window ends, then
 * what happened. Undo asks the worker to cancel, which it does only before `notBefore`: nothing has
 * been deleted or sent by then. `after` runs once the outcome is known (to refresh a list).
 */
export function showUndo(
  region: HTMLElement,
  what: string,
  scheduled: ScheduledDeletion,
  after: (outcome: 'undone' | 'deleted') => void = () => undefined,
  { focus = true }: { focus?: boolean } = {},
): void {
  const doc = region.ownerDocument;
  const undo = el(doc, 'button', { type: 'button', class: 'undo' }, t('control_undo'));
  region.replaceChildren(el(doc, 'span', {}, what), ' ', undo);
  region.hidden = false;
  let settled = false;
  const timer = setTimeout(
    () => {
      if (settled) return;
      settled = true;
      region.replaceChildren(t('control_deleted_done'));
      after('deleted');
    },
    Math.max(0, scheduled.notBefore - Date.now()),
  );
  undo.addEventListener('click', () => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    void sendToWorker('cancel-deletion', { deletionId: scheduled.deletionId }).then(
      ({ cancelled }) => {
        region.replaceChildren(cancelled ? t('control_undone') : t('control_undo_too_late'));
        after(cancelled ? 'undone' : 'deleted');
      },
      (error: unknown) => {
        region.replaceChildren(
          t('control_failed', error instanceof Error ? error.message : String(error)),
        );
      },
    );
  });
  // The history page keeps focus on its list (the next row); the options page moves it here.
  if (focus) undo.focus();
}
