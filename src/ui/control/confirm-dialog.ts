import { t } from '../../i18n/i18n';
import { el } from './el';

/** What a confirmation dialog says and its confirm button's label (all text, never markup). */
export interface ConfirmOptions {
  heading: string;
  /** Paragraphs, as text. */
  body: string[];
  /** Elements after the paragraphs (a live summary, a checkbox), built by the caller. */
  content?: Node[];
  confirmLabel: string;
  /** A destructive action gets the danger style. */
  danger?: boolean;
  /** Only Cancel can be chosen (nothing to confirm: say why in `body`). */
  confirmDisabled?: boolean;
}

/**
 * Asks a yes/no question in a modal `<dialog>` (focus trapped, Escape cancels) and resolves with
 * the answer. The dialog is removed once answered.
 */
export function confirmDialog(doc: Document, options: ConfirmOptions): Promise<boolean> {
  const confirm = el(doc, 'button', { type: 'submit', value: 'confirm' }, options.confirmLabel);
  if (options.danger) confirm.className = 'danger';
  confirm.disabled = options.confirmDisabled === true;
  const cancel = el(doc, 'button', { type: 'submit', value: 'cancel' }, t('control_cancel'));
  const headingId = `confirm-${String(Date.now())}`;
  const dialog = el(
    doc,
    'dialog',
    { class: 'control-dialog', 'aria-labelledby': headingId },
    el(
      doc,
      'form',
      { method: 'dialog' },
      el(doc, 'h3', { id: headingId }, options.heading),
      ...options.body.map((text) => el(doc, 'p', {}, text)),
      ...(options.content ?? []),
      el(doc, 'p', { class: 'dialog-buttons' }, confirm, ' ', cancel),
    ),
  );
  doc.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'confirm');
      dialog.remove();
    });
    dialog.showModal();
    cancel.focus();
  });
}
