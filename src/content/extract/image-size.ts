/**
 * What the markup and the image's URL say about an image's size: width and height attributes and
 * the data attributes CMSs use instead, srcset width descriptors, and the sizes resizers write
 * into URLs. The evidence lead-image.ts needs before it calls an image large.
 */

// 3.5 times as wide as high or more: a banner or a rule (728×90 is 8:1, 970×250 3.9:1), not a
// picture. (A 3:1 image is a common hero crop, 1200×400: lead-image.ts refuses it only set in a
// sentence, as a wordmark.)
const BANNER_RATIO = 3.5;

/**
 * The candidate with the largest width descriptor in a srcset ("a.jpg 480w, b.jpg 1080w" →
 * b.jpg, 1080; width in CSS pixels, URL as written), among its first 12; undefined when none
 * has a width descriptor.
 */
export function largestInSrcset(srcset: string): { url: string; width: number } | undefined {
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

/**
 * The width in pixels the markup declares (0 for a sliver under 100 px high or a banner), or NaN
 * when it declares none.
 */
export function declaredWidth(img: Element): number {
  for (const name of SIZE_ATTRIBUTES) {
    const raw = img.getAttribute(name);
    if (raw === null || raw === '') continue;
    const [w, h] = /^\s*(\d+)(?:\s*x\s*(\d+))?/.exec(raw)?.slice(1) ?? [];
    if (w === undefined) continue;
    let height = Number(h ?? img.getAttribute('height'));
    // Only the width declared: the height the file's name or a resizer wrote into its URL
    // beside that same width (a banner's "content_650x120_qrcodes.jpg" with width="650").
    if (!(height > 0)) {
      const src = img.getAttribute('src') ?? '';
      if (urlWidth(src) === Number(w)) height = heightInUrl(src);
    }
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

// The height a resizer or the file's name wrote into `url`, or NaN. Unmatched groups are
// undefined at run time, whatever the typings say.
const heightInUrl = (url: string): number => {
  const h = URL_HEIGHT.exec(url);
  return h === null ? NaN : Number(h.slice(1).find((g) => Boolean(g)));
};

// The width a resizer or the file's name wrote into `url`, or NaN.
const urlWidth = (url: string): number => {
  const m = URL_WIDTH.exec(url);
  return m === null ? NaN : Number(m.slice(1).find((g) => Boolean(g)));
};

/** The width in pixels a resizer wrote into the URL (0 for a sliver under 100 px high), or NaN. */
export function widthInUrl(url: string): number {
  const m = URL_WIDTH.exec(url);
  if (m === null) return NaN;
  const height = heightInUrl(url);
  const width = Number(m.slice(1).find((g) => Boolean(g)));
  // A banner written 1200 wide and 90 high is an advert or a rule, as in declaredWidth.
  return height < 100 || width >= height * BANNER_RATIO ? 0 : width;
}

/**
 * The image's srcset ('' when none): its own, a lazy loader's copy of it, or a `<picture>`'s
 * first `<source>` (a picture declares its sizes there, not on the fallback `<img>`).
 */
export function srcsetOf(img: Element): string {
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

/** Width over height as the markup or the image's URL states them; NaN when neither does. */
export function statedRatio(img: Element): number {
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
