// @vitest-environment jsdom
// The options page's settings forms as the page loads: the stored settings take a moment to come
// from the worker (a second on a busy machine). Meanwhile no field is an empty box.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { initSettingsForms } from './settings-forms';

vi.mock('../../messaging/client', () => ({ sendToWorker: vi.fn() }));

const MARKUP = readFileSync(join(__dirname, 'index.html'), 'utf8');
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const NUMBERS = ['idle-threshold', 'continuation-gap', 'min-engagement', 'retention-days'];

describe('options: the settings forms while the settings load', () => {
  beforeEach(() => {
    const parsed = new DOMParser().parseFromString(MARKUP, 'text/html');
    parsed.querySelector('script')?.remove();
    document.body.replaceWith(document.importNode(parsed.body, true));
  });

  it('show each number field disabled with its default, greyed, then the stored value', async () => {
    let loaded = (_settings: Settings): void => undefined;
    initSettingsForms(new Promise<Settings>((resolve) => (loaded = resolve)));
    expect(
      NUMBERS.map((id) => [field(id).disabled, field(id).value, field(id).placeholder]),
    ).toEqual([
      [true, '', '60'],
      [true, '', '300'],
      [true, '', '5'],
      [true, '', '0'],
    ]);
    // The device name's own placeholder (options.ts) is not touched.
    field('device-name').placeholder = 'Chrome on Linux (…)';
    loaded({ ...DEFAULT_SETTINGS, idleThresholdSec: 90, retentionDays: 30 });
    await vi.waitFor(() => {
      expect(field('idle-threshold').disabled).toBe(false);
    });
    expect(NUMBERS.map((id) => [field(id).value, field(id).placeholder])).toEqual([
      ['90', ''],
      ['300', ''],
      ['5', ''],
      ['30', ''],
    ]);
    expect(field('device-name').placeholder).toBe('Chrome on Linux (…)');
  });
});
