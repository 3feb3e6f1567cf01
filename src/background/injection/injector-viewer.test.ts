import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INJECT_AFTER_MS } from './injection-plan';
import { MAX_ATTEMPTS, RETRY_MS } from './injection-retry';
import { ARTICLE, fakeBrowser } from './testing/fake-browser';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Firefox's refusal in pdf.js (viewer-tab/pdfjs-tab.ts). */
const FORBIDDEN = new Error('Missing host permission for the tab');

/** The injector over a tab whose every script is refused; `fromTab` answers each refusal. */
async function refusedEverywhere(fromTab: boolean) {
  const browser = fakeBrowser();
  const refusals: { tabId: number; url: string; attendedSince: number; error: unknown }[] = [];
  const injector = browser.worker({
    executeScript: () => Promise.reject(FORBIDDEN),
    refused: (tabId, order, error) => {
      refusals.push({ tabId, url: order.url, attendedSince: order.attendedSince, error });
      return Promise.resolve(fromTab);
    },
  });
  await injector.hear({ type: 'window-focused', windowId: 1 });
  await injector.hear({ type: 'tab-activated', windowId: 1, tabId: 7 });
  browser.load(injector, ARTICLE);
  await vi.advanceTimersByTimeAsync(INJECT_AFTER_MS + RETRY_MS * 2 ** MAX_ATTEMPTS);
  return refusals;
}

describe('an order the browser refuses', () => {
  it('is read from its tab (a PDF in pdf.js): told once, with its attention, never again', async () => {
    expect(await refusedEverywhere(true)).toEqual([
      { tabId: 7, url: ARTICLE, attendedSince: 1_000_000, error: FORBIDDEN },
    ]);
  });

  it('is ordered again, up to the limit, when its tab does not read it', async () => {
    expect(await refusedEverywhere(false)).toHaveLength(MAX_ATTEMPTS);
  });
});
