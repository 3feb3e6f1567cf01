import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { droppedLines, fieldText, parseField, type EditableSetting } from './setting-fields';

describe('parseField', () => {
  it.each<[EditableSetting, { value: string; checked?: boolean }, unknown]>([
    ['idleThresholdSec', { value: '120' }, { idleThresholdSec: 120 }],
    ['idleThresholdSec', { value: ' 15 ' }, { idleThresholdSec: 15 }],
    ['retentionDays', { value: '0' }, { retentionDays: 0 }],
    ['minEngagementSec', { value: '3600' }, { minEngagementSec: 3600 }],
    ['sendImage', { value: 'on', checked: false }, { sendImage: false }],
    ['paused', { value: 'on', checked: true }, { paused: true }],
    ['deviceName', { value: ' Office laptop ' }, { deviceName: ' Office laptop ' }],
    ['deviceName', { value: '' }, { deviceName: '' }],
    [
      'excludedSites',
      { value: 'bank.example\n\nmail.test' },
      { excludedSites: ['bank.example', '', 'mail.test'] },
    ],
  ])('%s %j → a patch of that field only', (name, raw, patch) => {
    expect(parseField(name, raw)).toEqual({ ok: true, patch });
  });

  it.each<[EditableSetting, string, number, number]>([
    ['idleThresholdSec', '14', 15, 14_400],
    ['idleThresholdSec', '', 15, 14_400],
    ['minEngagementSec', '0', 1, 3600],
    ['minEngagementSec', '2.5', 1, 3600],
    ['continuationGapSec', 'soon', 30, 86_400],
    ['retentionDays', '-1', 0, 3650],
    ['retentionDays', '1e9', 0, 3650],
  ])('%s "%s" is a range error (%d–%d), never clamped', (name, value, min, max) => {
    expect(parseField(name, { value })).toEqual({ ok: false, error: { kind: 'range', min, max } });
  });
});

describe('fieldText and droppedLines', () => {
  const settings = { ...DEFAULT_SETTINGS, excludedSites: ['bank.example', 'mail.test'] };

  it('shows sites one per line and numbers as digits', () => {
    expect(fieldText('excludedSites', settings)).toBe('bank.example\nmail.test');
    expect(fieldText('idleThresholdSec', { ...settings, idleThresholdSec: 90 })).toBe('90');
  });

  it.each([
    ['bank.example\nmail.test', 0],
    ['bank.example\n\n  \nmail.test', 0],
    ['bank.example\nnot a site!\nmail.test', 1],
    ['a b\nbank.example\nc d\nmail.test', 2],
  ])('%j: %d lines left out', (entered, dropped) => {
    expect(droppedLines(entered, settings)).toBe(dropped);
  });
});
