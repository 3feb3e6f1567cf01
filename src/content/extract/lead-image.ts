/**
 * The lead image when the page declares none in its metadata: `<link rel=image_src>`, the poster
 * of the article's video, or the first large image in the article itself. "Large" needs evidence
 * in the markup (width/height attributes or srcset width descriptors of at least MIN_WIDTH), so
 * icons, avatars, logos and tracking pixels, which seldom declare a large size, are not taken.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
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
const NOT_LEAD =
  /logo|avatar|icon|sprite|pixel|spacer|blank|badge|emoji|gravatar|1x1|placeholder|lazy[-_]?load|loading\.gif|\/ads?\/|doubleclick|\/banners?\//i;
// 3.5 times as wide as high or more: a banner or a rule (728×90 is 8:1, 970×250 3.9:1), not a
// picture. A 3:1 image is a common hero crop (1200×400, 1920×640): refused only set in a sentence
// (a wordmark).
const BANNER_RATIO = 3.5;
const WORDMARK_RATIO = 3;
// Classes name what an image is; "lazyload" (lazysizes) only says how it loads.
const NOT_LEAD_CLASS = /logo|avatar|icon|sprite|badge|emoji|gravatar/i;

// Largest width descriptor in a srcset ("a.jpg 480w, b.jpg 1080w" → b.jpg, 1080).
function largestInSrcset(srcset: string): { url: string; width: number } | undefined {
  let best: { url: string; width: number } | undefined;
  for (const candidate of srcset.split(',').slice(0, 12)) {
    const [url, descriptor] = candidate.trim().split(/\s+/);
    const width = Number(/^(\d+)w$/.exec(descriptor ?? '')?.[1] ?? NaN);
    if (url !== undefined && url !== '' && width > (best?.width ?? 0)) best = { url, width };
  }
  return best;
}

// Where CMSs state an image's intrinsic size besides width/height: lazy loaders' data-width,
// Blogger's data-original-width, Squarespace's data-image-dimensions="2500x1667".
const SIZE_ATTRIBUTES = ['width', 'data-width', 'data-original-width', 'data-image-dimensions'];

/** The width the markup declares (0 for a sliver under 100 px high), or NaN when it declares none. */
function declaredWidth(img: Element): number {
  for (const name of SIZE_ATTRIBUTES) {
    const raw = img.getAttribute(name);
    if (raw === null || raw === '') continue;
    const [w, h] = /^\s*(\d+)(?:\s*x\s*(\d+))?/.exec(raw)?.slice(1) ?? [];
    if (w === undefined) continue;
    const height = Number(h ?? img.getAttribute('height'));
    // An image declared wide but a sliver high is a rule or a banner, not a picture.
    return height > 0 && (height < 100 || Number(w) >= height * BANNER_RATIO) ? 0 : Number(w);
  }
  return NaN;
}

// Sizes written into image URLs by CMS resizers: WordPress's "-1024x683.jpg", "/1200x800/",
// "?w=1200", "w_1200" (Cloudinary, Substack), "/size/w2000/" (Ghost), "resize:fit:1400" (Medium).
const URL_WIDTH =
  /[-_/](\d{3,4})x\d{2,4}[./_-]|[?&](?:w|width)=(\d{3,4})\b|[/,]w_(\d{3,4})\b|\/w(\d{3,4})\/|fit:(\d{3,4})\//;
// The height the same resizers write: "-1200x90.jpg", "&h=90", "h_90".
const URL_HEIGHT = /[-_/]\d{3,4}x(\d{2,4})[./_-]|[?&](?:h|height)=(\d{1,4})\b|[/,]h_(\d{1,4})\b/;

/** The width a resizer wrote into the URL (0 for a sliver under 100 px high), or NaN. */
function widthInUrl(url: string): number {
  const m = URL_WIDTH.exec(url);
  if (m === null) return NaN;
  const h = URL_HEIGHT.exec(url);
  // Unmatched groups are undefined at run time, whatever the typings say.
  const height = h === null ? NaN : Number(h.slice(1).find((g) => Boolean(g)));
  const width = Number(m.slice(1).find((g) => Boolean(g)));
  // A banner written 1200 wide and 90 high is an advert or a rule, as in declaredWidth.
  return height < 100 || width >= height * BANNER_RATIO ? 0 : width;
}

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

// A `<picture>` declares its sizes on its `<source>` elements, not on the fallback `<img>`.
function srcsetOf(img: Element): string {
  const own =
    img.getAttribute('srcset') ??
    img.getAttribute('data-srcset') ??
    img.getAttribute('data-lazy-srcset');
  if (own !== null) return own;
  const picture = img.parentElement;
  if (picture?.tagName !== 'PICTURE') return '';
  // Lazy loaders move the sources' srcset to data-srcset too (lazysizes).
  const source = picture.querySelector('source[srcset], source[data-srcset]');
  return source?.getAttribute('srcset') ?? source?.getAttribute('data-srcset') ?? '';
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

/** Width over height as the markup or the image's URL states them; NaN when neither does. */
function statedRatio(img: Element): number {
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if (width > 0 && height > 0) return width / height;
  const src = img.getAttribute('src') ?? '';
  const w = URL_WIDTH.exec(src)
    ?.slice(1)
    .find((g) => Boolean(g));
  const h = URL_HEIGHT.exec(src)
    ?.slice(1)
    .find((g) => Boolean(g));
  return Number(w) / Number(h);
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
