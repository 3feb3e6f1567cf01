// "Kept in this browser": sites never recorded, and how long pages are kept.
import { sendToWorker } from '../../messaging/client';
import type { Settings } from '../../settings/settings';
import { formInput, requireElement } from '../dom';

const form = requireElement('#kept-form', HTMLFormElement);
const sites = requireElement('#excluded-sites', HTMLTextAreaElement);
const saved = requireElement('#kept-saved', HTMLElement);

const retention = (): HTMLInputElement => formInput(form, 'retentionDays');

export function fillKept(settings: Settings): void {
  sites.value = settings.excludedSites.join('\n');
  retention().value = String(settings.retentionDays);
}

export function initKeptSection(): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The worker normalizes each line to a host and drops what is not one.
    const patch: Partial<Settings> = {
      excludedSites: sites.value.split('\n'),
      retentionDays: retention().valueAsNumber,
    };
    saved.textContent = '';
    void sendToWorker('update-settings', { patch })
      .then((settings) => {
        fillKept(settings);
        const dropped = patch.excludedSites?.filter((line) => line.trim() !== '').length ?? 0;
        const kept = settings.excludedSites.length;
        saved.textContent =
          dropped > kept
            ? `Saved. ${String(dropped - kept)} line(s) were not a site and were left out.`
            : 'Saved.';
      })
      .catch((error: unknown) => {
        saved.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
}
