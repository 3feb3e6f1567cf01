// "Reading time": pause and the tracker's thresholds, saved through the worker.
import { sendToWorker } from '../../messaging/client';
import { SETTING_LIMITS, type Settings } from '../../settings/settings';
import { formInput, requireElement } from '../dom';

const form = requireElement('#tracking-form', HTMLFormElement);
const saved = requireElement('#saved', HTMLElement);
const numberFields = ['idleThresholdSec', 'continuationGapSec', 'minEngagementSec'] as const;

const field = (name: string): HTMLInputElement => formInput(form, name);

export function fillTracking(settings: Settings): void {
  field('paused').checked = settings.paused;
  for (const name of numberFields) {
    const input = field(name);
    input.min = String(SETTING_LIMITS[name].min);
    input.max = String(SETTING_LIMITS[name].max);
    input.value = String(settings[name]);
  }
}

export function initTrackingSection(): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const patch: Partial<Settings> = { paused: field('paused').checked };
    for (const name of numberFields) patch[name] = field(name).valueAsNumber;
    saved.textContent = '';
    void sendToWorker('update-settings', { patch })
      .then((settings) => {
        fillTracking(settings);
        saved.textContent = 'Saved.';
      })
      .catch((error: unknown) => {
        saved.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
}
