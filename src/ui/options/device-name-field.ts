/**
 * The options page's "This device's name" field: its placeholder and hint show the default name
 * in the page's language ("Chrome unter Linux (3FA2)"), so a user sees what an empty field means.
 */
import { deviceKind } from '../../devices/device-id';
import { wordDeviceName } from '../../devices/device-name-words';
import { t } from '../../i18n/i18n';

/**
 * Shows the default name at once with "…" for the four characters of this device's id, then in
 * full with `suffix` (the worker's 'get-device-suffix'; '' or a rejection keeps the "…" and the
 * general hint). `userAgent` is the page's navigator.userAgent, the same the worker names from.
 */
export async function showDefaultDeviceName(
  input: HTMLInputElement,
  hint: HTMLElement,
  userAgent: string,
  suffix: Promise<string>,
): Promise<void> {
  const kind = deviceKind(userAgent);
  input.placeholder = wordDeviceName({ ...kind, suffix: '…' });
  const known = await suffix.catch(() => '');
  if (known === '') return;
  const name = wordDeviceName({ ...kind, suffix: known });
  input.placeholder = name;
  hint.textContent = t('options_device_name_hint_default', name);
}
