// Reading a page's snapshot where the extension may parse HTML (issue #13: the first extraction
// off the page's main thread). Pure apart from the parser, which the host passes in.
import type { PageCapture } from '../../activity/page-metadata';
import { readDocument } from '../../content/reader';
import type { PageSnapshot } from '../../messaging/snapshot';

/** Reads snapshots: the worker's port onto wherever the parsing happens (snapshot-host.ts). */
export interface SnapshotReader {
  /** What the extractor finds in the snapshot; rejects when the host failed (never hangs). */
  read(snapshot: PageSnapshot): Promise<PageCapture>;
}

/**
 * The snapshot's metadata, as the page itself would have read it: parsed by `parse` into an inert
 * document (DOMParser 'text/html': no script runs, nothing loads), its title the live one.
 */
export function readSnapshot(
  snapshot: PageSnapshot,
  parse: (html: string) => Document,
): PageCapture {
  const doc = parse(snapshot.html);
  // A title set by script after the serialisation began, or a cut snapshot's missing <title>.
  if (doc.title !== snapshot.title) doc.title = snapshot.title;
  return readDocument(doc, snapshot.url, snapshot.staleHead);
}

/** HTML parsed into an inert document (no script runs, nothing is fetched). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Reads in this very context: one that has a DOM (Firefox's background page, the offscreen doc). */
export const readHere: SnapshotReader = {
  read: (snapshot) => Promise.resolve().then(() => readSnapshot(snapshot, parseHtml)),
};
