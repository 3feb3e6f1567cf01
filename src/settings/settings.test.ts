import { describe, expect, it } from 'vitest';
import {
  changedSettings,
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  updateSettings,
  type SettingsStorage,
} from './settings';

function memoryStorage(
  initial: Record<string, unknown> = {},
): SettingsStorage & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: (key) => Promise.resolve(key in data ? { [key]: data[key] } : {}),
    set: (items) => {
      Object.assign(data, items);
      return Promise.resolve();
    },
  };
}

describe('settings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['garbage', 'not an object', DEFAULT_SETTINGS],
    ['wrong types', { paused: 'yes', idleThresholdSec: '30' }, DEFAULT_SETTINGS],
    [
      'below chrome.idle minimum',
      { idleThresholdSec: 5 },
      { ...DEFAULT_SETTINGS, idleThresholdSec: 15 },
    ],
    ['not finite', { minEngagementSec: Number.NaN }, DEFAULT_SETTINGS],
    ['fractional', { continuationGapSec: 90.6 }, { ...DEFAULT_SETTINGS, continuationGapSec: 91 }],
    [
      'valid',
      { paused: true, idleThresholdSec: 120 },
      { ...DEFAULT_SETTINGS, paused: true, idleThresholdSec: 120 },
    ],
  ])('parses %s', (_name, raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  // Every on/off setting a new install has, read off the defaults (not off BOOLEAN_SETTINGS, the
  // list under test): a switch the parser does not know would come back on after each restart.
  const switches = Object.entries(DEFAULT_SETTINGS)
    .filter(([, value]) => typeof value === 'boolean')
    .map(([key]) => key);
  it.each(switches)('keeps %s as the user set it', (key) => {
    const flipped = !(DEFAULT_SETTINGS as unknown as Record<string, boolean>)[key];
    expect(parseSettings({ [key]: flipped })).toMatchObject({ [key]: flipped });
  });

  it.each([
    ['https://graph.microsoft.com/v1.0', 'https://graph.microsoft.com/v1.0'],
    ['https://graph.microsoft.com/beta/', 'https://graph.microsoft.com/beta'],
    ['http://127.0.0.1:8080/v1.0', 'http://127.0.0.1:8080/v1.0'],
    ['http://graph.example.com/v1.0', DEFAULT_SETTINGS.graphBaseUrl],
    ['javascript:alert(1)', DEFAULT_SETTINGS.graphBaseUrl],
    ['https://user:pw@graph.example/v1.0', DEFAULT_SETTINGS.graphBaseUrl],
    ['not a url', DEFAULT_SETTINGS.graphBaseUrl],
  ])('accepts only a safe Graph URL: %s', (graphBaseUrl, expected) => {
    expect(parseSettings({ graphBaseUrl }).graphBaseUrl).toBe(expected);
  });

  it('keeps excluded sites as normalized, unique hosts', () => {
    const parsed = parseSettings({
      excludedSites: ['Mail.Example.com', 'https://mail.example.com/x', 7, '', 'bank.test'],
    });
    expect(parsed.excludedSites).toEqual(['mail.example.com', 'bank.test']);
  });

  it.each([
    ['the old default from version 1 becomes keep-everything', { retentionDays: 90 }, 0],
    ['another choice from version 1 stays', { retentionDays: 30 }, 30],
    ['90 chosen in version 2 stays', { retentionDays: 90, settingsVersion: 2 }, 90],
    ['nothing stored keeps everything', {}, 0],
  ])('retention: %s', (_name, raw, expected) => {
    expect(parseSettings(raw).retentionDays).toBe(expected);
  });

  it.each([
    ['kept as typed', 'Office laptop', 'Office laptop'],
    ['one line, spaces collapsed', '  Office\n\tlaptop  ', 'Office laptop'],
    ['at most 60 characters', 'x'.repeat(80), 'x'.repeat(60)],
    ['not a string: the default', 42, ''],
    ['nothing stored: the default', undefined, ''],
  ])('device name: %s', (_name, deviceName, expected) => {
    expect(parseSettings({ deviceName }).deviceName).toBe(expected);
  });

  it.each([
    ['a timed pause', { paused: true, pausedUntil: 1_700_000_000_000 }, 1_700_000_000_000],
    ['until resumed', { paused: true, pausedUntil: null }, null],
    ['an end without a pause', { paused: false, pausedUntil: 1_700_000_000_000 }, null],
    ['garbage', { paused: true, pausedUntil: 'soon' }, null],
    ['not finite', { paused: true, pausedUntil: Number.POSITIVE_INFINITY }, null],
  ])('pause end: %s', (_name, raw, expected) => {
    expect(parseSettings(raw).pausedUntil).toBe(expected);
  });

  it.each([
    ['a change of the settings', 'local', { settings: { newValue: { paused: true } } }, true],
    ['their removal (the defaults)', 'local', { settings: {} }, false],
    ['another key', 'local', { 'auth-config': { newValue: {} } }, null],
    ['another storage area', 'session', { settings: { newValue: { paused: true } } }, null],
  ])('reads %s from a storage event', (_name, area, changes, paused) => {
    const settings = changedSettings(changes, area);
    expect(settings === null ? null : settings.paused).toBe(paused);
  });

  it('merges an update into what is stored and keeps it valid', async () => {
    const storage = memoryStorage({ settings: { idleThresholdSec: 30 } });
    const next = await updateSettings(storage, { paused: true, minEngagementSec: -4 });
    expect(next).toEqual({
      ...DEFAULT_SETTINGS,
      idleThresholdSec: 30,
      paused: true,
      minEngagementSec: 1,
    });
    expect(await loadSettings(storage)).toEqual(next);
  });
});
