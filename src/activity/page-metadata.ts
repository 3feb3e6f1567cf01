/**
 * What the content script learns about a page: the single shape shared by the extractor
 * (content/extract), the message contract, the store and the Graph mapping (activity/).
 * Every field except `url` and `title` is optional: absent means the page did not say.
 */
export interface PageAuthor {
  name: string;
  url?: string;
  kind: 'Person' | 'Organization';
}

/**
 * Who publishes the page (schema.org `publisher`): a name, with absolute http(s) URLs when known.
 */
export interface PagePublisher {
  name: string;
  url?: string;
  logo?: string;
}

/**
 * What is recorded of a page read: the extractor's capture (src/content/extract), sanitised
 * (sanitize.ts) before it is stored or sent; texts are plain and bounded (limits.ts), URLs absolute
 * http(s).
 */
export interface PageMetadata {
  /** Canonical http(s) URL of the content (see activity/canonical-url.ts). */
  url: string;
  /** Stable id for Graph's appActivityId, derived from `url`. */
  appActivityId: string;
  title: string;
  /** schema.org type the page declares; 'WebPage' when it declares none. */
  type: string;
  authors: PageAuthor[];
  description?: string;
  siteName?: string;
  publisher?: PagePublisher;
  /** ISO 8601 (with offset when the page gives one). */
  datePublished?: string;
  dateModified?: string;
  /** BCP 47 language tag. */
  lang?: string;
  /** Absolute http(s) URL of the lead image. */
  image?: string;
  keywords: string[];
  wordCount?: number;
  /** Estimated reading time in whole minutes. */
  readingMinutes?: number;
  /** Absolute http(s) URL of the best favicon. */
  faviconUrl?: string;
  /** `#rrggbb`, only when the page's theme colour is a valid colour. */
  themeColor?: string;
}

/**
 * What the content script reports about a page: PageMetadata without `appActivityId`. The worker
 * derives the id from the checked `url` (sanitizePageMetadata in sanitize.ts), so the page never
 * hashes (a SHA-256 before the JIT warms up costs about 1.5 ms) and never names an id.
 */
export type PageCapture = Omit<PageMetadata, 'appActivityId'>;
