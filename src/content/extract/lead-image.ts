/**
 * The lead image when the page declares none in its metadata: `<link rel=image_src>`, the poster
 * of the article's video, or the first large image in the article itself. "Large" needs evidence
 * in the markup (width/height attributes or srcset width descriptors of at least MIN_WIDTH), so
 * icons, avatars, logos and tracking pixels, which seldom declare a large size, are not taken.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
import { declaredWidth, largestInSrcset, srcsetOf, statedRatio, widthInUrl } from './image-size';
import { linksWithRel, type LinkMap } from './meta-tags';
import { classSubstrings } from './selectors';

const MIN_WIDTH = 300;
const MAX_IMAGES = 15;
// Not `header`: an article's own header holds its hero image; the page's header is checked apart.
// Bylines and author boxes hold portraits; teasers of other stories, sign-up boxes and ad slots
// ("ad", "ad-slot", "ads") hold pictures that are not this article's.
const NOT_CONTENT = classSubstrings(
  'nav, footer, aside, form, [class*="avatar" i], [class*="author" i], [class*="byline" i], [class*="writer" i], [class*="logo" i], [class*="related" i], [class*="read-more" i], [class*="more-stories" i], [class*="recommend" i], [class*="newsletter" i], [class*="subscribe" i], [class*="promo" i], [class*="advert" i], [class*="sponsor" i], [class*="comment" i], [class~="ad"], [class~="ads"], [class^="ad-"], [class*=" ad-"], [id^="ad-"], [class*="adslot" i]',
);
// Ad servers' hosts too ("//ad.example.cn/", "//ads2.example.com/").
const NOT_LEAD =
  /logo|avatar|icon|sprite|pixel|spacer|blank|badge|emoji|gravatar|1x1|placeholder|lazy[-_]?load|loading\.gif|\/ads?\/|\/\/ads?\d*\.|doubleclick|\/banners?\//i;
// Refused as a lead only set in a sentence (a wordmark): a 3:1 image is a common hero crop
// (1200×400, 1920×640).
const WORDMARK_RATIO = 3;
// Classes name what an image is; "lazyload" (lazysizes) only says how it loads.
const NOT_LEAD_CLASS = /logo|avatar|icon|sprite|badge|emoji|gravatar/i;

// A size-less image in a `<figure>` is a picture when the figure has a caption or opens the
// article (before its first third of paragraphs): share buttons and icons sit in figures too, lower
// down and uncaptioned. Icon formats are never taken on this evidence alone.
const ICON_FORMAT = /\.(?:png|svg|gif)(?:[?#]|$)/i;
const OWNED_IMAGE = '[itemtype*="Person" i], [itemtype*="Organization" i]';
// A schema.org ImageObject item is a figure by its markup (AEM's core image component
// `<div class="cmp-image" itemtype="http://schema.org/ImageObject"><img itemprop="contentUrl">`).
function leadFigure(img: Element, src: string | undefined, root: Element): boolean {
  const figure = img.closest('figure, [itemtype*="ImageObject" i]');
  if (figure === null || (src !== undefined && ICON_FORMAT.test(src))) return false;
  // Not a person's portrait or an organisation's logo, marked as their image (review F-kinds-1).
  if (figure.tagName !== 'FIGURE' && figure.closest(OWNED_IMAGE) !== null) return false;
  if (figure.querySelector('figcaption') !== null) return true;
  const paragraphs = root.getElementsByTagName('p');
  const cutoff = paragraphs[Math.floor(paragraphs.length / 3)];
  return cutoff === undefined || (figure.compareDocumentPosition(cutoff) & 4) !== 0; // FOLLOWING
}

// An image its own class names the page's cover (Notion's exported `page-cover-image`, WordPress's
// `wp-post-image` featured image, `hero-image`, `featured-image`) is the lead picture, size or not.
const COVER_CLASS = /(?:^|[\s_-])(?:cover|hero|featured)(?:[\s_-]|$)|wp-post-image/i;
// On the image or its two nearest wrappers: Drupal's image field `field--name-field-hero-image`.
const coverMarked = (img: Element): boolean =>
  [img, img.parentElement, img.parentElement?.parentElement].some((el) =>
    COVER_CLASS.test(el?.getAttribute('class') ?? ''),
  );

/**
 * The image's URL when the markup says it is large: a declared width or srcset width of at least
 * MIN_WIDTH, a width written into its URL (not a sliver), or (when no size is declared at all) its place
 * in a captioned or opening `<figure>` of `root`, where articles put their pictures and sites seldom put icons.
 */
