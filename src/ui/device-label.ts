import { t } from '../i18n/i18n';

/**
 * "on Chrome on Windows" for an engagement read elsewhere, "on this device + Chrome on Windows" for
 * a page read on several, '' for what was read here only. The names come from other devices
 * (Graph): callers set the result as text, never as markup.
 */
export function devicesLabel(row: { device?: string; devices?: string[] }): string {
  const names = row.device !== undefined ? [row.device] : (row.devices ?? []);
  return names.length === 0 ? '' : t('devices_read_on', names.join(' + '));
}
