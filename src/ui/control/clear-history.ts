import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { presetRange, type DeletionScope, type RangePreset } from '../../deletion/deletion-scope';
import { normalizeSitePattern } from '../../settings/excluded-sites';
import { deletingText, describeDeletion } from './deletion-summary';
import { el } from './el';
import { showUndo } from './undo-bar';

type RangeChoice = RangePreset | 'custom';

const RANGES: [RangeChoice, () => string][] = [
  ['last-hour', () => t('control_range_hour')],
  ['today', () => t('control_range_today')],
  ['last-7-days', () => t('control_range_week')],
  ['everything', () => t('control_range_all')],
  ['custom', () => t('control_range_custom')],
];

/** `datetime-local` value ↔ ms, in local time (the value has no zone). */
const fromLocalInput = (value: string): number | null => {
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : null;
};

/**
 * "Clear reading history…": a modal dialog with the range (presets or chosen dates), an optional
 * site, and "also from my Microsoft Timeline" (on by default; only while signed in). It says what will
 * happen and how many pages before anything is done, then shows the undo window in `undoRegion`.
 * `afterChange` runs once the deletion is applied or undone (to refresh a list).
 */
export async function openClearHistory(
  doc: Document,
  undoRegion: HTMLElement,
  afterChange: () => void = () => undefined,
): Promise<void> {
  const account = await sendToWorker('get-account', {}).catch(() => ({ state: 'signed-out' }));
  const signedIn = account.state !== 'signed-out';

  const range = el(doc, 'select', { name: 'range' });
  for (const [value, label] of RANGES) range.append(el(doc, 'option', { value }, label()));
  const from = el(doc, 'input', { type: 'datetime-local', name: 'from' });
  const to = el(doc, 'input', { type: 'datetime-local', name: 'to' });
  const custom = el(
    doc,
    'div',
    { class: 'custom-range' },
    el(doc, 'label', {}, t('control_from'), ' ', from),
    el(doc, 'label', {}, t('control_to'), ' ', to),
  );
  custom.hidden = true;
  const site = el(doc, 'input', {
    type: 'text',
    name: 'site',
    placeholder: 'example.com',
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const timeline = el(doc, 'input', { type: 'checkbox', name: 'alsoTimeline' });
  timeline.checked = signedIn;
  const summary = el(doc, 'p', { class: 'summary', role: 'status', 'aria-live': 'polite' });
  const confirm = el(
    doc,
    'button',
    { type: 'submit', value: 'delete', class: 'danger' },
    t('control_delete'),
  );
  const cancel = el(doc, 'button', { type: 'submit', value: 'cancel' }, t('control_cancel'));
  const dialog = el(
    doc,
    'dialog',
    { class: 'control-dialog', 'aria-labelledby': 'clear-heading' },
    el(
      doc,
      'form',
      { method: 'dialog' },
      el(doc, 'h3', { id: 'clear-heading' }, t('control_clear_heading')),
      el(doc, 'label', {}, t('control_range'), ' ', range),
      custom,
      el(doc, 'label', {}, t('control_site'), ' ', site),
      // Signed out, nothing can be deleted from the Timeline: the choice is left out, not greyed.
      signedIn ? el(doc, 'label', {}, timeline, ' ', t('control_also_timeline')) : '',
      summary,
      el(doc, 'p', { class: 'dialog-buttons' }, confirm, ' ', cancel),
    ),
  );

  let scope: DeletionScope | null = null;
  let seq = 0;
  async function update(): Promise<void> {
    custom.hidden = range.value !== 'custom';
    const now = Date.now();
    let span: { from: number; to: number } | null;
    if (range.value === 'custom') {
      const start = fromLocalInput(from.value);
      const end = to.value === '' ? now : fromLocalInput(to.value);
      span = start !== null && end !== null && start <= end ? { from: start, to: end } : null;
    } else {
      span = presetRange(range.value as RangePreset, now);
    }
    const siteText = site.value.trim();
    const host = siteText === '' ? undefined : normalizeSitePattern(siteText);
    if (!span || host === null) {
      scope = null;
      summary.textContent = !span ? t('control_bad_range') : t('control_bad_site');
      confirm.disabled = true;
      return;
    }
    scope = { ...span, ...(host ? { site: host } : {}) };
    const mine = ++seq;
    const count = await sendToWorker('count-deletion', { scope });
    if (mine !== seq) return;
    summary.textContent = describeDeletion(count, timeline.checked);
    confirm.disabled = count.pages === 0 && count.engagements === 0;
  }
  for (const input of [range, from, to, site, timeline]) {
    input.addEventListener('input', () => void update());
    input.addEventListener('change', () => void update());
  }

  doc.body.append(dialog);
  dialog.addEventListener('close', () => {
    const chosen = scope;
    dialog.remove();
    if (dialog.returnValue !== 'delete' || !chosen) return;
    void sendToWorker('schedule-deletion', { scope: chosen, alsoTimeline: timeline.checked }).then(
      (scheduled) => {
        showUndo(undoRegion, deletingText(scheduled), scheduled, afterChange);
      },
      (error: unknown) => {
        undoRegion.hidden = false;
        undoRegion.textContent = t(
          'control_failed',
          error instanceof Error ? error.message : String(error),
        );
      },
    );
  });
  dialog.showModal();
  range.focus();
  await update();
}
