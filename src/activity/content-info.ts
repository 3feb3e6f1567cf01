/**
 * contentInfo: the schema.org JSON-LD object Graph stores with the activity. Only what the page
 * said (or what was measured from it: word count and the reading time derived from it).
 */
import { resolveSwitches, type PrivacySwitches } from './display-text';
import type { PageMetadata } from './page-metadata';

/**
 * The activity's `contentInfo`: a schema.org JSON-LD object describing the page
 * (https://learn.microsoft.com/graph/api/resources/projectrome-activity); fields the privacy
 * switches turn off are absent.
 */
export interface ContentInfo {
  '@context': 'https://schema.org';
  '@type': string;
  name: string;
  headline?: string;
  url: string;
  [property: string]: unknown;
}

// Types whose schema.org definition has `headline` (CreativeWork does; Product, Event do not).
const NO_HEADLINE = new Set(['Product', 'Event', 'JobPosting', 'Place']);

/** The schema.org object for `meta`, honouring the privacy switches. */
export function buildContentInfo(meta: PageMetadata, include?: PrivacySwitches): ContentInfo {
  const on = resolveSwitches(include);
  const info: ContentInfo = {
    '@context': 'https://schema.org',
    '@type': meta.type,
    name: meta.title,
    url: meta.url,
  };
  if (!NO_HEADLINE.has(meta.type)) info.headline = meta.title;
  if (on.description && meta.description !== undefined) info.description = meta.description;
  if (on.authors && meta.authors.length > 0) {
    info.author = meta.authors.map((a) => ({
      '@type': a.kind,
      name: a.name,
      ...(a.url === undefined ? {} : { url: a.url }),
    }));
  }
  if (meta.publisher !== undefined) {
    const { name, url, logo } = meta.publisher;
    info.publisher = {
      '@type': 'Organization',
      name,
      ...(url === undefined ? {} : { url }),
      ...(logo === undefined ? {} : { logo: { '@type': 'ImageObject', url: logo } }),
    };
  }
  if (meta.siteName !== undefined) {
    info.isPartOf = {
      '@type': 'WebSite',
      name: meta.siteName,
      url: new URL(meta.url).origin + '/',
    };
  }
  if (meta.datePublished !== undefined) info.datePublished = meta.datePublished;
  if (meta.dateModified !== undefined) info.dateModified = meta.dateModified;
  if (on.image && meta.image !== undefined) info.image = meta.image;
  if (meta.lang !== undefined) info.inLanguage = meta.lang;
  if (meta.keywords.length > 0) info.keywords = meta.keywords.join(', ');
  if (meta.wordCount !== undefined) info.wordCount = meta.wordCount;
  if (meta.readingMinutes !== undefined) info.timeRequired = `PT${meta.readingMinutes}M`;
  return info;
}
