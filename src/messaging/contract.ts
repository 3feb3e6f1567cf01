import { CHANNEL } from './channel';
import type { ContentContract } from './content-contract';
import type { SerializedError } from './errors';
import type { UiContract } from './ui-contract';

// The shapes of the pages' answers (ui-shapes.ts) are part of the contract: one import for all.
export type * from './ui-shapes';
export { UNSAFE_METADATA } from './ui-shapes';
// The two halves, declared in their own files: what pages send, what the extension's pages send.
export type { ContentContract, PageLoaded } from './content-contract';
export type { UiContract } from './ui-contract';

/**
 * Every message between contexts, declared once: name → request and response. Requests are
 * validated by `parseRequest` (parse-request.ts) on receipt; anything that does not fit is
 * refused, never trusted. A message whose checked form carries more than was sent (what only the
 * worker may derive) declares it as `received`; the handler gets that (ReceivedOf).
 */
export type Contract = ContentContract & UiContract;
/** A message's name (`page-loaded`, `list-pages`, …). */
export type MessageType = keyof Contract;
/** What a message of type `K` carries, as the sender writes it. */
export type RequestOf<K extends MessageType> = Contract[K]['request'];
/** A request as its handler gets it once parseRequest checked it: `received`, else `request`. */
export type ReceivedOf<K extends MessageType> = Contract[K] extends { received: infer R }
  ? R
  : RequestOf<K>;
/** What the answer to a message of type `K` carries. */
export type ResponseOf<K extends MessageType> = Contract[K]['response'];

export { CHANNEL } from './channel';

/** A request as it travels: our channel tag, the message's name and its request. */
export interface Envelope<K extends MessageType = MessageType> {
  channel: typeof CHANNEL;
  type: K;
  payload: RequestOf<K>;
}

/** Errors cross the boundary as data (see errors.ts), so the caller can show them. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** A validated request of contract `C`: the union of `{ type, payload }` over its messages. */
export type RequestIn<C extends ContentContract | UiContract> = {
  [K in keyof C & MessageType]: { type: K; payload: ReceivedOf<K> };
}[keyof C & MessageType];

/** Any validated request, of either contract. */
export type ParsedRequest = RequestIn<Contract>;
/** A validated request from a page (the content contract). */
export type ContentRequest = RequestIn<ContentContract>;
/** A validated request from one of the extension's own pages (the UI contract). */
export type UiRequest = RequestIn<UiContract>;

/** Wraps a request for `runtime.sendMessage` (messaging/client.ts). */
export function envelope<K extends MessageType>(type: K, payload: RequestOf<K>): Envelope<K> {
  return { channel: CHANNEL, type, payload };
}
