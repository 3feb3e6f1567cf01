// "Kept in this browser": sites never recorded, and how long pages are kept.
import { sendToWorker } from '../../messaging/client';
import { t } from '../../i18n/i18n';
import type { Settings } from '../../settings/settings';
import { formInput, requireElement } from '../dom';
import { confirmRetention, offerSitePurge } from '../control/past-effects';

const form = requireElement('#kept-form', HTMLFormElement);
const sites = requireElement('#excluded-sites', HTMLTextAreaElement);
const saved = requireElement('#kept-saved', HTMLElement);

const retention = (): HTMLInputElement => formInput(form, 'retentionDays');

/** What was saved last: a save compares against it (new sites, shorter retention). */
let current: Settings | null = null;

export function fillKept(settings: Settings): void {
  current = settings;
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
    const before = current;
    void confirmRetention(document, before?.retentionDays ?? 0, patch.retentionDays ?? 0)
      .then((go) => {
        if (!go) throw new Error(t('control_not_saved_retention'));
        return sendToWorker('update-settings', { patch });
      })
      .then((settings) => {
        const added = settings.excludedSites.filter(
          (site) => !(before?.excludedSites ?? []).includes(site),
        );
        fillKept(settings);
        void offerSitePurge(document, added, requireElement('#control-undo', HTMLElement));
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
