// The page's side of reading off its main thread (issue #13: read p95 ≤ 10 ms): instead of running
// the extractor (83 KB of script to compile, ~11 ms cold), the page serialises its document
// (native, a few ms at most) and the worker reads it (messaging/snapshot.ts). The extractor is
// not even in the reading path's script.
import type { PageCapture } from '../activity/page-metadata';
import { holdInBlob, type HoldHtml } from './blob-hold';
import { fallbackCapture } from './fallback-capture';
import type { ContentContract, RequestOf, ResponseOf } from '../messaging/contract';
import {
  isCaptureShaped,
  MAX_SNAPSHOT_CHARS,
  type PageSnapshot,
  type SentSnapshot,
} from '../messaging/snapshot';
import type { PageReader } from './page-session';
import { serialiseForReading } from './snapshot-html';
import { isHeadStale } from './route/head-snapshot';

/** Sends 'read-snapshot' to the worker; undefined when it could not answer (worker-channel.ts). */
export type AskWorker = <K extends 'read-snapshot' & keyof ContentContract>(
  type: K,
  payload: RequestOf<K>,
) => Promise<ResponseOf<K> | undefined>;

/** How many times the page asks: a worker stopped mid-request is started again by the second. */
const ATTEMPTS = 2;

/**
 * A PageReader that has the worker read the page's snapshot. Never rejects: when the worker
 * cannot answer (twice), or answers anything but a capture, the page is reported as its address
 * and live title (fallbackCapture), so the read is never lost. With `hold`, the first ask sends the
 * HTML held (its Blob URL), the second inline: a worker that could not read the Blob still reads.
 */
export function snapshotReader(ask: AskWorker, hold: HoldHtml = holdInBlob): PageReader {
  return {
    async readPage(doc, pageUrl, previousHead, headNow): Promise<PageCapture> {
      const snapshot = takeSnapshot(
        doc,
        pageUrl,
        previousHead !== null && isHeadStale(previousHead, headNow),
      );
      const held = snapshot && hold(snapshot.html);
      try {
        for (let attempt = 0; snapshot && attempt < ATTEMPTS; attempt++) {
          const sent: SentSnapshot =
            held && attempt === 0
              ? {
                  htmlUrl: held.url,
                  url: snapshot.url,
                  title: snapshot.title,
                  staleHead: snapshot.staleHead,
                }
              : snapshot;
          const reply = await ask('read-snapshot', sent);
          if (isCaptureShaped(reply)) return reply;
          // null: the worker will not read this page (paused, excluded); it declines the report too.
          if (reply === null) break;
        }
      } finally {
        held?.release();
      }
      return fallbackCapture(pageUrl, doc.title);
    },
  };
}

/**
 * The document as it is now, serialised as far as the extractor reads it (snapshot-html.ts: no
 * script or style text, cut at MAX_SNAPSHOT_CHARS); null when it has no root.
 */
export function takeSnapshot(doc: Document, url: string, staleHead: boolean): PageSnapshot | null {
  const root = doc.documentElement as Element | null;
  if (!root) return null;
  return {
    html: serialiseForReading(root, MAX_SNAPSHOT_CHARS),
    url,
    title: doc.title,
    staleHead,
  };
}
