/** schema.org type names and how strongly each suggests "this is the content being read". */

/** Types that are the content itself (CreativeWork and friends people read or watch). */
const CONTENT = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'SocialMediaPosting',
  'LiveBlogPosting',
  'DiscussionForumPosting',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
  'ReportageNews',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'AdvertiserContentArticle',
  'Recipe',
  'HowTo',
  'VideoObject',
  'AudioObject',
  'Product',
  'Review',
  'CriticReview',
  'Book',
  'Chapter',
  'Movie',
  'TVEpisode',
  'Episode',
  'PodcastEpisode',
  'MusicRecording',
  'MusicAlbum',
  'Event',
  'Course',
  'JobPosting',
  'Question',
  'Dataset',
  'SoftwareApplication',
  'SoftwareSourceCode',
  'Thesis',
  'Legislation',
  'Guide',
  'Clip',
  'CreativeWork',
  'Photograph',
  'Quiz',
  'Answer',
]);

/** WebPage and its subtypes: describe the page; used when no content node exists. */
const PAGE = new Set([
  'WebPage',
  'ItemPage',
  'AboutPage',
  'CollectionPage',
  'ProfilePage',
  'SearchResultsPage',
  'QAPage',
  'FAQPage',
  'ContactPage',
  'CheckoutPage',
  'MedicalWebPage',
  'RealEstateListing',
]);

/** Never the main entity: site furniture, parties, and structured values. */
const AUXILIARY = new Set([
  'WebSite',
  'Organization',
  'NewsMediaOrganization',
  'Corporation',
  'Person',
  'BreadcrumbList',
  'ListItem',
  'ImageObject',
  'SiteNavigationElement',
  'WPHeader',
  'WPFooter',
  'WPSideBar',
  'WPAdBlock',
  'SearchAction',
  'EntryPoint',
  'Brand',
  'Offer',
  'AggregateOffer',
  'Rating',
  'AggregateRating',
  'PostalAddress',
  'ContactPoint',
  'LocalBusiness',
  'EducationalOrganization',
  'GovernmentOrganization',
  'Place',
  'PropertyValue',
  'ReadAction',
  'Country',
  'Language',
  'SpeakableSpecification',
  'InteractionCounter',
  'Thing',
  'Intangible',
  'Audience',
]);

const PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;

/** Declared type names of a node, prefixes stripped, in declaration order. */
export function typesOf(node: Readonly<Record<string, unknown>>): string[] {
  const raw = node['@type'] ?? node.type;
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const entry of list.slice(0, 8)) {
    if (typeof entry !== 'string') continue;
    const name = entry.replace(PREFIX, '').trim();
    if (/^[A-Za-z][A-Za-z0-9]{0,59}$/.test(name)) out.push(name);
  }
  return out;
}

/** 3 content, 2 unknown type, 1 web page, 0 auxiliary or untyped. */
export function typeRank(types: readonly string[]): number {
  if (types.some((t) => CONTENT.has(t))) return 3;
  if (types.some((t) => PAGE.has(t))) return 1;
  return types.length > 0 && types.every((t) => !AUXILIARY.has(t)) ? 2 : 0;
}

/**
 * An unknown type (rank 2) counts as content only when it carries what content carries: a
 * headline, or a name with an author or date. Otherwise it is furniture we have no name for.
 */
export function looksLikeContent(node: Readonly<Record<string, unknown>>): boolean {
  return (
    node.headline !== undefined ||
    (node.name !== undefined &&
      (node.author !== undefined || node.datePublished !== undefined || node.creator !== undefined))
  );
}

/** Whether any of the schema.org `types` is a page type (WebPage and its kinds: PAGE). */
export const isPageType = (types: readonly string[]): boolean => types.some((t) => PAGE.has(t));

/** The most specific declared type: a content type other than the generic ones first. */
export function preferredType(types: readonly string[]): string | undefined {
  const generic = new Set(['Article', 'CreativeWork']);
  return (
    types.find((t) => CONTENT.has(t) && !generic.has(t)) ??
    types.find((t) => CONTENT.has(t)) ??
    types.find((t) => PAGE.has(t)) ??
    types.find((t) => !AUXILIARY.has(t))
  );
}
