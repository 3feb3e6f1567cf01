import type { PageMetadata } from '../../activity/page-metadata';

/**
 * What one source says about the page; every field absent unless that source says it. `url` is a
 * canonical-URL candidate there (still checked by chooseCanonicalUrl). `organizations` are the
 * corporate names the source declares (publisher, copyright holder): never a person's byline.
 * `siteOwner` is the name of an Organization whose `url` is the site's home page (a site-name
 * candidate ranked below the declared ones).
 */
export type Found = { organizations?: string[]; siteOwner?: string } & Partial<
  Pick<
    PageMetadata,
    | 'title'
    | 'authors'
    | 'description'
    | 'siteName'
    | 'publisher'
    | 'datePublished'
    | 'dateModified'
    | 'lang'
    | 'image'
    | 'url'
    | 'type'
    | 'keywords'
    | 'wordCount'
    | 'readingMinutes'
  >
>;
