// One request and its answer over a runtime port (glue for the offscreen document; review
// F-snap-3). A `runtime.sendMessage` from the worker, and every content script's `read-snapshot`
// with it, is delivered to each extension page listening on `runtime.onMessage`: the offscreen
// document received (and the browser deserialised there) every page's snapshot only to drop it.
// A port reaches only the documents listening on `runtime.onConnect` under its name.

/** The part of `chrome.runtime.Port` one request uses (Chrome's port, or a fake in tests). */
export interface RequestPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  readonly onMessage: { addListener(listener: (message: unknown) => void): void };
  readonly onDisconnect: { addListener(listener: () => void): void };
}

/**
 * Posts `message` on `port` (just opened) and resolves with the first message that comes back,
 * then closes the port. Rejects when the port closes first: no document is listening ("Could not
 * establish connection"), or it went away while reading. `lastError` reads the browser's error
 * for the closed port (reading it also tells Chrome it was handled).
 */
export function requestOverPort(
  port: RequestPort,
  message: unknown,
  lastError: () => string | undefined = () => undefined,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let answered = false;
    port.onMessage.addListener((reply) => {
      if (answered) return;
      answered = true;
      resolve(reply);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => {
      const error = lastError();
      if (answered) return;
      answered = true;
      reject(new Error(error ?? 'The offscreen document closed the port without an answer.'));
    });
    port.postMessage(message);
  });
}
