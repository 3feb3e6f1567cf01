// "What is published": each choice is saved as soon as it changes.
import { sendToWorker } from '../../messaging/client';
import type { Settings } from '../../settings/settings';
import { formInput, requireElement } from '../dom';
import { offerRepublish } from '../control/past-effects';

const form = requireElement('#privacy-form', HTMLFormElement);
const saved = requireElement('#privacy-saved', HTMLElement);
const FIELDS = ['sendDescription', 'sendImage', 'sendAuthors'] as const;

const box = (name: (typeof FIELDS)[number]): HTMLInputElement => formInput(form, name);

/** What was saved last, to tell what a change turned off. */
let current: Settings | null = null;

export function fillPrivacy(settings: Settings): void {
  current = settings;
  for (const name of FIELDS) box(name).checked = settings[name];
}

export function initPrivacySection(): void {
  form.addEventListener('change', () => {
    const patch: Partial<Settings> = {};
    for (const name of FIELDS) patch[name] = box(name).checked;
    saved.textContent = '';
    void sendToWorker('update-settings', { patch })
      .then((settings) => {
        if (current) offerRepublish(requireElement('#republish', HTMLElement), current, settings);
        fillPrivacy(settings);
        saved.textContent = 'Saved.';
      })
      .catch((error: unknown) => {
        saved.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
}
