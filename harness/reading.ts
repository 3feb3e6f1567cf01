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

/** Asks the worker for the recorded list, as the popup does. */
export function listActivities(extensionPage: Page, query = ''): Promise<ActivityListItem[]> {
  return callWorker(extensionPage, 'list-activities', { query });
}

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  return popup;
}

export interface PopupRow {
  title: string;
  meta: string;
}

export async function popupRows(popup: Page): Promise<PopupRow[]> {
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
