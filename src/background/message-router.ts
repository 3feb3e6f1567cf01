import type { Reply } from '../messaging/contract';
import { parseContentRequest, parseUiRequest } from '../messaging/parse-request';
import { serializeError } from '../messaging/errors';
import { contentHandlers } from './content-handlers';
import type { BackgroundContext } from './context';
import { callHandler } from './handler-map';
import { trustSender, type ExtensionIdentity, type SenderFacts } from './sender-trust';
import { uiHandlers } from './ui-handlers';

/**
 * What the message router is given: the extension's own identity (to trust senders) and the started
 * context.
 */
export interface MessageRouterDeps {
  extension: ExtensionIdentity;
  /** Resolves once start-up is done; every handler waits for it. */
  ready: Promise<BackgroundContext>;
  /** Replaceable for tests; the product's maps by default. */
  handlers?: { content: typeof contentHandlers; ui: typeof uiHandlers };
}

/** What a subframe's presence script may say (frame-start.ts); anything else from one is dropped. */
const FRAME_REQUESTS: ReadonlySet<string> = new Set(['frame-signal', 'frames-loaded']);

/**
 * `runtime.onMessage`: answers our own validated messages and ignores everything else (undefined
 * lets other listeners answer). A page is parsed against the content contract only, so it can never
 * reach a UI request (list, delete, settings, sign-in), whatever it sends; a subframe may say only
 * FRAME_REQUESTS. A handler's error is answered as `{ ok: false, error }`, never thrown.
 */
export function createMessageRouter({
  extension,
  ready,
  handlers = { content: contentHandlers, ui: uiHandlers },
}: MessageRouterDeps) {
  return (raw: unknown, sender: SenderFacts): Promise<Reply<unknown>> | undefined => {
    const trusted = trustSender(sender, extension);
    if (trusted?.kind === 'content' || trusted?.kind === 'frame') {
      const request = parseContentRequest(raw);
      // A subframe may only report presence, or that a frame inside it loaded (a player swapped
      // into an embed card); what the page is comes from the top frame alone.
      if (
        !request ||
        (trusted.kind === 'frame' && !FRAME_REQUESTS.has(request.type)) ||
        (trusted.kind === 'content' && request.type === 'frame-signal')
      ) {
        return undefined;
      }
      const { page } = trusted;
      // The page's news is from now, however long a worker it woke takes to start.
      const receivedAt = Date.now();
      return toReply(async () =>
        callHandler(
          handlers.content,
          { ...(await ready), page, receivedAt },
          request.type,
          request.payload,
        ),
      );
    }
    if (trusted?.kind === 'ui') {
      const request = parseUiRequest(raw);
      if (!request) return undefined;
      return toReply(async () =>
        callHandler(handlers.ui, await ready, request.type, request.payload),
      );
    }
    return undefined;
  };
}

/** Runs a handler and wraps its answer, or its error with the error's own code, as a Reply. */
export async function toReply<T>(work: () => Promise<T>): Promise<Reply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}
