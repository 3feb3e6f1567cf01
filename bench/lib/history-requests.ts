// bench:history's requests, sent from an extension page exactly as the popup and history page
// send them, timed.
import type { Page } from 'playwright-core';
import type { MessageType, RequestOf } from '../../src/messaging/contract';
// The popup's first screen, as the popup asks for it.
import { FIRST_ROWS } from '../../src/ui/popup/row-counts';

/** One request from an extension page as the UI sends it: round-trip ms and reply bytes. */
export async function timed<K extends MessageType>(
  page: Page,
  type: K,
  payload: RequestOf<K>,
): Promise<{ ms: number; bytes: number }> {
  return page.evaluate(
    async ([t, p]) => {
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage<unknown, { ok: boolean }>({
        channel: 'reading-timeline/v1',
        type: t,
        payload: p,
      });
      const ms = performance.now() - started;
      if (!reply.ok) throw new Error(`${t}: ${JSON.stringify(reply)}`);
      return { ms, bytes: new TextEncoder().encode(JSON.stringify(reply)).length };
    },
    [type, payload] as const,
  );
}

/** The popup's first `list-pages` for `query`, exactly as it sends it (src/ui/popup/popup-view.ts). */
export const firstScreen = (query: string): RequestOf<'list-pages'> => ({
  query,
  limit: FIRST_ROWS,
  collectEvidence: false,
});

/** Whether the worker says a page is being read now (its reply's `pendingEvidence`). */
export async function readerOpen(page: Page): Promise<boolean> {
  return page.evaluate(async (payload) => {
    const reply = await chrome.runtime.sendMessage<
      unknown,
      { value?: { pendingEvidence?: boolean } }
    >({ channel: 'reading-timeline/v1', type: 'list-pages', payload });
    return reply.value?.pendingEvidence === true;
  }, firstScreen(''));
}
