// Telling Chromium's grey globe from a real icon, on the device. The favicon cache
// (`/_favicon/?pageUrl=…`) answers a page it has no icon for (one read on another device, or
// whose icon the profile dropped) with its default globe and no error, so a history read
// elsewhere filled with identical globes. The API says nothing else about a miss, so the picture
// is compared with the cache's answer for a page no browser has an icon for (NO_ICON_PAGE): the
// same globe, in the same browser's version and theme, without a request to any site and without
// a new permission. The images are the extension's own resources, so a canvas may read them.
import { cachedIconUrl, FAVICON_SIZE, NO_ICON_PAGE } from './favicon-source';

/** Whether two pictures' RGBA bytes are the same, byte for byte. */
export function samePixels(a: Uint8ClampedArray, b: Uint8ClampedArray): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `image`'s pixels drawn at FAVICON_SIZE square; null when the page cannot draw them. */
function pixelsOf(image: HTMLImageElement): Uint8ClampedArray | null {
  const canvas = image.ownerDocument.createElement('canvas');
  canvas.width = FAVICON_SIZE;
  canvas.height = FAVICON_SIZE;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(image, 0, 0, FAVICON_SIZE, FAVICON_SIZE);
  return context.getImageData(0, 0, FAVICON_SIZE, FAVICON_SIZE).data;
}

/** A loaded image of `src`, or null when it fails. */
function loaded(doc: Document, src: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = doc.createElement('img');
    image.addEventListener('load', () => {
      resolve(image);
    });
    image.addEventListener('error', () => {
      resolve(null);
    });
    image.src = src;
  });
}

// The globe's pixels, loaded once a page; and each icon's verdict, so a row drawn again (the
// history's virtual list redraws rows as it scrolls) decides at once.
const globes = new WeakMap<Document, Promise<Uint8ClampedArray | null>>();
const verdicts = new Map<string, boolean>();

/** What is known of `src` (true: the globe), or undefined when it was not checked yet. */
export function knownDefault(src: string): boolean | undefined {
  return verdicts.get(src);
}

/**
 * Whether `image` (loaded from the favicon cache, `src`) is Chromium's default globe. An image
 * that cannot be compared counts as a real icon, as before this check.
 */
export async function isDefaultFavicon(
  image: HTMLImageElement,
  src: string,
  extensionUrl: (path: string) => string,
): Promise<boolean> {
  const doc = image.ownerDocument;
  let globe = globes.get(doc);
  if (!globe) {
    globe = loaded(doc, cachedIconUrl(NO_ICON_PAGE, extensionUrl)).then((reference) =>
      reference ? pixelsOf(reference) : null,
    );
    globes.set(doc, globe);
  }
  const reference = await globe;
  const pixels = pixelsOf(image);
  const verdict = reference !== null && pixels !== null && samePixels(reference, pixels);
  verdicts.set(src, verdict);
  return verdict;
}
