// The offscreen document (Chrome/Edge; src/background/snapshot/offscreen-reader.ts): reads the
// snapshots the worker sends it, with DOMParser and the same pure extractor a page would run. It
// answers the worker only (never a page: content scripts' messages reach extension pages too) and
// closes itself when left alone, should the worker that would close it have stopped.
import { readSnapshot, parseHtml } from '../background/snapshot/read-snapshot';
import { parseOffscreenRead } from '../messaging/snapshot';

/** Longer than the worker's own idle close (OFFSCREEN_IDLE_CLOSE_MS): the worker's comes first. */
const SELF_CLOSE_MS = 60_000;
const origin = new URL(chrome.runtime.getURL('/')).origin;
let closeTimer = setTimeout(close, SELF_CLOSE_MS);

chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  if (
    sender.tab !== undefined ||
    sender.url === undefined ||
    new URL(sender.url).origin !== origin
  ) {
    return undefined;
  }
  const request = parseOffscreenRead(raw);
  if (!request) return undefined;
  clearTimeout(closeTimer);
  closeTimer = setTimeout(close, SELF_CLOSE_MS);
  try {
    sendResponse(readSnapshot(request.snapshot, parseHtml));
  } catch {
    // The extractor never throws on a page; should it, the page falls back (no HTML is logged).
    sendResponse(null);
  }
  return undefined;
});

function close(): void {
  window.close();
}
