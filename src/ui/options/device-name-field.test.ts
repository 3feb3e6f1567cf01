// @vitest-environment jsdom
// The options page's "This device's name": placeholder and hint show the default name, in the page's
// language, with the four characters the worker knows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import { showDefaultDeviceName } from './device-name-field';

const LINUX_CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36';

describe('the device name field', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    [
      'en',
      'Chrome on Linux (…)',
      'Chrome on Linux (3FA2)',
      'Leave empty to use “Chrome on Linux (3FA2)”: your browser and system, with a code that tells this device apart from others like it.',
    ],
    [
      'de',
      'Chrome unter Linux (…)',
      'Chrome unter Linux (3FA2)',
      'Leer lassen, um „Chrome unter Linux (3FA2)“ zu verwenden: Browser und System, dazu ein Kürzel, das dieses Gerät von gleichartigen unterscheidet.',
    ],
  ] as const)('shows the default name in %s, then in full', async (language, early, full, hint) => {
    useCatalog(language);
    const input = document.createElement('input');
    const help = document.createElement('p');
    help.textContent = 'general hint';
    let answer: (suffix: string) => void = () => undefined;
    const shown = showDefaultDeviceName(
      input,
      help,
      LINUX_CHROME,
      new Promise((resolve) => (answer = resolve)),
    );
    expect(input.placeholder).toBe(early);
    expect(help.textContent).toBe('general hint');
    answer('3FA2');
    await shown;
    expect([input.placeholder, help.textContent]).toEqual([full, hint]);
  });

  it('keeps the general hint when the worker cannot say', async () => {
    useCatalog('en');
    const input = document.createElement('input');
    const help = document.createElement('p');
    help.textContent = 'general hint';
    await showDefaultDeviceName(input, help, LINUX_CHROME, Promise.reject(new Error('no worker')));
    expect([input.placeholder, help.textContent]).toEqual(['Chrome on Linux (…)', 'general hint']);
  });
});
