// Where the worker reads a page's snapshot (glue; issue #13). Firefox's background is an event
// page with a DOM: it parses there. Chrome/Edge's service worker has none: an offscreen document
// parses (OFFSCREEN_DOCUMENT_PATH, built from src/offscreen/index.html).
import { OFFSCREEN_CHANNEL } from '../../messaging/snapshot';
import { createOffscreenReader } from './offscreen-reader';
import { requestOverPort } from './port-request';
import type { SnapshotReader } from './read-snapshot';

/** The offscreen document, as a path inside the built extension. */
export const OFFSCREEN_DOCUMENT_PATH = 'src/offscreen/index.html';

/**
 * The reader for this build: Firefox's (`vite build --mode firefox`) reads in the background page;
 * Chrome/Edge's in an offscreen document. Decided at build time, and Firefox's reader is imported
 * only on its first read (a dynamic import in a branch the Chrome build drops): a static import
 * put the extractor in a chunk Chrome's worker loaded and ran at every start (review F-offx-2);
 * only the offscreen document carries it there.
 */
export function createSnapshotReader(): SnapshotReader {
  if (import.meta.env.MODE === 'firefox') {
    return { read: async (snapshot) => (await import('./read-snapshot')).readHere.read(snapshot) };
  }
  return createOffscreenReader({
    exists: async () =>
      (
        await chrome.runtime.getContexts({
          contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
          documentUrls: [chrome.runtime.getURL(OFFSCREEN_DOCUMENT_PATH)],
        })
      ).length > 0,
    create: () =>
      chrome.offscreen.createDocument({
        url: OFFSCREEN_DOCUMENT_PATH,
        reasons: [chrome.offscreen.Reason.DOM_PARSER],
        justification: 'Reads the metadata of a page being read from its HTML, off the page.',
      }),
    close: () => chrome.offscreen.closeDocument(),
    // A port of its own per read, not runtime.sendMessage: that reaches every extension page
    // listening on runtime.onMessage, and the offscreen document then heard every page's snapshot
    // too (review F-snap-3). The port closes with its answer: nothing is held open.
    send: (message) =>
      requestOverPort(
        chrome.runtime.connect({ name: OFFSCREEN_CHANNEL }),
        message,
        () => chrome.runtime.lastError?.message,
      ),
  });
}