function imageUrl(img: Element, base: string, root: Element): string | undefined {
  const srcset = srcsetOf(img);
  const best = srcset === '' ? undefined : largestInSrcset(srcset);
  // Lazy loaders keep the real image in a data attribute (data-src, WP Rocket's data-lazy-src,
  // jQuery lazyload's data-original) and a placeholder in src.
  const sources = [
    img.getAttribute('data-src'),
    img.getAttribute('data-lazy-src'),
    img.getAttribute('data-original'),
    img.getAttribute('src'),
    best?.url,
  ];
  const declared = declaredWidth(img);
  const large =
    declared >= MIN_WIDTH ||
    (best?.width ?? 0) >= MIN_WIDTH ||
    (Number.isNaN(declared) &&
      best === undefined &&
      (sources.some((src) => src != null && widthInUrl(src) >= MIN_WIDTH) ||
        coverMarked(img) ||
        leadFigure(img, sources.find((src) => src != null && src !== '') ?? undefined, root)));
  if (!large) return undefined;
  for (const raw of sources) {
    if (raw == null || raw === '' || raw.startsWith('data:') || NOT_LEAD.test(raw)) continue;
    const url = canonicalizeUrl(raw, base);
    if (url !== null) return url;
  }
  return undefined;
}

// A wide image set in a paragraph with words of its own ("In partnership with [logo]") is a
// wordmark, not the article's picture.
function wordmarkInText(img: Element): boolean {
  const paragraph = img.closest('p');
  if (paragraph === null || paragraph.textContent.trim() === '') return false;
  return statedRatio(img) >= WORDMARK_RATIO;
}

const IMAGE_FILE = /\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)|attachment/i;
// WordPress marks each image inserted in a post's content "wp-image-<attachment id>".
const WP_CONTENT_IMAGE = /(?:^|\s)wp-image-\d+(?:\s|$)/;

// An image that links to another page of the same site is a teaser of another story (a "More
// stories" list, a "Read more" card); a lead image links nowhere, to its own file (a lightbox),
// or to its attachment page: "?attachment_id=", or with pretty permalinks a page under the
// article's own path ("/2016/05/24/harbour-vote/quay/"), from an image WordPress inserted.
function linksElsewhere(img: Element, base: string): boolean {
  const href = img.closest('a[href]')?.getAttribute('href');
  if (href == null || href === '' || href.startsWith('#') || IMAGE_FILE.test(href)) return false;
  if (WP_CONTENT_IMAGE.test(img.getAttribute('class') ?? '')) return false;
  try {
    const target = new URL(href, base);
    const page = new URL(base);
    const own = page.pathname.replace(/\/+$/, '');
    const under = own !== '' && target.pathname.startsWith(`${own}/`);
    return target.host === page.host && target.pathname !== page.pathname && !under;
  } catch {
    return false;
  }
}

/**
 * The lead image's absolute http(s) URL from `link rel=image_src` (`links`, see collectLinks) or
 * the page's content under `root`, or undefined.
 */
export function findLeadImage(
  links: LinkMap,
  root: Element | undefined,
  base: string,
): string | undefined {
  const linked = linksWithRel(links, 'image_src')[0]?.getAttribute('href');
  const fromLink = linked == null || linked === '' ? null : canonicalizeUrl(linked, base);
  if (fromLink !== null) return fromLink;
  if (root === undefined) return undefined;
  // Players that load lazily keep the poster in data-poster (video.js, Plyr) until they start.
  const video = root.querySelector('video[poster], video[data-poster]');
  const poster = video?.getAttribute('poster') ?? video?.getAttribute('data-poster');
  const fromPoster = poster == null || poster === '' ? null : canonicalizeUrl(poster, base);
  if (fromPoster !== null) return fromPoster;
  // AMP pages write `<amp-img>`.
  const images = root.querySelectorAll('img, amp-img');
  for (let i = 0; i < images.length && i < MAX_IMAGES; i++) {
    const img = images[i];
    if (img === undefined || NOT_LEAD_CLASS.test(img.getAttribute('class') ?? '')) continue;
    // A container that holds the whole article is no exclusion: Substack classes its post
    // "newsletter-post", and a theme may class the article's wrapper "has-sidebar-promo".
    const excluded = img.closest(NOT_CONTENT);
    if (excluded !== null && excluded !== root && root.contains(excluded)) continue;
    const header = img.closest('header');
    if (header !== null && header.closest('article') === null) continue;
    if (linksElsewhere(img, base) || wordmarkInText(img)) continue;
    const url = imageUrl(img, base, root);
    if (url !== undefined) return url;
  }
  return featuredBefore(root, base);
}

// A featured image marked as such: by its class (see COVER_CLASS) or its wrapper's.
const FEATURED = classSubstrings(
  'img.wp-post-image, [class*="featured" i] img, [class*="post-thumb" i] img, [class*="post-image" i] img, [class*="hero" i] img',
);

// Themes print a post's featured image before its text, outside the element that holds the
// text (Jnews: `.jeg_featured` then `.entry-content`): the featured image among the few blocks
// before the content root, or before its parent or grandparent, up to the article or main.
function featuredBefore(root: Element, base: string): string | undefined {
  for (let at: Element | null = root, level = 0; at !== null && level < 3; level++) {
    let block = at.previousElementSibling;
    for (let i = 0; block !== null && i < 4; i++, block = block.previousElementSibling) {
      const img = block.matches(FEATURED) ? block : block.querySelector(FEATURED);
      if (img === null || NOT_LEAD_CLASS.test(img.getAttribute('class') ?? '')) continue;
      const url = imageUrl(img, base, root);
      if (url !== undefined) return url;
    }
    if (at.matches('article, main, body')) break;
    at = at.parentElement;
  }
  return undefined;
}
