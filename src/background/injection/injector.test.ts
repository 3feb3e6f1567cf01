import type { Tabs } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READING_MODULE_PATH } from '../../content/reading-module-path';
import { COMMIT_WAIT_MS, INJECT_AFTER_MS } from './injection-plan';
import { RETRY_MS } from './injection-retry';
import { INJECTION_STATE_KEY } from './injector';
import { ARTICLE, fakeBrowser, opened, OTHER, readsOf } from './testing/fake-browser';
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the injector', () => {
  it('reads a page that has held attention, from the moment it was attended', async () => {
    const browser = fakeBrowser();
    await opened(browser);
    await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS);
    expect(browser.documents[0]?.reading).toMatchObject({
      url: ARTICLE,
      attendedSince: 1_000_000,
      loadedAsRoute: true,
    });
    // Frame presence once in every subframe (not in the top frame, which has the reading path),
    // without asking whether they have it first: none of them has it yet.
    expect(browser.documents[0]).toMatchObject({ framePresence: 0, subframes: [1, 1] });
    const asked = browser.calls.filter((call) => call.func && call.target.frameIds !== undefined);
    expect(asked).toEqual([]);
  });

  it.each([
    ['tracking parameters dropped during load: the loaded route', `${ARTICLE}?utm_source=x`, true],
    ['a route reached in-page', 'https://news.test/front', false],
  ])('tells the reading path whether its address is %s', async (_, loadedWith, asLoaded) => {
    const browser = fakeBrowser();
    await opened(browser);
    Object.assign(browser.documents[0] ?? {}, { loadedWith });
    await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS);
    expect(browser.documents[0]?.reading).toMatchObject({ url: ARTICLE, loadedAsRoute: asLoaded });
  });

  it('keeps the span when a subframe loads with the same address (an ad), and reads at 4 s', async () => {
    const browser = fakeBrowser();
    const injector = await opened(browser);
    for (let i = 0; i < 5; i += 1) {
      await vi.advanceTimersByTimeAsync(600);
      browser.load(injector, ARTICLE, true);
      await vi.advanceTimersByTimeAsync(100);
      browser.complete(injector);
    }
    await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS - 3_500);
    expect(readsOf(browser)).toEqual([ARTICLE]);
    // Once read, a subframe loading again is answered by the page's guard ('reading'); its frames
    // are asked, and the file goes into none of them: each already runs it.
    const before = browser.calls.length;
    for (let i = 0; i < 3; i += 1) {
      browser.load(injector, ARTICLE, true);
      browser.complete(injector);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(browser.documents).toMatchObject([{ starts: 1, framePresence: 0, subframes: [1, 1] }]);
    const after = browser.calls.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((call) => call.files !== undefined)).toBe(false);
  });

  // Review 10 F-frames-1: the reading path hears only its own iframes' loads.
  it('gives frame presence to a player that loads late inside another frame, asking once a second', async () => {
    const browser = fakeBrowser();
    const injector = await opened(browser);
    await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS);
    expect(browser.documents[0]).toMatchObject({ framePresence: 0, subframes: [1, 1] });
    // A wrapper frame swaps in its player (a new frame document): the tab says loading again.
    browser.documents[0]?.subframes.push(0);
    const before = browser.calls.length;
    browser.load(injector, ARTICLE, true);
    browser.complete(injector);
    await vi.advanceTimersByTimeAsync(0);
    expect(browser.documents[0]).toMatchObject({ framePresence: 0, subframes: [1, 1, 1] });
    // An ad loading ten times in a second: its frames are asked twice (now and once it ends), and
    // a frame that loaded meanwhile still gets the file.
    const asks = () =>
      browser.calls
        .slice(before)
        .filter((call) => call.target.allFrames === true && call.func !== undefined).length;
    const asked = asks();
    for (let i = 0; i < 10; i += 1) {
      await vi.advanceTimersByTimeAsync(90);
      if (i === 5) browser.documents[0]?.subframes.push(0);
      browser.load(injector, ARTICLE, true);
      browser.complete(injector);
    }
    await vi.advanceTimersByTimeAsync(2_000);
    expect(asks() - asked).toBeLessThanOrEqual(2);
    expect(browser.documents[0]).toMatchObject({ subframes: [1, 1, 1, 1] });
  });

  // Review 9 F-frames-1: the reloaded document must be read, not the old one asked again.
  it.each([
    ['a page read for 10 s', 10_000],
    ['a page read for 2 s (its span goes on)', 2_000],
  ])('reads the document a reload brings: %s', async (_, readMs) => {
    const browser = fakeBrowser();
    const injector = await opened(browser);
    await vi.advanceTimersByTimeAsync(readMs);
    await browser.reload(injector, 300);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(browser.documents.map((doc) => doc.starts)).toEqual(readMs >= 4_000 ? [1, 1] : [0, 1]);
    expect(browser.documents[1]?.reading).toMatchObject({ url: ARTICLE, attendedSince: 1_000_000 });
  });

  it('reads a page whose frames load again and again (the tab never completes)', async () => {
    const browser = fakeBrowser();
    const injector = await opened(browser);
    await vi.advanceTimersByTimeAsync(1_000);
    for (let i = 0; i < 10; i += 1) {
      browser.load(injector, ARTICLE, true);
      await vi.advanceTimersByTimeAsync(800);
    }
    // The first load not completed (at 1 s) holds the order COMMIT_WAIT_MS at most: later loads
    // do not push it on.
    expect(1_000 + COMMIT_WAIT_MS).toBeLessThan(10 * 800);
    expect(readsOf(browser)).toEqual([ARTICLE]);
    expect(browser.documents[0]?.reading?.attendedSince).toBe(1_000_000);
  });

  it('counts a tab that plays sound while idle only while it is not muted (the tab strip)', async () => {
    const browser = fakeBrowser();
    const injector = await opened(browser);
    await vi.advanceTimersByTimeAsync(1_000);
    await injector.hear({ type: 'idle-state', state: 'idle' });
    const tab = (muted: boolean) =>
      ({ url: ARTICLE, incognito: false, audible: true, mutedInfo: { muted } }) as Tabs.Tab;
    // Chromium and Firefox keep `audible` true in a muted tab: it plays to nobody.
    injector.tabUpdated(7, { audible: true }, tab(true));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(readsOf(browser)).toEqual([null]);
    injector.tabUpdated(7, { mutedInfo: { muted: false } }, tab(false));
    await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS);
    expect(readsOf(browser)).toEqual([ARTICLE]);
  });

  it('makes a refused order again once the tab has committed its document', async () => {
    const browser = fakeBrowser();
    browser.tab.committed = false;
    await opened(browser);
    await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS);
    expect(readsOf(browser)).toEqual([null]);
    browser.tab.committed = true;
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(readsOf(browser)).toEqual([ARTICLE]);
  });

  it.each<[string, 'before' | 'after']>([
    ['before the order was made', 'before'],
    ['after the page took it, before its outcome was heard', 'after'],
  ])(
    'reads exactly once when the worker stopped %s (state in storage.session)',
    async (_, when) => {
      const browser = fakeBrowser();
      const first = browser.worker({
        // The worker stops at this step: nothing after it runs, no outcome is heard.
        mayRead: when === 'before' ? () => new Promise(() => undefined) : undefined,
        executeScript:
          when === 'after'
            ? async (injection) => {
                const ran = await browser.executeScript(injection);
                // The reading file ran in the page; the worker stopped before its answer came.
                if (injection.files?.includes(READING_MODULE_PATH))
                  await new Promise(() => undefined);
                return ran;
              }
            : undefined,
      });
      await first.hear({ type: 'window-focused', windowId: 1 });
      await first.hear({ type: 'tab-activated', windowId: 1, tabId: 7 });
      browser.load(first, ARTICLE);
      await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS + 100);
      expect(browser.kept[INJECTION_STATE_KEY]).toMatchObject({
        documents: { '7': { ordered: true } },
      });
      const second = browser.worker();
      await second.hear({ type: 'tick' });
      await vi.advanceTimersByTimeAsync(30_000);
      expect(browser.documents).toMatchObject([{ starts: 1, reading: { url: ARTICLE } }]);
      expect(browser.documents[0]?.reading?.attendedSince).toBe(1_000_000);
    },
  );

  it('never puts an order made for one document into the next (a navigation meanwhile)', async () => {
    const browser = fakeBrowser();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = 0;
    const injector = browser.worker({
      // The first order waits (a busy worker) while the tab navigates.
      mayRead: async () => {
        asked += 1;
        if (asked === 1) await held;
        return true;
      },
    });
    await injector.hear({ type: 'window-focused', windowId: 1 });
    await injector.hear({ type: 'tab-activated', windowId: 1, tabId: 7 });
    browser.load(injector, ARTICLE);
    await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS);
    browser.load(injector, OTHER);
    await vi.advanceTimersByTimeAsync(500);
    release();
    await vi.advanceTimersByTimeAsync(1);
    expect(readsOf(browser)).toEqual([null, null]);
    await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS);
    expect(readsOf(browser)).toEqual([null, OTHER]);
    expect(browser.documents[1]?.reading?.attendedSince).toBe(1_000_000 + INJECT_AFTER_MS);
  });

  it.each([
    ['a never-record site, recording paused or the sign-in page (mayRead: no)', ARTICLE, false],
    ['a browser page (not http(s))', 'chrome://settings/', true],
  ])('never puts a script in %s, not even later', async (_, url, may) => {
    const browser = fakeBrowser();
    const calls: string[] = [];
    const injector = browser.worker({
      mayRead: () => Promise.resolve(may),
      executeScript: (injection) => {
        calls.push(injection.files?.join() ?? 'order');
        return browser.executeScript(injection);
      },
    });
    await injector.hear({ type: 'window-focused', windowId: 1 });
    await injector.hear({ type: 'tab-activated', windowId: 1, tabId: 7 });
    browser.load(injector, url);
    await vi.advanceTimersByTimeAsync(60_000);
    await injector.hear({ type: 'tab-activated', windowId: 1, tabId: 7 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual([]);
  });
});
