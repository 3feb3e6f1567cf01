/**
 * The parts of a capture every caller gets before any optional work: the document's base URL and
 * the skeleton capture (URL and title), which stands even when extraction fails outright.
 */
import { canonicalizeUrl, chooseCanonicalUrl } from '../../activity/canonical-url';
import { LIMITS } from '../../activity/limits';
import type { PageCapture } from '../../activity/page-metadata';
import { cleanText, truncateText } from '../../activity/text';

/** The document's base URL: its `<base href>` resolved against `pageUrl`, else `pageUrl`. */
export function baseUrlOf(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  return (href != null && canonicalizeUrl(href, pageUrl)) || pageUrl;
}

function urlTitle(url: string): string {
  try {
    const parsed = new URL(url);
    return truncateText(decodeURIComponent(parsed.hostname + parsed.pathname), LIMITS.title);
  } catch {
    return truncateText(url, LIMITS.title) || 'Untitled page';
  }
}

/** The minimum every caller gets, even when extraction fails outright. */
export function skeleton(doc: Document, pageUrl: string): PageCapture {
  const url = chooseCanonicalUrl(pageUrl) ?? truncateText(pageUrl, LIMITS.url);
  let title: string | undefined;
  try {
    title = cleanText(doc.title, LIMITS.title);
  } catch {
    title = undefined;
  }
  return {
    url,
    title: title ?? urlTitle(url),
    type: 'WebPage',
    authors: [],
    keywords: [],
  };
}
