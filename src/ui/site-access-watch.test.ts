// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../i18n/testing';
import { mountSiteAccess, type SiteAccessDeps, type SiteAccessParts } from './site-access-watch';

// The notice on the popup and the options page, with the browser's permissions faked.

vi.mock('webextension-polyfill', () => ({ default: {} }));

const HOSTS = ['http://*/*', 'https://*/*'];

/** A browser whose granted origins the test sets; `changed()` fires onAdded/onRemoved. */
function fakeBrowser(initial: string[]) {
  let granted = [...initial];
  const listeners: (() => void)[] = [];
  const calls: string[] = [];
  let answer: (granted: boolean) => void = () => undefined;
  const deps: SiteAccessDeps = {
    origins: HOSTS,
    contains: (origins) => Promise.resolve(origins.every((o) => granted.includes(o))),
    granted: () => Promise.resolve([...granted]),
    request: (origins) => {
      calls.push(`request ${origins.join(' ')}`);
      return new Promise((resolve) => (answer = resolve));
    },
    onChange: (listener) => listeners.push(listener),
  };
  return {
    deps,
    calls,
    set(origins: string[]) {
      granted = [...origins];
      for (const listener of listeners) listener();
    },
    answer: (yes: boolean) => {
      answer(yes);
    },
  };
}

function parts(): SiteAccessParts {
  const box = document.createElement('div');
  box.hidden = true;
  return { box, text: document.createElement('p'), button: document.createElement('button') };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  useCatalog('en');
});

describe('the site-access notice', () => {
  it('stays hidden with full access', async () => {
    const browser = fakeBrowser(HOSTS);
    const shown = parts();
    mountSiteAccess(shown, browser.deps, () => undefined);
    await settle();
    expect(shown.box.hidden).toBe(true);
  });

  it('appears when access is withdrawn and goes when it is granted again', async () => {
    const browser = fakeBrowser(HOSTS);
    const shown = parts();
    const heard: string[] = [];
    mountSiteAccess(
      shown,
      browser.deps,
      () => undefined,
      (access) => heard.push(access),
    );
    await settle();
    browser.set([]);
    await settle();
    expect(shown.box.hidden).toBe(false);
    expect(shown.text.textContent).toBe(
      'Reading Timeline may not read websites, so nothing you read is recorded.',
    );
    expect(shown.button.textContent).toBe('Allow access to websites');
    browser.set(HOSTS);
    await settle();
    expect(shown.box.hidden).toBe(true);
    expect(heard).toEqual(['all', 'none', 'all']);
  });

  it('says so in German, for some sites only', async () => {
    useCatalog('de');
    const browser = fakeBrowser(['https://example.com/*']);
    const shown = parts();
    mountSiteAccess(shown, browser.deps, () => undefined);
    await settle();
    expect(shown.text.textContent).toBe(
      'Reading Timeline darf nur einige Websites lesen: Was du auf den anderen liest, wird nicht aufgezeichnet.',
    );
    expect(shown.button.textContent).toBe('Zugriff auf Websites erlauben');
  });

  it('asks for the manifest hosts within the click, and says a refusal', async () => {
    const browser = fakeBrowser([]);
    const shown = parts();
    const said: string[] = [];
    mountSiteAccess(shown, browser.deps, (text) => said.push(text));
    await settle();
    shown.button.click();
    // Synchronously: the browser grants a request only while the user's click is handled.
    expect(browser.calls).toEqual(['request http://*/* https://*/*']);
    browser.answer(false);
    await settle();
    expect(said.at(-1)).toMatch(/^Access was not allowed/);
  });

  it('counts a browser that does not answer as full access (claims nothing)', async () => {
    const browser = fakeBrowser([]);
    browser.deps.contains = () => Promise.reject(new Error('no permissions API'));
    const shown = parts();
    mountSiteAccess(shown, browser.deps, () => undefined);
    await settle();
    expect(shown.box.hidden).toBe(true);
  });
});
