import { describe, expect, it } from 'vitest';
import { AUTH_CONFIG_KEY } from '../auth/config-store';
import { SIGN_IN_FLOW_KEY } from '../auth/sign-in-flow';
import { SETTINGS_KEY } from '../settings/settings';
import type { NotWebPage } from '../messaging/contract';
import type { BackgroundContext, FrontTab } from './context';
import { pageRecordingHandlers, pageRecordingOf } from './page-recording';
import { SIGN_IN_TABS_KEY } from './sign-in-tabs';

const ask = pageRecordingHandlers['page-recording'];

/**
 * A worker whose front tab is `tab`, with these stored settings and sign-in tab marks; `before`:
 * the tab of its window the reader was on before it.
 */
function contextWith(
  tab: FrontTab | undefined,
  stored: Record<string, unknown> = {},
  session: Record<string, unknown> = {},
  before?: FrontTab,
): BackgroundContext {
  const area = (items: Record<string, unknown>) => ({
    get: (key: string) => Promise.resolve(key in items ? { [key]: items[key] } : {}),
  });
  return {
    browserState: {
      frontTab: () => Promise.resolve(tab),
      lastTabBefore: (windowId: number, except: number) =>
        Promise.resolve(windowId === tab?.windowId && except === tab.tabId ? before : undefined),
    },
    storage: area({
      [AUTH_CONFIG_KEY]: { clientId: 'c', tenant: 'https://127.0.0.1:8443/oidc' },
      ...stored,
    }),
    session: area(session),
    // The worker's copy may lag a popup's own update-settings: the stored settings are asked.
    settings: () => {
      throw new Error('not the stored settings');
    },
  } as unknown as BackgroundContext;
}

const article = {
  tabId: 7,
  windowId: 1,
  url: 'https://news.example.co.uk/2026/tides',
  incognito: false,
};

describe('page-recording (the popup asks about the page in front)', () => {
  it('names the site of a recorded page by the Public Suffix List', async () => {
    expect(await ask(contextWith(article), {})).toEqual({
      kind: 'recorded',
      site: 'example.co.uk',
    });
  });

  it('says which stored entries exclude it, read from storage as saved a moment ago', async () => {
    const stored = { [SETTINGS_KEY]: { excludedSites: ['example.co.uk', 'other.test'] } };
    expect(await ask(contextWith(article, stored), {})).toEqual({
      kind: 'excluded',
      site: 'example.co.uk',
      entries: ['example.co.uk'],
    });
  });

  it('says paused while recording is paused', async () => {
    const stored = { [SETTINGS_KEY]: { paused: true } };
    expect(await ask(contextWith(article, stored), {})).toEqual({
      kind: 'paused',
      site: 'example.co.uk',
    });
  });

  it('never recorded in the sign-in flow’s tab, whatever its address', async () => {
    const flow = { origin: 'https://news.example.co.uk', startedAt: 1000 };
    const session = { [SIGN_IN_FLOW_KEY]: flow, [SIGN_IN_TABS_KEY]: { '7': 1000 } };
    expect(await ask(contextWith(article, {}, session), {})).toEqual({
      kind: 'never-recorded',
      site: 'example.co.uk',
    });
  });

  it('not web and nothing to name with no normal window or tab', async () => {
    expect(await ask(contextWith(undefined), {})).toEqual({ kind: 'not-web' });
  });

  it.each<[string, FrontTab, NotWebPage]>([
    // Chromium withholds chrome://version's address from an extension without `tabs`.
    [
      'a page whose address the browser withholds',
      { tabId: 3, windowId: 1, incognito: false },
      'browser',
    ],
    [
      'a browser page',
      { tabId: 3, windowId: 1, url: 'chrome://newtab/', incognito: false },
      'browser',
    ],
    [
      'Firefox’s own page',
      { tabId: 3, windowId: 1, url: 'about:preferences', incognito: false },
      'browser',
    ],
    ['any page in a private window', { ...article, incognito: true }, 'private'],
    [
      'a file',
      { tabId: 3, windowId: 1, url: 'file:///home/a/notes.html', incognito: false },
      'file',
    ],
    [
      'an extension’s page',
      { tabId: 3, windowId: 1, url: 'moz-extension://a1b2/history.html', incognito: false },
      'extension',
    ],
    [
      'a data: page',
      { tabId: 3, windowId: 1, url: 'data:text/html,<p>hi', incognito: false },
      'other',
    ],
  ])('not web for %s, and says what it is', async (_case, tab, page) => {
    expect(await ask(contextWith(tab), {})).toEqual({ kind: 'not-web', page });
  });
});

describe('page-recording from the popup open as a tab of its own', () => {
  const popupTab = {
    tabId: 9,
    windowId: 1,
    url: 'chrome-extension://abc/src/ui/popup/index.html',
    incognito: false,
  };

  it('talks about the tab the reader was on before it, not about itself', async () => {
    expect(await ask(contextWith(popupTab, {}, {}, article), { ownTab: 9 })).toEqual({
      kind: 'recorded',
      site: 'example.co.uk',
      lastTab: true,
    });
    const stored = { [SETTINGS_KEY]: { excludedSites: ['example.co.uk'] } };
    expect(await ask(contextWith(popupTab, stored, {}, article), { ownTab: 9 })).toEqual({
      kind: 'excluded',
      site: 'example.co.uk',
      entries: ['example.co.uk'],
      lastTab: true,
    });
  });

  it('says nothing when that tab is no web page, or there is none', async () => {
    const welcome = { ...popupTab, tabId: 4, url: 'chrome-extension://abc/welcome.html' };
    expect(await ask(contextWith(popupTab, {}, {}, welcome), { ownTab: 9 })).toEqual({
      kind: 'not-web',
    });
    expect(await ask(contextWith(popupTab), { ownTab: 9 })).toEqual({ kind: 'not-web' });
  });

  it('is about the page in front when the popup is not that page (a window of its own)', async () => {
    expect(await ask(contextWith(article, {}, {}, popupTab), { ownTab: 12 })).toEqual({
      kind: 'recorded',
      site: 'example.co.uk',
    });
    // The toolbar popup is no tab: an extension page in front is named as one.
    expect(await ask(contextWith(popupTab, {}, {}, article), {})).toEqual({
      kind: 'not-web',
      page: 'extension',
    });
  });
});

describe('pageRecordingOf', () => {
  it.each([
    ['an IP address is its own site', 'http://127.0.0.1:8080/a', '127.0.0.1'],
    ['one person’s page under a shared suffix', 'https://alice.github.io/x', 'alice.github.io'],
    ['an intranet name', 'http://wiki/start', 'wiki'],
  ])('%s', (_case, url, site) => {
    expect(pageRecordingOf({ kind: 'recorded' }, url)).toEqual({ kind: 'recorded', site });
  });
});
