import { CHANNEL } from '../messaging/channel';
import type { ContentContract, Reply, RequestOf, ResponseOf } from '../messaging/contract';

/**
 * `runtime` of the WebExtensions API without webextension-polyfill, which the page-load path
 * should not parse: Firefox's `browser` and Chrome's MV3 `chrome` both return promises from
 * `sendMessage`.
 */
export function runtime(): typeof chrome.runtime {
  const api = (globalThis as { browser?: { runtime?: typeof chrome.runtime } }).browser;
  return api?.runtime ?? chrome.runtime;
}

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
      const message = { channel: CHANNEL, type, payload };
      const reply = await runtime().sendMessage<typeof message, Reply<ResponseOf<K>> | undefined>(
        message,
      );
      return reply?.ok ? reply.value : undefined;
    } catch {
      if (!runtime().id) lifetime.abort();
      return undefined;
    }
  };
}
