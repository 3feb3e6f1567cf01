// The offscreen document's side of the worker's read requests (review F-snap-3): it listens on
// `runtime.onConnect` only, for ports the worker opens under OFFSCREEN_CHANNEL, so the snapshots
// content scripts send the worker ('read-snapshot', over `runtime.sendMessage`) never reach it.
import type { PageCapture } from '../activity/page-metadata';
import type { RequestPort } from '../background/snapshot/port-request';
import { OFFSCREEN_CHANNEL, parseOffscreenRead, type PageSnapshot } from '../messaging/snapshot';

/** A port as `runtime.onConnect` hands it over: its name and who opened it. */
export interface IncomingPort extends RequestPort {
  readonly name: string;
  readonly sender?: { tab?: unknown; url?: string };
}

/**
 * Answers the read requests on `port` when the extension's worker opened it (no tab, a URL under
 * `extensionRoot`: `runtime.getURL('/')`, and the name OFFSCREEN_CHANNEL); any other port is
 * closed at once (only this document listens on `runtime.onConnect`, so a port it refuses is
 * answered by nobody: closed, its opener's request fails now, not when this document closes).
 * Each request is checked
 * (parseOffscreenRead) and answered with `read`'s capture, or null for a malformed request or a
 * read that threw (the page then falls back). `onRequest` runs for each request (the self-close
 * timer).
 */
export function answerReads(
  port: IncomingPort,
  extensionRoot: string,
  read: (snapshot: PageSnapshot) => PageCapture,
  onRequest: () => void = () => undefined,
): void {
  if (port.name !== OFFSCREEN_CHANNEL || !fromWorker(port.sender, extensionRoot)) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener((raw) => {
    onRequest();
    const request = parseOffscreenRead(raw);
    let answer: PageCapture | null = null;
    try {
      answer = request && read(request.snapshot);
    } catch {
      // The extractor never throws on a page; should it, the page falls back (no HTML is logged).
    }
    port.postMessage(answer);
  });
}

// By prefix, not by URL origin: the extension's own pages' URLs begin with its root URL, and a
// chrome-extension: URL has an opaque origin outside the browser (URL's origin is 'null').
function fromWorker(sender: IncomingPort['sender'], extensionRoot: string): boolean {
  return sender?.tab === undefined && sender?.url?.startsWith(extensionRoot) === true;
}
