// The three settings forms (what is published, kept in this browser, reading time): each control
// saves its own field when it changes, and every control follows storage changes made elsewhere
// (the popup's Pause, another options tab) unless the user is editing it. Settings that reach the
// past ask first or offer to act on it (../control/past-effects.ts).
import { messageLocale, t, tCount } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { BOOLEAN_SETTINGS, DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { confirmRetention, offerRepublish, offerSitePurge } from '../control/past-effects';
import { disabledWhileLoading, requireElement } from '../dom';
import { setFieldError, showSaved } from './field-state';
import { droppedLines, fieldText, parseField, type EditableSetting } from './setting-fields';

type Control = HTMLInputElement | HTMLTextAreaElement;

const FORMS = ['#privacy-form', '#kept-form', '#tracking-form'] as const;

function controlsOf(form: HTMLFormElement): Control[] {
  return [...form.elements].filter(
    (e): e is Control =>
      (e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement) && e.name !== '',
  );
}

const errorBoxOf = (control: Control): HTMLElement | null =>
  control.ownerDocument.getElementById(`${control.name}-error`);

const isBoolean = (name: string): boolean => (BOOLEAN_SETTINGS as readonly string[]).includes(name);

/** What each text control last showed from storage: only a control that differs is saved. */
const stored = new WeakMap<Control, string>();

/** The settings as last read or saved: what a change is compared with (new sites, retention). */
let current: Settings | null = null;

/** Puts settings into one form's controls, except a text field the user is editing right now. */
function fillForm(form: HTMLFormElement, settings: Settings): void {
  current = settings;
  showPauseEnd(settings);
  for (const control of controlsOf(form)) {
    const name = control.name as EditableSetting;
    if (isBoolean(name) && control instanceof HTMLInputElement) {
      control.checked = settings[name as keyof Settings] === true;
      continue;
    }
    const text = fieldText(name, settings);
    const editing = control === document.activeElement && control.value !== stored.get(control);
    stored.set(control, text);
    if (!editing) control.value = text;
  }
}

/** Puts settings into every control of the three forms (on load and on every storage change). */
export function fillSettingsForms(settings: Settings): void {
  for (const selector of FORMS) fillForm(requireElement(selector, HTMLFormElement), settings);
}

/** A timed pause (set in the popup) says when it ends, under the Pause checkbox. */
function showPauseEnd(settings: Settings): void {
  const line = document.getElementById('paused-until');
  if (!line) return;
  const until = settings.paused ? settings.pausedUntil : null;
  line.textContent =
    until === null
      ? ''
      : t(
          'popup_paused_until',
          new Date(until).toLocaleString(messageLocale(), {
            weekday: 'short',
            hour: 'numeric',
            minute: '2-digit',
          }),
        );
}

/** Sends one field's patch; the pause goes through the worker's own message (alarm and badge). */
async function send(name: EditableSetting, patch: Partial<Settings>): Promise<Settings> {
  if (name === 'paused') {
    await sendToWorker('set-paused', { paused: patch.paused === true });
    return sendToWorker('get-settings', {});
  }
  return sendToWorker('update-settings', { patch });
}

/** A save in flight per control, with the value it saves: Enter fires both change and submit. */
const saving = new WeakMap<Control, { value: string; done: Promise<boolean> }>();

/** Saves one control once per entered value (a second call while it runs joins the first). */
function saveControl(control: Control, status: HTMLElement): Promise<boolean> {
  const value =
    control instanceof HTMLInputElement && isBoolean(control.name)
      ? String(control.checked)
      : control.value;
  const running = saving.get(control);
  if (running?.value === value) return running.done;
  const done = saveNow(control, status).finally(() => {
    if (saving.get(control)?.done === done) saving.delete(control);
  });
  saving.set(control, { value, done });
  return done;
}

/** Checks and saves one control; returns false (after showing why) when it is invalid or refused. */
async function saveNow(control: Control, status: HTMLElement): Promise<boolean> {
  const name = control.name as EditableSetting;
  const result = parseField(name, {
    value: control.value,
    ...(control instanceof HTMLInputElement ? { checked: control.checked } : {}),
  });
  const errorBox = errorBoxOf(control);
  if (!result.ok) {
    const { min, max } = result.error;
    const number = new Intl.NumberFormat(document.documentElement.lang);
    if (errorBox)
      setFieldError(
        control,
        errorBox,
        t('options_range_error', [number.format(min), number.format(max)]),
      );
    // A "Saved." from an earlier change would contradict the error beside the field.
    status.textContent = '';
    return false;
  }
  if (errorBox) setFieldError(control, errorBox, null);
  // Read before the save: the storage change it causes refills the control.
  const entered = control.value;
  const before = current;
  try {
    const next = result.patch.retentionDays;
    if (
      next !== undefined &&
      !(await confirmRetention(document, before?.retentionDays ?? 0, next))
    ) {
      control.value = stored.get(control) ?? control.value;
      showSaved(status, t('options_not_saved', t('control_not_saved_retention')), true);
      return false;
    }
    const settings = await send(name, result.patch);
    current = settings;
    if (!isBoolean(name)) {
      control.value = fieldText(name, settings);
      stored.set(control, control.value);
    }
    if (name === 'excludedSites') {
      const dropped = droppedLines(entered, settings);
      if (errorBox)
        errorBox.textContent = dropped > 0 ? tCount('options_excluded_dropped', dropped) : '';
      const added = settings.excludedSites.filter(
        (s) => !(before?.excludedSites ?? []).includes(s),
      );
      void offerSitePurge(document, added, requireElement('#control-undo', HTMLElement));
    }
    if (before) offerRepublish(requireElement('#republish', HTMLElement), before, settings);
    showSaved(status, t('options_saved'));
    return true;
  } catch (error) {
    showSaved(
      status,
      t('options_not_saved', error instanceof Error ? error.message : String(error)),
      true,
    );
    return false;
  }
}

/**
 * While the stored settings load (a second on a busy machine), each empty field of the disabled
 * form shows its default, greyed as a placeholder, not an empty box. `clear` takes those
 * placeholders away once the values are in: an emptied number field is an error, not the default.
 */
function showDefaults(form: HTMLFormElement): { clear: () => void } {
  const hints = new Map<Control, string>();
  for (const control of controlsOf(form)) {
    if (isBoolean(control.name) || control.placeholder !== '' || control.value !== '') continue;
    const hint = fieldText(control.name as EditableSetting, DEFAULT_SETTINGS);
    if (hint === '') continue;
    control.placeholder = hint;
    hints.set(control, hint);
  }
  return {
    clear: () => {
      // A placeholder set meanwhile by someone else (the device name's) stays.
      for (const [control, hint] of hints) {
        if (control.placeholder === hint) control.placeholder = '';
      }
    },
  };
}

/**
 * Wires the forms, then fills them from `settings`: a control saves on `change` (a checkbox at
 * once, a text field when it loses focus or on Enter); Enter saves the form's changed fields and
 * moves focus to the first invalid one. The handlers are in place before anything is awaited and
 * the forms stay disabled until filled, so an early Enter can neither submit a form natively (a
 * page reload) nor have its value overwritten by the stored one.
 */
export function initSettingsForms(settings: Promise<Settings>): void {
  for (const selector of FORMS) {
    const form = requireElement(selector, HTMLFormElement);
    const status = requireElement('.saved', HTMLElement, form);
    form.addEventListener('change', (event) => {
      const control = event.target;
      if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
        void saveControl(control, status);
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        const invalid: Control[] = [];
        for (const control of controlsOf(form)) {
          const changed = control.value !== stored.get(control);
          if (isBoolean(control.name) || !changed) continue;
          if (!(await saveControl(control, status))) invalid.push(control);
        }
        invalid[0]?.focus();
      })();
    });
    const shown = showDefaults(form);
    void disabledWhileLoading(form, async () => {
      fillForm(form, await settings);
    }).finally(shown.clear);
  }
}
