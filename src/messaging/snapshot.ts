// A page's snapshot, read off its main thread (issue #13: read p95 ≤ 10 ms): the page sends its
// serialised document to the worker ('read-snapshot'), which parses it where parsing is allowed
// (Chrome/Edge: an offscreen document; Firefox: the background page) and runs the same pure
// extractor there. The HTML never leaves the browser (a large one waits in a Blob of the page's own
// origin until the worker read it: SentSnapshot), and is never stored or logged.
import type { PageCapture } from '../activity/page-metadata';
import { isBag, isId, type Bag } from './payload-checks';

/** What the page sends to be read: its document as it is now, serialised. */
export interface PageSnapshot {
  /** The document serialised for reading (content/snapshot-html.ts), at most MAX_SNAPSHOT_CHARS. */
  html: string;
  /** The page's address (location.href): every relative URL resolves against it. */
  url: string;
  /** The live `document.title` (the settled title of an in-page route). */
  title: string;
  /** The head still describes the route before an in-page route change (isHeadStale). */
  staleHead: boolean;
}

/**
 * The longest snapshot sent, in UTF-16 code units (2 M: 4 MB in memory; the corpus's largest
 * page sends 0.5 M once its scripts' text is left out, content/snapshot-html.ts). A longer
 * document is cut there: its head and the start of its body are what the extractor reads (its
 * word count stops at 400 K characters of text), and HTML parsing closes what the cut left open.
 * Serialising stops here, checked between native calls, each bounded in elements and in the
 * length of the values it copies (content/snapshot-html.ts): about 20 ms at most on a loaded
 * machine for a 9.6 MB page of 60,000 elements, a few ms for a 10 MB one-`<pre>` log.
 */
export const MAX_SNAPSHOT_CHARS = 2_000_000;

/** Longest title accepted with a snapshot (the extractor cuts titles far shorter). */
const MAX_TITLE_CHARS = 10_000;

/**
 * What a page sends ('read-snapshot'): its snapshot with the HTML inline, or held in a Blob of the
 * page's own, named by its `blob:` URL (`htmlUrl`), which the worker reads
 * (background/snapshot/sent-snapshot.ts). Chrome's messaging JSON-copies and UTF-8-converts every
 * character of a message on the page's main thread (1.5-6.7 ms for a 175-300 K character
 * snapshot; session 15); a Blob is one UTF-8 copy, and the worker reads it off that thread.
 */
export type SentSnapshot = PageSnapshot | (Omit<PageSnapshot, 'html'> & { htmlUrl: string });

/** The snapshot in a received payload, checked; null when anything does not fit. */
export function parseSnapshot(p: Bag): PageSnapshot | null {
  const { html, url, title, staleHead } = p;
  if (typeof html !== 'string' || html.length > MAX_SNAPSHOT_CHARS) return null;
  if (!isId(url) || !/^https?:/i.test(url)) return null;
  if (typeof title !== 'string' || title.length > MAX_TITLE_CHARS) return null;
  if (typeof staleHead !== 'boolean') return null;
  return { html, url, title, staleHead };
}

/**
 * A page's 'read-snapshot' payload, checked: the HTML inline (parseSnapshot) or a Blob URL made by
 * a document of the snapshot's own origin (isBlobUrlOf); null when anything does not fit.
 */
export function parseSentSnapshot(p: Bag): SentSnapshot | null {
  if (p.html !== undefined || typeof p.htmlUrl !== 'string') return parseSnapshot(p);
  const checked = parseSnapshot({ ...p, html: '' });
  if (!checked || !isBlobUrlOf(p.htmlUrl, checked.url)) return null;
  const { url, title, staleHead } = checked;
  return { htmlUrl: p.htmlUrl, url, title, staleHead };
}

/**
 * Whether `blobUrl` names a Blob made by a document of `pageUrl`'s origin: `blob:<origin>/<uuid>`
 * (https://w3c.github.io/FileAPI/#unicodeBlobURL). `pageUrl` is an http(s) URL.
 */
export function isBlobUrlOf(blobUrl: string, pageUrl: string): boolean {
  const prefix = `blob:${new URL(pageUrl).origin}/`;
  return blobUrl.startsWith(prefix) && /^[0-9a-f-]{36}$/i.test(blobUrl.slice(prefix.length));
}

/**
 * Whether a reply is shaped as a PageCapture (url and title strings, type, author and keyword
 * lists): enough for the page to pass it on. The worker sanitises it in full on 'page-loaded'
 * (activity/sanitize.ts), as it does whatever a page reports.
 */
export function isCaptureShaped(value: unknown): value is PageCapture {
  return (
    isBag(value) &&
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    typeof value.type === 'string' &&
    Array.isArray(value.authors) &&
    Array.isArray(value.keywords)
  );
}

/** Marks the worker's messages to its offscreen document (never a content or UI message). */
export const OFFSCREEN_CHANNEL = 'reading-timeline/offscreen';

/** The worker asks its offscreen document to read a snapshot; the reply is a PageCapture. */
export interface OffscreenRead {
  channel: typeof OFFSCREEN_CHANNEL;
  snapshot: PageSnapshot;
}

/** The offscreen request in `raw`, checked as a page's snapshot is; null for anything else. */
export function parseOffscreenRead(raw: unknown): OffscreenRead | null {
  if (!isBag(raw) || raw.channel !== OFFSCREEN_CHANNEL || !isBag(raw.snapshot)) return null;
  const snapshot = parseSnapshot(raw.snapshot);
  return snapshot && { channel: OFFSCREEN_CHANNEL, snapshot };
}
