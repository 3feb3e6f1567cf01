/**
 * Reads a document's metadata for a route: the pure extractor, and the stale-head rule on top.
 * Runs where the document was parsed from the page's snapshot (an offscreen document in
 * Chrome/Edge, the background page in Firefox: src/background/snapshot/), never in the page.
 */
import { headNamesRoute } from '../activity/canonical-url';
import type { PageCapture } from '../activity/page-metadata';
import { extractPageMetadata } from './extract';
import { isHeadStale, type HeadSnapshot } from './route/head-snapshot';
import { metadataForStaleHead } from './route/route-metadata';

/**
 * The page's metadata at `pageUrl`. `previousHead` is what the head said on the route before an
 * in-page route change (null on a page's first route): when the head still says it, it describes
 * that route, not this one.
 */
export function readPage(
  doc: Document,
  pageUrl: string,
  previousHead: HeadSnapshot | null,
  headNow: HeadSnapshot,
): PageCapture {
  return readDocument(doc, pageUrl, previousHead !== null && isHeadStale(previousHead, headNow));
}

/**
 * The metadata of `doc` at `pageUrl`; `staleHead`: the head describes an earlier route
 * (metadataForStaleHead). Every relative URL is resolved against `pageUrl` (and the document's
 * `<base href>`), never against the document's own address, which for a parsed snapshot is the
 * extension's.
 */
export function readDocument(doc: Document, pageUrl: string, staleHead: boolean): PageCapture {
  const extracted = extractPageMetadata(doc, pageUrl);
  return staleHead && !headNamesPage(doc, pageUrl)
    ? metadataForStaleHead(extracted, doc, pageUrl)
    : extracted;
}

/**
 * Whether the head's canonical link or `og:url` names `pageUrl` itself, tracking parameters
 * aside (canonical-url.ts): then it describes this page, whatever the route before was, as
 * when an analytics script adds `?utm_…` by replaceState once the page is read. The rule the
 * worker applies to an address fixed up before the read (order-placement.ts isLoadedRoute).
 */
function headNamesPage(doc: Document, pageUrl: string): boolean {
  const named = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  return headNamesRoute(named, pageUrl, pageUrl);
}
