import type { MessageType, ReceivedOf, ResponseOf } from '../messaging/contract';

/**
 * One handler for each message named in `Names`, each typed by its own message: a handler that
 * answers with another message's response, or reads another message's request, does not compile.
 * `Ctx` is what the handler gets besides the payload (context.ts).
 */
export type HandlerMap<Names extends MessageType, Ctx> = {
  [K in Names]: (ctx: Ctx, payload: ReceivedOf<K>) => Promise<ResponseOf<K>>;
};

/**
 * Calls the handler for `type`. Generic in the message, so payload and answer stay tied to it (no
 * cast, no union of every response).
 */
export function callHandler<Names extends MessageType, Ctx, K extends Names>(
  handlers: HandlerMap<Names, Ctx>,
  ctx: Ctx,
  type: K,
  payload: ReceivedOf<K>,
): Promise<ResponseOf<K>> {
  return handlers[type](ctx, payload);
}
