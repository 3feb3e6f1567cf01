import type { Browser, Tabs } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { createBrowserState } from './browser-state';

/** A browser whose window 1 holds `tabs` (tabs.query filters by window only). */
function browserWith(
  tabs: Partial<Tabs.Tab>[],
): Pick<Browser, 'idle' | 'windows' | 'tabs' | 'scripting'> {
  return {
    tabs: {
      query: ({ windowId }: Tabs.QueryQueryInfoType) =>
        Promise.resolve(tabs.filter((tab) => tab.windowId === windowId)),
    },
  } as unknown as Pick<Browser, 'idle' | 'windows' | 'tabs' | 'scripting'>;
}

describe('lastTabBefore (the tab the popup open as a tab talks about)', () => {
  it('is the most recently used other tab of the window, with its address', async () => {
    const state = createBrowserState(
      browserWith([
        { id: 1, windowId: 1, lastAccessed: 300, incognito: false, url: 'https://old.test/' },
        { id: 2, windowId: 1, lastAccessed: 900, incognito: false, url: 'https://read.test/' },
        { id: 3, windowId: 1, lastAccessed: 1000, incognito: false, url: 'chrome-extension://x/' },
        { id: 4, windowId: 2, lastAccessed: 950, incognito: false, url: 'https://other.test/' },
      ]),
    );
    expect(await state.lastTabBefore(1, 3)).toEqual({
      tabId: 2,
      windowId: 1,
      incognito: false,
      url: 'https://read.test/',
    });
  });

  it('is none where the browser gives no lastAccessed (Chromium before 121)', async () => {
    const state = createBrowserState(
      browserWith([
        { id: 1, windowId: 1, incognito: false, url: 'https://read.test/' },
        { id: 3, windowId: 1, incognito: false },
      ]),
    );
    expect(await state.lastTabBefore(1, 3)).toBeUndefined();
  });
});
