import browser, { type Tabs } from 'webextension-polyfill';
import {
  envelope,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './contract';
import { deserializeError, MessageError } from './errors';

export { MessageError } from './errors';

/**
 * Sends a typed request to the service worker and unwraps its reply.
 * @throws MessageError with the worker's error code (`no-reply` when the worker did not answer).
 */
export async function sendToWorker<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = await browser.runtime.sendMessage<unknown, Reply<ResponseOf<K>> | undefined>(
    envelope(type, payload),
  );
  if (!reply) throw new MessageError('no-reply', 'The background worker did not answer.');
  if (!reply.ok) throw deserializeError(reply.error);
  return reply.value;
}

/**
 * The asking page's own tab (`tabs.getCurrent`, no permission needed): its id when the page is
 * open in a tab, undefined in the toolbar popup (no tab) or where the browser refuses. Never
 * rejects.
 */
export async function ownTabId(): Promise<number | undefined> {
  try {
    // Typed as always a tab, but undefined where the page is in none (the toolbar popup).
    const tab = (await browser.tabs.getCurrent()) as Tabs.Tab | undefined;
    return tab?.id;
  } catch {
    return undefined;
  }
}
