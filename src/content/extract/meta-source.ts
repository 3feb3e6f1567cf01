/**
 * What the page's <meta> tags say. Within this source, Dublin Core comes first (set
 * deliberately, mostly by publishers of scholarly and government pages), then OpenGraph,
 * Twitter, citation_* (Highwire), parsely and plain HTML meta names.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
import { LIMITS } from '../../activity/limits';
import type { PageAuthor } from '../../activity/page-metadata';
import { authorsFromText, dedupeAuthors } from './authors';
import { normalizeDate } from './dates';
import type { Found } from './found';
import { allMeta, firstMeta, type MetaMap } from './meta-tags';
import { cleanPageText, looksLikeUrl } from './text';

const TITLE = [
  'dc:title',
  'dcterms:title',
  'dc.title',
  'dcterms.title',
  'og:title',
  'twitter:title',
  'citation_title',
  'parsely-title',
  'sailthru.title',
  'title',
];
const DESCRIPTION = [
  'dc:description',
  'dcterms:description',
  'dc.description',
  'dcterms.description',
  'og:description',
  'description',
  'twitter:description',
  'sailthru.description',
  'itemprop:description',
];
const AUTHOR = [
  'dc:creator',
  'dcterms:creator',
  'dc.creator',
  'dcterms.creator',
  'author',
  'article:author',
  'og:article:author',
  'parsely-author',
  'sailthru.author',
  'byl',
  'byline',
  'author_name',
  'authors',
  'cxenseparse:author',
  'dc.creator.personalname',
];
// Yoast and other SEO plugins print the byline as a Twitter card label/data pair.
const AUTHOR_LABEL = /^(?:written by|author|authors|autor|auteur|autore|geschrieben von|por)$/i;
const COPYRIGHT = ['copyright', 'dcterms.rightsholder', 'dc.rights', 'rights'];
const PUBLISHED = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dc:date',
  'dcterms:created',
  'dcterms:issued',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'sailthru.date',
  'article.published',
  'og:published_time',
  'video:release_date',
  'release_date',
];
const MODIFIED = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms:modified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'article.updated',
];
const IMAGE = [
  'og:image:secure_url',
  'og:image:url',
  'og:image',
  'twitter:image',
  'twitter:image:src',
  'parsely-image-url',
  'sailthru.image.full',
  'thumbnail',
  'itemprop:image',
  'itemprop:thumbnailurl',
];
const LANG = ['content-language', 'dc:language', 'dc.language', 'dcterms.language', 'language'];
const KEYWORDS = ['news_keywords', 'keywords', 'article:tag', 'parsely-tags', 'sailthru.tags'];
// Not application-name / apple-mobile-web-app-title: sites fill those with article titles.
const SITE_NAME = ['og:site_name'];

/** og:type values that map to a schema.org type (others say nothing specific). */
const OG_TYPES: Record<string, string> = {
  article: 'Article',
  blog: 'BlogPosting',
  book: 'Book',
  product: 'Product',
  'video.movie': 'Movie',
  'video.episode': 'TVEpisode',
  'video.other': 'VideoObject',
  'video.tv_show': 'TVSeries',
  'music.song': 'MusicRecording',
  'music.album': 'MusicAlbum',
  profile: 'ProfilePage',
};

const text = (meta: MetaMap, keys: readonly string[], max: number): string | undefined =>
  cleanPageText(firstMeta(meta, ...keys), max);

function metaAuthors(meta: MetaMap): PageAuthor[] {
  for (const key of AUTHOR) {
    const names = allMeta(meta, key).filter((v) => !looksLikeUrl(v));
    const authors = dedupeAuthors(names.flatMap((v) => authorsFromText(v)));
    if (authors.length > 0) return authors;
  }
  const citation = allMeta(meta, 'citation_author', 'dc.contributor');
  const fromCitation = dedupeAuthors(citation.flatMap((v) => authorsFromText(v)));
  if (fromCitation.length > 0) return fromCitation;
  for (let i = 1; i <= 4; i++) {
    const label = firstMeta(meta, `twitter:label${String(i)}`)?.trim();
    if (label !== undefined && AUTHOR_LABEL.test(label)) {
      return authorsFromText(firstMeta(meta, `twitter:data${String(i)}`));
    }
  }
  return [];
}

// "© 2024 Example Media Group. All rights reserved." → "Example Media Group".
function copyrightHolder(meta: MetaMap): string | undefined {
  const raw = firstMeta(meta, ...COPYRIGHT);
  if (raw === undefined || looksLikeUrl(raw)) return undefined;
  const name = raw
    .replace(/all rights reserved\.?|copyright|\(c\)|©/gi, ' ')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/g, ' ')
    .replace(/^[\s.,;:-]+|[\s.,;:-]+$/g, '');
  return cleanPageText(name, LIMITS.siteName);
}

function metaKeywords(meta: MetaMap): string[] {
  const out: string[] = [];
  for (const value of allMeta(meta, ...KEYWORDS)) {
    // Two string splits, not /[,;]/: a cold run compiles every distinct pattern (twice for a split).
    for (const part of value.split(',').flatMap((p) => p.split(';'))) {
      const word = cleanPageText(part, LIMITS.keyword);
      if (word !== undefined && !out.includes(word)) out.push(word);
      if (out.length === LIMITS.keywords) return out;
    }
  }
  return out;
}

function firstUrl(meta: MetaMap, keys: readonly string[], base: string): string | undefined {
  for (const key of keys) {
    for (const value of meta.get(key) ?? []) {
      const url = canonicalizeUrl(value, base);
      if (url !== null) return url;
    }
  }
  return undefined;
}

function firstDate(meta: MetaMap, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const date = normalizeDate(meta.get(key)?.[0]);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** Everything the meta tags say about the page. */
export function fromMetaTags(meta: MetaMap, base: string): Found {
  const ogType = firstMeta(meta, 'og:type')?.trim().toLowerCase();
  const publisherName = text(
    meta,
    ['dc:publisher', 'dc.publisher', 'citation_publisher', 'publisher'],
    LIMITS.siteName,
  );
  const locale = firstMeta(meta, 'og:locale')?.replace('_', '-');
  const holder = copyrightHolder(meta);
  const organizations = [publisherName, holder].filter((n): n is string => n !== undefined);
  return {
    organizations,
    title: text(meta, TITLE, LIMITS.title),
    authors: metaAuthors(meta),
    description: text(meta, DESCRIPTION, LIMITS.description),
    siteName: text(meta, SITE_NAME, LIMITS.siteName),
    publisher:
      publisherName === undefined || looksLikeUrl(publisherName)
        ? undefined
        : { name: publisherName },
    datePublished: firstDate(meta, PUBLISHED),
    dateModified: firstDate(meta, MODIFIED),
    lang: cleanPageText(firstMeta(meta, ...LANG)?.split(',')[0] ?? locale, LIMITS.lang),
    image: firstUrl(meta, IMAGE, base),
    url: firstUrl(meta, ['og:url', 'parsely-link', 'twitter:url'], base),
    type: ogType === undefined ? undefined : OG_TYPES[ogType],
    keywords: metaKeywords(meta),
  };
}
