import { DEFAULT_TRACKER_SETTINGS, type TrackerSettings } from '../tracking/engagement-types';
import { normalizeSitePattern } from './excluded-sites';

/** Everything the user can set. Stored in storage.local under one key, validated on every read. */
export interface Settings extends TrackerSettings {
  /** Stop recording anything until unpaused. */
  paused: boolean;
  /**
   * When a timed pause ends by itself (ms since the epoch); null pauses until resumed. Only read
   * while `paused`; the worker holds one alarm for it (src/background/pause.ts).
   */
  pausedUntil: number | null;
  /** Microsoft Graph root, e.g. https://graph.microsoft.com/v1.0 (or the local sandbox). */
  graphBaseUrl: string;
  /** The extension's own share of Graph's 100 writes per 5 minutes (shared with other apps). */
  writeBudgetPer5Min: number;
  /** What is sent to Graph besides title, URL and site: each can be turned off. */
  sendDescription: boolean;
  sendImage: boolean;
  sendAuthors: boolean;
  /**
   * Remember where each page was left (progress and the passage at the top of the window) and
   * publish that passage in the activity's activationUrl. Off: progress only, nothing quoted.
   */
  resumePosition: boolean;
  /**
   * Read back from Graph what this account read on its other devices (src/devices/). Off: this
   * device only publishes.
   */
  readBack: boolean;
  /**
   * What this device is called on the user's other devices (published in its `device.<node>`
   * marker, src/devices/markers.ts); '' for the default, browser and system with a short id.
   */
  deviceName: string;
  /** Hosts never recorded (each also covers its subdomains); see excluded-sites.ts. */
  excludedSites: string[];
  /** Pages last read longer ago than this are deleted from this browser; 0 keeps them forever. */
  retentionDays: number;
  /** The shape these settings were saved in; see `parseSettings` for what each version changed. */
  settingsVersion: number;
}

/**
 * Version 2: retention defaults to keeping everything (it was 90 days). Version 1 saved every field
 * on any change, so a stored 90 cannot tell a choice from the old default: it is read as the old
 * default and becomes 0 (keep everything). Keeping too much is recoverable (delete a range);
 * deleting too much is not.
 */
export const SETTINGS_VERSION = 2;
const OLD_DEFAULT_RETENTION_DAYS = 90;

/** Microsoft Graph's root (v1.0); the local sandbox replaces it in tests. */
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

/** The settings of a new install: tracking on, every privacy switch on, history kept forever. */
export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_TRACKER_SETTINGS,
  paused: false,
  pausedUntil: null,
  graphBaseUrl: DEFAULT_GRAPH_BASE_URL,
  writeBudgetPer5Min: 60,
  sendDescription: true,
  sendImage: true,
  sendAuthors: true,
  resumePosition: true,
  readBack: true,
  deviceName: '',
  excludedSites: [],
  // Keep everything: the limit people install a history tool to escape.
  retentionDays: 0,
  settingsVersion: SETTINGS_VERSION,
};

const MAX_EXCLUDED_SITES = 500;
/** The longest device name kept (other devices read at most 60 characters, remote-activity.ts). */
export const MAX_DEVICE_NAME = 60;

/** A device name as kept: one line, no control characters, spaces collapsed, at most 60 long. */
export function normalizeDeviceName(value: string): string {
  return value
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_DEVICE_NAME)
    .trim();
}

/** The on/off settings: the pause and the privacy and reading-back switches (one control each). */
export const BOOLEAN_SETTINGS = [
  'paused',
  'sendDescription',
  'sendImage',
  'sendAuthors',
  'resumePosition',
  'readBack',
] as const;
/** One of BOOLEAN_SETTINGS. */
export type BooleanSetting = (typeof BOOLEAN_SETTINGS)[number];

/** The storage.local key of the settings. */
export const SETTINGS_KEY = 'settings';

/** Bounds for numeric settings: chrome.idle refuses thresholds under 15 s. */
export const SETTING_LIMITS = {
  idleThresholdSec: { min: 15, max: 4 * 3600 },
  continuationGapSec: { min: 30, max: 24 * 3600 },
  minEngagementSec: { min: 1, max: 3600 },
  writeBudgetPer5Min: { min: 1, max: 100 },
  retentionDays: { min: 0, max: 3650 },
} as const satisfies Record<
  keyof TrackerSettings | 'writeBudgetPer5Min' | 'retentionDays',
  { min: number; max: number }
>;

/** The subset of a storage area this module needs (browser.storage.local satisfies it). */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Turns whatever is stored (possibly nothing, possibly garbage) into valid settings. */
export function parseSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of BOOLEAN_SETTINGS) {
    const value = source[key];
    if (typeof value === 'boolean') settings[key] = value;
  }
  if (Array.isArray(source.excludedSites)) {
    const hosts = source.excludedSites
      .filter((entry): entry is string => typeof entry === 'string')
      .map(normalizeSitePattern)
      .filter((host): host is string => host !== null);
    settings.excludedSites = [...new Set(hosts)].slice(0, MAX_EXCLUDED_SITES);
  }
  if (typeof source.deviceName === 'string')
    settings.deviceName = normalizeDeviceName(source.deviceName);
  const graph = source.graphBaseUrl;
  if (typeof graph === 'string' && isGraphBaseUrl(graph))
    settings.graphBaseUrl = graph.replace(/\/+$/, '');
  for (const key of Object.keys(SETTING_LIMITS) as (keyof typeof SETTING_LIMITS)[]) {
    const value = source[key];
    if (typeof value === 'number' && Number.isFinite(value)) {
      const { min, max } = SETTING_LIMITS[key];
      settings[key] = Math.min(max, Math.max(min, Math.round(value)));
    }
  }
  const until = source.pausedUntil;
  if (settings.paused && typeof until === 'number' && Number.isFinite(until) && until > 0) {
    settings.pausedUntil = Math.round(until);
  }
  const savedVersion = typeof source.settingsVersion === 'number' ? source.settingsVersion : 1;
  if (savedVersion < 2 && source.retentionDays === OLD_DEFAULT_RETENTION_DAYS) {
    settings.retentionDays = 0;
  }
  return settings;
}

/** The stored settings, checked and clamped by parseSettings (defaults for what is missing). */
export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  const stored = await storage.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/**
 * Applies `patch` to the stored settings, checks the result as parseSettings does (a number out of
 * range is clamped, a value of the wrong type falls back to the default), stores it and returns it.
 */
export async function updateSettings(
  storage: SettingsStorage,
  patch: Partial<Settings>,
): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings(storage)), ...patch });
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}

/**
 * The settings a `storage.onChanged` event stored, checked as parseSettings does (a removal gives
 * the defaults); null when the event is not a change of the settings in storage.local.
 */
export function changedSettings(
  changes: Readonly<Record<string, { newValue?: unknown }>>,
  area: string,
): Settings | null {
  const change = changes[SETTINGS_KEY];
  return area === 'local' && change !== undefined ? parseSettings(change.newValue) : null;
}

/**
 * A Graph root must be https, or http only on this machine (the local sandbox): a token must never
 * travel in clear text over a network.
 */
export function isGraphBaseUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    return (
      (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) &&
      !url.search &&
      !url.hash &&
      !url.username
    );
  } catch {
    return false;
  }
}
