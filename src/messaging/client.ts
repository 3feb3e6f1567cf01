import browser from 'webextension-polyfill';
import {
  envelope,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './contract';

/** A reply the worker sent as `{ ok: false }`, rethrown on the caller's side with its code. */
export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends a typed request to the service worker and unwraps its reply. */
export async function sendToWorker<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = await browser.runtime.sendMessage<unknown, Reply<ResponseOf<K>> | undefined>(
    envelope(type, payload),
  );
  if (!reply) throw new MessageError('no-reply', 'The background worker did not answer.');
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
  return reply.value;
}
