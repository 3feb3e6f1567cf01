/**
 * The settings the options page edits, one control each, and how a control's raw value becomes a
 * setting (pure, unit-tested). Each control saves only its own field, so a form never re-sends a
 * value it did not change (a Pause made in the popup survives any edit here).
 */
import {
  BOOLEAN_SETTINGS,
  SETTING_LIMITS,
  type BooleanSetting,
  type Settings,
} from '../../settings/settings';

/** A numeric setting with a field of its own on the options page. */
export type NumberSetting =
  'idleThresholdSec' | 'continuationGapSec' | 'minEngagementSec' | 'retentionDays';
/** Every setting with a control on the options page (the Graph URL is in the sign-in form). */
export type EditableSetting = NumberSetting | BooleanSetting | 'excludedSites' | 'deviceName';

/** The numeric settings the options page edits, in its order. */
export const NUMBER_SETTINGS: readonly NumberSetting[] = [
  'idleThresholdSec',
  'continuationGapSec',
  'minEngagementSec',
  'retentionDays',
];

/** A control's value turned into a patch, or why it cannot be one. */
export type FieldResult =
  | { ok: true; patch: Partial<Settings> }
  | { ok: false; error: { kind: 'range'; min: number; max: number } };

/**
 * Reads one control: a checkbox's `checked`, a number field's text (a whole number within
 * SETTING_LIMITS, else a range error: never clamped silently), the excluded sites' lines (the worker
 * normalises each and drops what is not a host).
 */
export function parseField(
  name: EditableSetting,
  raw: { checked?: boolean; value: string },
): FieldResult {
  if ((BOOLEAN_SETTINGS as readonly string[]).includes(name)) {
    return { ok: true, patch: { [name]: raw.checked === true } };
  }
  if (name === 'excludedSites')
    return { ok: true, patch: { excludedSites: raw.value.split('\n') } };
  // Any text is a name (the worker keeps one line of it); empty restores the default.
  if (name === 'deviceName') return { ok: true, patch: { deviceName: raw.value } };
  const { min, max } = SETTING_LIMITS[name as NumberSetting];
  const text = raw.value.trim();
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < min || value > max) {
    return { ok: false, error: { kind: 'range', min, max } };
  }
  return { ok: true, patch: { [name]: value } };
}

/** The text a control shows for a setting's value. */
export function fieldText(name: EditableSetting, settings: Settings): string {
  return name === 'excludedSites' ? settings.excludedSites.join('\n') : String(settings[name]);
}

/** Lines of the excluded-sites box that were not blank but did not survive as a site. */
export function droppedLines(entered: string, settings: Settings): number {
  const lines = entered.split('\n').filter((line) => line.trim() !== '').length;
  return Math.max(0, lines - settings.excludedSites.length);
}
