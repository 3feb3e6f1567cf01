import { chooseCanonicalUrl } from '../../activity/canonical-url';
import { LIMITS } from '../../activity/limits';
import type { PageCapture } from '../../activity/page-metadata';
import { cleanPageText } from '../extract/text';
import { stripDecorations } from '../extract/title';

/**
 * The metadata of a route reached in-page when the head still describes an earlier route
 * (isHeadStale): its own address (the location, canonicalised; never the stale canonical link,
 * og:url or JSON-LD url) and its own title (document.title once settled, without the site name).
 * Fields only the stale head gave (description, authors, type, dates, image, keywords) are
 * dropped: absent is better than another page's values. Site-wide fields (site name, publisher,
 * language, favicon, theme colour) and what was counted in the body (words) are kept.
 *
 * `extracted` is extractPageMetadata's result for the same document and `pageUrl`.
 */
export function metadataForStaleHead(
  extracted: PageCapture,
  doc: Document,
  pageUrl: string,
): PageCapture {
  const url = chooseCanonicalUrl(pageUrl) ?? extracted.url;
  const title = cleanPageText(doc.title, LIMITS.title);
  const names = [extracted.siteName, extracted.publisher?.name];
  return {
    url,
    title: title === undefined ? extracted.title : stripDecorations(title, names, url),
    type: 'WebPage',
    authors: [],
    keywords: [],
    ...defined({
      siteName: extracted.siteName,
      publisher: extracted.publisher,
      lang: extracted.lang,
      faviconUrl: extracted.faviconUrl,
      themeColor: extracted.themeColor,
      wordCount: extracted.wordCount,
      readingMinutes: extracted.readingMinutes,
    }),
  };
}

function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
