// Where a list row's icon comes from, without asking the page's site for it: an extension page
// that loads `https://site/favicon.ico` for every row tells each site that the person is looking
// at their history (and is slow, and fails offline).

/** The browser families the extension runs in; `chromium` covers Chrome and Edge. */
export type BrowserFamily = 'chromium' | 'firefox';

/**
 * What a row shows as its icon: an image from a URL that stays on the device (the browser's own
 * favicon cache, or a `data:` URL), or the site's initial on a neutral disc (site-icon.ts).
 */
export type FaviconSource =
  | {
      kind: 'image';
      src: string;
      /**
       * From Chromium's favicon cache, which answers a page it has no icon for with its grey
       * globe: the caller tells the globe apart (default-favicon.ts) and shows the initial.
       */
      mayBeDefault: boolean;
    }
  | { kind: 'initial' };

/** The longest `data:` icon kept, in characters: a 32×32 PNG is well under; a photo is not. */
export const MAX_INLINE_ICON_CHARS = 4096;

/** The edge of the icon asked of Chromium's cache, in CSS px: 16 px rows at 2× density. */
export const FAVICON_SIZE = 32;

/** What faviconSource needs to know about one row and the browser it is drawn in. */
export interface FaviconRequest {
  browser: BrowserFamily;
  /** The page's URL (the row's `url`): the key of Chromium's favicon cache. */
  pageUrl: string;
  /** The icon the page named (the row's `faviconUrl`), as stored; never loaded when remote. */
  faviconUrl?: string | undefined;
  /** `runtime.getURL`: turns a path of the extension into its absolute URL. */
  extensionUrl: (path: string) => string;
}

const INLINE_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;

/**
 * The icon for one row; none (the initial) when the page named no icon. Chromium: the browser's
 * favicon cache through the `favicon` permission (`/_favicon/?pageUrl=…&size=32`,
 * https://developer.chrome.com/docs/extensions/how-to/ui/favicons),
 * which answers from the profile without a request to the site, for http(s) pages only. Firefox
 * has no such cache for extensions: a small `data:image/…` icon the page inlined itself, else the
 * initial. A remote `faviconUrl` is never returned, whatever the browser.
 */
export function faviconSource(request: FaviconRequest): FaviconSource {
  const { browser, pageUrl, faviconUrl, extensionUrl } = request;
  // A page that named no icon keeps its initial: Chromium's cache would answer with a grey globe.
  if (faviconUrl === undefined) return { kind: 'initial' };
  if (browser === 'chromium' && /^https?:\/\//i.test(pageUrl)) {
    return { kind: 'image', src: cachedIconUrl(pageUrl, extensionUrl), mayBeDefault: true };
  }
  if (faviconUrl.length <= MAX_INLINE_ICON_CHARS && INLINE_IMAGE.test(faviconUrl)) {
    return { kind: 'image', src: faviconUrl, mayBeDefault: false };
  }
  return { kind: 'initial' };
}

/** Chromium's favicon cache's URL for `pageUrl`'s icon, FAVICON_SIZE px. */
export function cachedIconUrl(pageUrl: string, extensionUrl: (path: string) => string): string {
  const query = `pageUrl=${encodeURIComponent(pageUrl)}&size=${String(FAVICON_SIZE)}`;
  return extensionUrl(`/_favicon/?${query}`);
}

/**
 * A page no browser has an icon for (`.invalid` is reserved: RFC 2606), whose cached icon is
 * therefore always Chromium's default globe: the picture others are compared with.
 */
export const NO_ICON_PAGE = 'https://no-icon.invalid/';
