// A page's snapshot as the worker receives it (issue #13: read p95 ≤ 10 ms): in Chrome/Edge the
// page holds the HTML in a Blob of its own and sends its `blob:` URL, so that messaging does not
// JSON-copy it on the page's main thread (messaging/snapshot.ts, SentSnapshot); the worker reads
// the Blob here, off that thread, before the snapshot goes to the parser as before.
import {
  isBlobUrlOf,
  MAX_SNAPSHOT_CHARS,
  type PageSnapshot,
  type SentSnapshot,
} from '../../messaging/snapshot';

/** Reads the text of a Blob URL (fetch; rejects when the Blob is gone or unreadable). */
export type BlobText = (blobUrl: string) => Promise<string>;

/**
 * The snapshot with its HTML inline: as sent, or read from the page's Blob. `senderUrl` is the
 * page's address as the browser reports it: a Blob made by a document of another origin is refused
 * (a page can only have its own Blob read). Rejects (the page then sends its HTML inline) when
 * the Blob is not the sender's, cannot be read, or holds more than MAX_SNAPSHOT_CHARS.
 */
export async function receivedSnapshot(
  sent: SentSnapshot,
  senderUrl: string,
  blobText: BlobText,
): Promise<PageSnapshot> {
  if (!('htmlUrl' in sent)) return sent;
  const { htmlUrl, ...rest } = sent;
  if (!/^https?:/i.test(senderUrl) || !isBlobUrlOf(htmlUrl, senderUrl)) {
    throw new Error('A snapshot Blob not made by the page that sent it');
  }
  const html = await blobText(htmlUrl);
  if (html.length > MAX_SNAPSHOT_CHARS) throw new Error('A snapshot Blob over MAX_SNAPSHOT_CHARS');
  return { ...rest, html };
}

/**
 * The most bytes a snapshot's Blob may hold: MAX_SNAPSHOT_CHARS UTF-16 code units are at most 3
 * UTF-8 bytes each. Checked before decoding (review F-snap-1): messaging bounds an inline
 * snapshot, nothing bounds a Blob the page names.
 */
const MAX_BLOB_BYTES = MAX_SNAPSHOT_CHARS * 3;

/**
 * BlobText by `fetch`: the page's content script made the Blob; the worker may read it. Rejects a
 * Blob over MAX_BLOB_BYTES without decoding it.
 */
export const fetchBlobText: BlobText = async (blobUrl) => {
  const response = await fetch(blobUrl);
  if (!response.ok) throw new Error(`A snapshot Blob answered ${String(response.status)}`);
  const blob = await response.blob();
  if (blob.size > MAX_BLOB_BYTES) throw new Error('A snapshot Blob over MAX_SNAPSHOT_CHARS');
  return blob.text();
};
