// Options page entry: loads settings into the form and saves them through the worker.
import { sendToWorker } from '../../messaging/client';
import { requireElement } from '../dom';
import { SETTING_LIMITS, type Settings } from '../../settings/settings';

const form = requireElement('#tracking-form', HTMLFormElement);
const saved = requireElement('#saved', HTMLElement);

const numberFields = Object.keys(SETTING_LIMITS) as (keyof typeof SETTING_LIMITS)[];

function field(name: string): HTMLInputElement {
  const input = form.elements.namedItem(name);
  if (!(input instanceof HTMLInputElement)) throw new Error(`missing field ${name}`);
  return input;
}

function fill(settings: Settings): void {
  field('paused').checked = settings.paused;
  for (const name of numberFields) {
    const input = field(name);
    input.min = String(SETTING_LIMITS[name].min);
    input.max = String(SETTING_LIMITS[name].max);
    input.value = String(settings[name]);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const patch: Partial<Settings> = { paused: field('paused').checked };
  for (const name of numberFields) patch[name] = field(name).valueAsNumber;
  saved.textContent = '';
  void sendToWorker('update-settings', { patch })
    .then((settings) => {
      fill(settings);
      saved.textContent = 'Saved.';
    })
    .catch((error: unknown) => {
      saved.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
    });
});

void sendToWorker('get-settings', {}).then(fill);
