import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { ScheduledDeletion } from '../../messaging/contract';
import { el } from '../control/el';

/**
 * Turns a deleted page's row into "Deleted “title” · Undo" in place, at the same height, so the
 * next row does not slide under the pointer with its delete button armed: a second click lands on
 * Undo. The row stays until the list is next drawn. `onUndone` runs when undo took effect.
 */
export function showUndoRow(
  row: HTMLElement,
  title: string,
  scheduled: ScheduledDeletion,
  onUndone: () => void,
): void {
  const doc = row.ownerDocument;
  row.style.minHeight = `${String(row.getBoundingClientRect().height)}px`;
  row.classList.add('deleted');
  const undo = el(
    doc,
    'button',
    { type: 'button', class: 'button undo', 'aria-label': t('popup_undo_label', title) },
    t('control_undo'),
  );
  const text = el(doc, 'span', { class: 'deleted-text' }, t('popup_deleted', title));
  row.replaceChildren(text, undo);
  const timer = setTimeout(
    () => {
      undo.remove();
    },
    Math.max(0, scheduled.notBefore - Date.now()),
  );
  undo.addEventListener('click', () => {
    clearTimeout(timer);
    undo.disabled = true;
    void sendToWorker('cancel-deletion', { deletionId: scheduled.deletionId }).then(
      ({ cancelled }) => {
        if (cancelled) onUndone();
        else text.textContent = t('control_undo_too_late');
      },
      () => {
        text.textContent = t('control_undo_too_late');
      },
    );
  });
  if (row.contains(doc.activeElement) || doc.activeElement === doc.body) undo.focus();
}
