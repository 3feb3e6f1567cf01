/**
 * The part of the content script that reads the page, loaded (dynamic import) only once a page is
 * being read: nothing here runs, or is even parsed, on a page nobody reads (issue #13, kind 6).
 */
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
  const extracted = extractPageMetadata(doc, pageUrl);
  if (previousHead === null || !isHeadStale(previousHead, headNow)) return extracted;
  return metadataForStaleHead(extracted, doc, pageUrl);
}
