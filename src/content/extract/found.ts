import type { PageAuthor, PagePublisher } from '../../activity/page-metadata';

/** What one source says about the page; every field absent unless that source says it. */
export interface Found {
  title?: string;
  authors?: PageAuthor[];
  description?: string;
  siteName?: string;
  publisher?: PagePublisher;
  datePublished?: string;
  dateModified?: string;
  lang?: string;
  image?: string;
  /** A canonical-URL candidate (still checked by chooseCanonicalUrl). */
  url?: string;
  type?: string;
  keywords?: string[];
  wordCount?: number;
  readingMinutes?: number;
}
