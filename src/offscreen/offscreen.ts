// The offscreen document (Chrome/Edge; src/background/snapshot/offscreen-reader.ts): reads the
// snapshots the worker sends it, with DOMParser and the same pure extractor a page would run. It
// hears the worker's port only (read-port.ts; never a page's message: content scripts' messages
// reach every extension page listening on runtime.onMessage) and closes itself when left alone,
// should the worker that would close it have stopped.
import { readSnapshot, parseHtml } from '../background/snapshot/read-snapshot';
import { answerReads } from './read-port';

/** Longer than the worker's own idle close (OFFSCREEN_IDLE_CLOSE_MS): the worker's comes first. */
const SELF_CLOSE_MS = 60_000;
const extensionRoot = chrome.runtime.getURL('/');
let closeTimer = setTimeout(close, SELF_CLOSE_MS);

chrome.runtime.onConnect.addListener((port) => {
  answerReads(
    port,
    extensionRoot,
    (snapshot) => readSnapshot(snapshot, parseHtml),
    () => {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(close, SELF_CLOSE_MS);
    },
  );
});

function close(): void {
  window.close();
}
