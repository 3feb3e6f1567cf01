import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { ScheduledDeletion } from '../../messaging/contract';
import { el } from './el';

/** How long the outcome ("Deleted.", "Undone…") stays once said, ms. */
export const OUTCOME_SHOWN_MS = 5_000;

/**
 * Shows "<what> · Undo" in `region` (a live region) until the deletion's undo window ends, then
 * what happened. Undo asks the worker to cancel, which it does only before `notBefore`: nothing has
 * been deleted or sent by then. The outcome goes after OUTCOME_SHOWN_MS. `after` runs once the outcome is known (to refresh a list). `focus`
 * puts focus on Undo; `refocus` takes it once Undo, pressed with focus, has become text and `after`
 * is done (else it would fall to the page).
 */
export function showUndo(
  region: HTMLElement,
  what: string,
  scheduled: ScheduledDeletion,
  after: (outcome: 'undone' | 'deleted') => void | Promise<void> = () => undefined,
  { focus = true, refocus }: { focus?: boolean; refocus?: HTMLElement } = {},
): void {
  const doc = region.ownerDocument;
  const undo = el(doc, 'button', { type: 'button', class: 'undo' }, t('control_undo'));
  region.replaceChildren(el(doc, 'span', {}, what), ' ', undo);
  region.hidden = false;
  let settled = false;
  // The outcome is said (the region is live), then the bar goes by itself: a "Deleted." left on
  // screen for good reads as something still to do. Focus is never moved for it.
  const fade = (): void => {
    const shown = region.firstChild;
    setTimeout(() => {
      if (region.firstChild === shown && region.childNodes.length === 1) region.hidden = true;
    }, OUTCOME_SHOWN_MS);
  };
  const timer = setTimeout(
    () => {
      if (settled) return;
      settled = true;
      region.replaceChildren(t('control_deleted_done'));
      fade();
      void after('deleted');
    },
    Math.max(0, scheduled.notBefore - Date.now()),
  );
  undo.addEventListener('click', () => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    const hadFocus = doc.activeElement === undo;
    void sendToWorker('cancel-deletion', { deletionId: scheduled.deletionId }).then(
      async ({ cancelled }) => {
        region.replaceChildren(cancelled ? t('control_undone') : t('control_undo_too_late'));
        fade();
        await after(cancelled ? 'undone' : 'deleted');
        const lost = doc.activeElement === null || doc.activeElement === doc.body;
        if (hadFocus && lost) refocus?.focus();
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
