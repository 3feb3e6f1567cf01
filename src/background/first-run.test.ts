import { describe, expect, it, vi } from 'vitest';
import { openWelcomeOnInstall } from './first-run';

describe('first run', () => {
  it.each([
    ['install', 1],
    ['update', 0],
    ['chrome_update', 0],
    ['shared_module_update', 0],
  ])('on %s opens the welcome page %d time(s)', async (reason, times) => {
    const create = vi.fn(() => Promise.resolve({}));
    const browser = {
      tabs: { create },
      runtime: { getURL: (p: string) => `chrome-extension://id/${p}` },
    };
    await openWelcomeOnInstall({ reason }, browser);
    expect(create).toHaveBeenCalledTimes(times);
    if (times) {
      expect(create).toHaveBeenCalledWith({
        url: 'chrome-extension://id/src/ui/welcome/index.html',
      });
    }
  });
});
