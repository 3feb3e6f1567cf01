/**
 * The lead image when the page declares none in its metadata: `<link rel=image_src>`, the poster
 * of the article's video, or the first large image in the article itself. "Large" needs evidence
 * in the markup (width/height attributes or srcset width descriptors of at least MIN_WIDTH), so
 * icons, avatars, logos and tracking pixels, which seldom declare a large size, are not taken.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
import { linksWithRel } from './meta-tags';
import { classSubstrings } from './selectors';

const MIN_WIDTH = 300;
const MAX_IMAGES = 15;
// Not `header`: an article's own header holds its hero image; the page's header is checked apart.
const NOT_CONTENT = classSubstrings(
  'nav, footer, aside, form, [class*="avatar" i], [class*="author" i], [class*="logo" i], [class*="related" i], [class*="promo" i], [class*="advert" i], [class*="sponsor" i], [class*="comment" i]',
);
const NOT_LEAD =
  /logo|avatar|icon|sprite|pixel|spacer|blank|badge|emoji|gravatar|1x1|placeholder|lazy[-_]?load|loading\.gif/i;

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

function declaredWidth(img: Element): number {
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  // An image declared wide but a sliver high is a rule or a banner, not a picture.
  if (Number.isFinite(height) && height > 0 && height < 100) return 0;
  return Number.isFinite(width) ? width : 0;
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
  return picture.querySelector('source[srcset]')?.getAttribute('srcset') ?? '';
}

function imageUrl(img: Element, base: string): string | undefined {
  const srcset = srcsetOf(img);
  const best = srcset === '' ? undefined : largestInSrcset(srcset);
  const large = declaredWidth(img) >= MIN_WIDTH || (best?.width ?? 0) >= MIN_WIDTH;
  if (!large) return undefined;
  // Lazy loaders keep the real image in a data attribute (data-src, WP Rocket's data-lazy-src,
  // jQuery lazyload's data-original) and a placeholder in src.
  const sources = [
    img.getAttribute('data-src'),
    img.getAttribute('data-lazy-src'),
    img.getAttribute('data-original'),
    img.getAttribute('src'),
    best?.url,
  ];
  for (const raw of sources) {
    if (raw == null || raw === '' || raw.startsWith('data:') || NOT_LEAD.test(raw)) continue;
    const url = canonicalizeUrl(raw, base);
    if (url !== null) return url;
  }
  return undefined;
}

/** The lead image's absolute http(s) URL from the page's content, or undefined. */
export function findLeadImage(
  doc: Document,
  root: Element | undefined,
  base: string,
): string | undefined {
  const linked = linksWithRel(doc, 'image_src', 1)[0]?.getAttribute('href');
  const fromLink = linked == null || linked === '' ? null : canonicalizeUrl(linked, base);
  if (fromLink !== null) return fromLink;
  if (root === undefined) return undefined;
  const poster = root.querySelector('video[poster]')?.getAttribute('poster');
  const fromPoster = poster == null || poster === '' ? null : canonicalizeUrl(poster, base);
  if (fromPoster !== null) return fromPoster;
  // AMP pages write `<amp-img>`.
  const images = root.querySelectorAll('img, amp-img');
  for (let i = 0; i < images.length && i < MAX_IMAGES; i++) {
    const img = images[i];
    if (img === undefined || NOT_LEAD.test(img.getAttribute('class') ?? '')) continue;
    if (img.closest(NOT_CONTENT) !== null) continue;
    const header = img.closest('header');
    if (header !== null && header.closest('article') === null) continue;
    const url = imageUrl(img, base);
    if (url !== undefined) return url;
  }
  return undefined;
}
