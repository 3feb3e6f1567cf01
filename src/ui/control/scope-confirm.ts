import { t } from '../../i18n/i18n';
import type { DeletionScope } from '../../deletion/scope-match';
import { sendToWorker } from '../../messaging/client';
import { confirmDialog } from './confirm-dialog';
import { describeDeletion, type TrimmedWording } from './deletion-summary';
import { el } from './el';

/** What `confirmScopeDeletion` asks about. */
export interface ScopeQuestion {
  heading: string;
  scope: DeletionScope;
  /** How pages read outside the scope too are named (deletion-summary.ts). */
  wording: TrimmedWording;
}

/**
 * Asks before a deletion of a whole scope (the history page's "Delete day" and "Delete all from
 * <site>"), as "Clear reading history…" does: what it deletes, counted by the worker
 * ('count-deletion') and said by `describeDeletion`, and "Also from my Microsoft Timeline" (on,
 * while signed in; left out when signed out), the summary following the checkbox. Resolves with the
 * choice once confirmed; null when cancelled, or when there is nothing to delete (then only
 * Cancel is offered). Rejects with what the worker threw.
 */
export async function confirmScopeDeletion(
  doc: Document,
  question: ScopeQuestion,
): Promise<{ alsoTimeline: boolean } | null> {
  const [account, count] = await Promise.all([
    sendToWorker('get-account', {}).catch(() => ({ state: 'signed-out' })),
    sendToWorker('count-deletion', { scope: question.scope }),
  ]);
  const signedIn = account.state !== 'signed-out';
  const timeline = el(doc, 'input', { type: 'checkbox', name: 'alsoTimeline' });
  timeline.checked = signedIn;
  const summary = el(doc, 'p', { class: 'summary', role: 'status', 'aria-live': 'polite' });
  const describe = (): void => {
    summary.textContent = describeDeletion(count, timeline.checked, question.wording);
  };
  timeline.addEventListener('change', describe);
  describe();
  const nothing = count.pages === 0 && count.engagements === 0;
  const confirmed = await confirmDialog(doc, {
    heading: question.heading,
    body: [],
    // Signed out, nothing can be deleted from the Timeline: the choice is left out, not greyed.
    content: signedIn
      ? [summary, el(doc, 'label', {}, timeline, ' ', t('control_also_timeline'))]
      : [summary],
    confirmLabel: t('control_delete'),
    danger: true,
    confirmDisabled: nothing,
  });
  return confirmed ? { alsoTimeline: timeline.checked } : null;
}
