// "What is published": each choice is saved as soon as it changes.
import { sendToWorker } from '../../messaging/client';
import type { Settings } from '../../settings/settings';
import { formInput, requireElement } from '../dom';

const form = requireElement('#privacy-form', HTMLFormElement);
const saved = requireElement('#privacy-saved', HTMLElement);
const FIELDS = ['sendDescription', 'sendImage', 'sendAuthors'] as const;

const box = (name: (typeof FIELDS)[number]): HTMLInputElement => formInput(form, name);

export function fillPrivacy(settings: Settings): void {
  for (const name of FIELDS) box(name).checked = settings[name];
}

export function initPrivacySection(): void {
  form.addEventListener('change', () => {
    const patch: Partial<Settings> = {};
    for (const name of FIELDS) patch[name] = box(name).checked;
    saved.textContent = '';
    void sendToWorker('update-settings', { patch })
      .then((settings) => {
        fillPrivacy(settings);
        saved.textContent = 'Saved.';
      })
      .catch((error: unknown) => {
        saved.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
}
