import { faviconSource, type BrowserFamily } from './favicon-source';
import { isDefaultFavicon, knownDefault } from './default-favicon';
import { outlineIcon } from './outline-icon';

/** The browser this build runs in: fixed at build time (`vite build --mode firefox`). */
const BROWSER: BrowserFamily = import.meta.env.MODE === 'firefox' ? 'firefox' : 'chromium';

/** The row fields an icon is chosen from: the page's URL and the icon it named, if any. */
export interface IconPage {
  url: string;
  faviconUrl?: string | undefined;
}

/**
 * A page's icon for lists: the browser's copy of its favicon (favicon-source.ts: never a request
 * to the site) when it has one that loads and is not Chromium's default globe, else the initial of the site's label (its name, else
 * its host: see format.ts siteLabel) on a neutral disc (never the extension's own logo, which
 * would read as "a page of this extension"); a site known only by its IP address gets a plain
 * globe there instead (its "initial", "1" for 127.0.0.1, would read as a count).
 */
export function siteIcon(doc: Document, site: string, page: IconPage): HTMLElement {
  const box = doc.createElement('span');
  box.className = 'site-icon';
  box.setAttribute('aria-hidden', 'true');
  const fallback = (): void => {
    box.replaceChildren(isAddressSite(site) ? globe(doc) : siteInitial(site));
    box.classList.add('site-icon-initial');
  };
  const extensionUrl = (path: string): string => chrome.runtime.getURL(path);
  const source = faviconSource({
    browser: BROWSER,
    pageUrl: page.url,
    faviconUrl: page.faviconUrl,
    extensionUrl,
  });
  // Chromium's grey globe (no icon cached for the page) gets the initial too: a history read on
  // other devices would otherwise be a column of identical globes (default-favicon.ts).
  const isDefault =
    source.kind === 'image' && source.mayBeDefault ? knownDefault(source.src) : false;
  if (source.kind === 'image' && isDefault !== true) {
    const icon = doc.createElement('img');
    icon.alt = '';
    icon.referrerPolicy = 'no-referrer';
    icon.width = 16;
    icon.height = 16;
    icon.addEventListener('error', fallback, { once: true });
    if (isDefault === undefined) {
      // Not shown until checked: a globe flashing into an initial reads as a glitch.
      box.classList.add('site-icon-pending');
      const { src } = source;
      icon.addEventListener(
        'load',
        () => {
          void isDefaultFavicon(icon, src, extensionUrl).then((isGlobe) => {
            box.classList.remove('site-icon-pending');
            if (isGlobe) fallback();
          });
        },
        { once: true },
      );
    }
    icon.src = source.src;
    box.append(icon);
  } else {
    fallback();
  }
  return box;
}

// One segmenter for every row: building one costs far more than using it.
const graphemes = new Intl.Segmenter();

/**
 * The first letter or digit of a site's label ("T" for "The Slow Kitchen", "E" for example.com,
 * "S" for "__Security Centre__": a badge of "_" or "[" reads as a broken icon), else its first
 * character (an emoji), or "·" for an empty label.
 */
export function siteInitial(site: string): string {
  // Graphemes, not code units, so a name starting with an accent or an emoji stays whole.
  const all = [...graphemes.segment(site.trim())].map((part) => part.segment);
  const first = all.find((part) => /^[\p{L}\p{N}]/u.test(part)) ?? all[0];
  return first?.toLocaleUpperCase() ?? '·';
}

// IPv4 ("127.0.0.1") or an IPv6 literal as URL.hostname writes it ("[::1]").
const ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[\da-f:.]+\])$/i;

/**
 * Whether a site's label is an IP address (the page named no site, and its host is a number):
 * "127.0.0.1", "[::1]", not "1password.com" nor a site named "1843 Magazine".
 */
export function isAddressSite(site: string): boolean {
  return ADDRESS.test(site.trim());
}

/** A plain globe outline in the text colour, 12 px: a site with no name, only an address. */
function globe(doc: Document): SVGSVGElement {
  return outlineIcon(doc, 'site-icon-globe', 12, [
    ['circle', { cx: '8', cy: '8', r: '6.5' }],
    ['ellipse', { cx: '8', cy: '8', rx: '2.8', ry: '6.5' }],
    ['path', { d: 'M1.5 8h13' }],
  ]);
}
