import type { Scripting, Tabs } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { INJECT_AFTER_MS } from './injection-plan';
import { createInjector } from './injector';

const ARTICLE = 'https://news.test/story';
const NEVER = 'https://bank.test/statement';

/**
 * The injector with a fake browser: one focused window (1) whose active tab is 7, storage.session
 * in memory, `mayRead` refusing `refused` URLs; `calls` lists each executeScript target's files
 * (or 'order' for the `func` that places the order).
 */
function browserWith(refused: readonly string[]) {
  let clock = 0;
  const calls: string[] = [];
  const kept: Record<string, unknown> = {};
  const injector = createInjector({
    scripting: {
      executeScript: (injection: Scripting.ScriptInjection) => {
        calls.push(injection.files?.join() ?? 'order');
        return Promise.resolve([{ frameId: 0, result: true }]);
      },
    } as Pick<Scripting.Static, 'executeScript'>,
    session: {
      get: (key) =>
        Promise.resolve(typeof key === 'string' && key in kept ? { [key]: kept[key] } : {}),
      set: (items) => {
        Object.assign(kept, items);
        return Promise.resolve();
      },
    },
    tabs: { query: () => Promise.resolve([]) },
    focusedWindowId: () => Promise.resolve(1),
    queryIdle: () => Promise.resolve('active'),
    mayRead: (url) => Promise.resolve(!refused.includes(url)),
    now: () => clock,
  });
  /** Opens `url` in the attended tab and lets attention run past the injection delay. */
  async function read(url: string): Promise<string[]> {
    await injector.hear({ type: 'tab-activated', windowId: 1, tabId: 7 });
    injector.tabUpdated(7, { status: 'loading', url }, { url, incognito: false } as Tabs.Tab);
    clock += INJECT_AFTER_MS;
    await injector.hear({ type: 'tick' });
    return calls;
  }
  return { read };
}

describe('the injector', () => {
  it('reads a page that has held attention', async () => {
    expect(await browserWith([]).read(ARTICLE)).toContain('order');
  });

  it('never puts a script in a page the privacy rules refuse (never-record, pause, sign-in)', async () => {
    expect(await browserWith([NEVER]).read(NEVER)).toEqual([]);
  });
});
