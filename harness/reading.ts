import type { BrowserContext, Page } from 'playwright-core';
import type {
  ActivityListItem,
  MessageType,
  RequestOf,
  ResponseOf,
} from '../src/messaging/contract';

/**
 * Reads a page the way a person does: brings its tab to the front and moves the mouse now and
 * then. Returns the seconds actually spent, measured here, for comparison with what was recorded.
 */
export async function readFor(page: Page, seconds: number): Promise<number> {
  const started = Date.now();
  await page.bringToFront();
  let step = 0;
  while (Date.now() - started < seconds * 1000) {
    await page.mouse.move(100 + (step % 40) * 5, 200 + (step % 7) * 10);
    step++;
    await page.waitForTimeout(Math.min(500, seconds * 1000 - (Date.now() - started)));
  }
  return (Date.now() - started) / 1000;
}

/** Opens each page in a tab of its own and reads it for `seconds`, in turn; the tabs stay open. */
export async function readPages(
  context: BrowserContext,
  urls: string[],
  seconds = 7,
): Promise<void> {
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(url);
    await readFor(page, seconds);
  }
}

/** Reads `url` for `seconds` in a tab of its own, then closes the tab (the engagement ends). */
export async function readAndClose(
  context: BrowserContext,
  url: string,
  seconds: number,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await readFor(page, seconds);
  await page.close();
}

/** One request of the message contract to the worker, from an extension page of either browser. */
export type AskWorker = <K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
) => Promise<ResponseOf<K>>;

/** The most rows the popup's list ('list-pages') answers with at once. */
const MOST_ROWS = 200;

/**
 * The recorded pages as the popup shows them: its list ('list-pages': pages read, most recently
 * read first, up to 200, with the engagement under way collected first) and, for each row, the
 * page in full as its Timeline card preview asks for it ('get-activity': metadata, engagements,
 * engaged ms). A page deleted between the two requests is left out.
 */
export async function recordedPagesVia(ask: AskWorker): Promise<ActivityListItem[]> {
  const { rows } = await ask('list-pages', { limit: MOST_ROWS });
  const pages = await Promise.all(
    rows.map((row) => ask('get-activity', { appActivityId: row.appActivityId })),
  );
  return pages.filter((page) => page !== null);
}

/** {@link recordedPagesVia} from a Chromium extension page. */
export function recordedPages(extensionPage: Page): Promise<ActivityListItem[]> {
  return recordedPagesVia((type, payload) => callWorker(extensionPage, type, payload));
}

/**
 * Whether the worker lists `url` as read and no page is being read any more, as the popup asks
 * ('list-pages' without collecting evidence: `pendingEvidence` is false once the tracker has
 * committed the reading tab's close). A closed tab is heard a moment after it closes, over a
 * second on a busy machine, and a page read about the 5 s minimum is stored only then: a sync
 * asked sooner finds nothing to send. Poll it after closing a page and before syncing.
 */
export async function readingSettled(extensionPage: Page, url: string): Promise<boolean> {
  const { rows, pendingEvidence } = await callWorker(extensionPage, 'list-pages', {
    limit: MOST_ROWS,
    collectEvidence: false,
  });
  return !pendingEvidence && rows.some((row) => row.url === url);
}

/** Opens the popup's page in a new tab of `context` (not the toolbar popup itself). */
export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  return popup;
}

/**
 * Opens the popup's page over `page`, as the toolbar icon would: `page` brought to the front of
 * its window, then the popup in a popup-type window of its own, unfocused (the worker takes the
 * page in front from the last focused normal window; a tab of the popup would be that page
 * itself). `extensionPage`: any extension page, which asks `windows.create`.
 */
export async function openPopupOver(
  context: BrowserContext,
  extensionPage: Page,
  page: Page,
): Promise<Page> {
  await page.bringToFront();
  const opened = context.waitForEvent('page', (p) => p.url().includes('/src/ui/popup/'));
  await extensionPage.evaluate(async (url) => {
    await chrome.windows.create({ url, type: 'popup', focused: false, width: 400, height: 600 });
  }, new URL('/src/ui/popup/index.html', extensionPage.url()).href);
  const popup = await opened;
  await popup.waitForLoadState();
  return popup;
}

/** One row of the popup's list as a person reads it: its title and its meta line. */
export interface PopupRow {
  title: string;
  meta: string;
}

/**
 * The rows the popup shows, top to bottom, once it has drawn its list: `#activities` is aria-busy
 * until the worker's first answer is on screen (popup-view.ts), and a page just opened may not
 * have it yet. Rows the popup adds after that (the page being read, a pull) need a waiting locator.
 */
export async function popupRows(popup: Page): Promise<PopupRow[]> {
  await popup.locator('#activities:not([aria-busy])').waitFor({ state: 'attached' });
  return popup.locator('#activities li').evaluateAll((rows) =>
    rows.map((row) => ({
      title: row.querySelector('.title')?.textContent ?? '',
      meta: row.querySelector('.meta')?.textContent ?? '',
    })),
  );
}

/** Sends one request of the message contract from an extension page, as the popup does. */
export async function callWorker<K extends MessageType>(
  extensionPage: Page,
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const value = await extensionPage.evaluate(
    async ([t, p]) => {
      const reply = await chrome.runtime.sendMessage<
        unknown,
        { ok: boolean; value?: unknown; error?: { message: string } }
      >({ channel: 'reading-timeline/v1', type: t, payload: p });
      if (!reply.ok) throw new Error(reply.error?.message ?? `${t} failed`);
      return reply.value;
    },
    [type, payload] as const,
  );
  return value as ResponseOf<K>;
}

/** "Sync now", as the popup asks it: one pass; resolves to the sync overview after it. */
export function syncNow(extensionPage: Page): Promise<ResponseOf<'sync-now'>> {
  return callWorker(extensionPage, 'sync-now', {});
}
