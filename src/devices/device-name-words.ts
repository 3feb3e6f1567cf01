/**
 * A device's default name in the catalog's language: "Chrome on Windows (3FA2)", "Chrome unter
 * Windows (3FA2)". For display only: what is stored and published stays English (device-id.ts).
 */
import { t, type Translate } from '../i18n/i18n';
import type { DefaultDeviceName } from './device-id';

/** The default name's parts as the user's language writes them. */
export function wordDeviceName(
  { browser, system, suffix }: DefaultDeviceName,
  translate: Translate = t,
): string {
  return system === undefined
    ? translate('devices_default_name_browser', [browser, suffix])
    : translate('devices_default_name', [browser, system, suffix]);
}
