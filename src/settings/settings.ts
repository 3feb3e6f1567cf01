import { DEFAULT_TRACKER_SETTINGS, type TrackerSettings } from '../tracking/engagement-types';

/** Everything the user can set. Stored in storage.local under one key, validated on every read. */
export interface Settings extends TrackerSettings {
  /** Stop recording anything until unpaused. */
  paused: boolean;
}

export const DEFAULT_SETTINGS: Settings = { ...DEFAULT_TRACKER_SETTINGS, paused: false };

export const SETTINGS_KEY = 'settings';

/** Bounds for numeric settings: chrome.idle refuses thresholds under 15 s. */
export const SETTING_LIMITS = {
  idleThresholdSec: { min: 15, max: 4 * 3600 },
  continuationGapSec: { min: 30, max: 24 * 3600 },
  minEngagementSec: { min: 1, max: 3600 },
} as const satisfies Record<keyof TrackerSettings, { min: number; max: number }>;

/** The subset of a storage area this module needs (browser.storage.local satisfies it). */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Turns whatever is stored (possibly nothing, possibly garbage) into valid settings. */
export function parseSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (typeof source.paused === 'boolean') settings.paused = source.paused;
  for (const key of Object.keys(SETTING_LIMITS) as (keyof typeof SETTING_LIMITS)[]) {
    const value = source[key];
    if (typeof value === 'number' && Number.isFinite(value)) {
      const { min, max } = SETTING_LIMITS[key];
      settings[key] = Math.min(max, Math.max(min, Math.round(value)));
    }
  }
  return settings;
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  const stored = await storage.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(
  storage: SettingsStorage,
  patch: Partial<Settings>,
): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings(storage)), ...patch });
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}
