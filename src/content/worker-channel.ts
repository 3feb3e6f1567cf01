import browser from 'webextension-polyfill';
import {
  envelope,
  type ContentContract,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from '../messaging/contract';

/**
 * Sends content-script messages to the worker. Failures never reach the page: when the extension
 * has been reloaded or removed this context is orphaned for good, so the session is stopped.
 */
export function createWorkerChannel(lifetime: AbortController) {
  return async <K extends keyof ContentContract>(
    type: K,
    payload: RequestOf<K>,
  ): Promise<ResponseOf<K> | undefined> => {
    if (lifetime.signal.aborted) return undefined;
    try {
      const reply = await browser.runtime.sendMessage<unknown, Reply<ResponseOf<K>> | undefined>(
        envelope(type, payload),
      );
      return reply?.ok ? reply.value : undefined;
    } catch {
      if (!browser.runtime.id) lifetime.abort();
      return undefined;
    }
  };
}
