/**
 * Which browser's toolbar the user has in front of them, for instructions that differ by browser
 * (the welcome page's pin hint). Decided at run time from what the browser says about itself, the
 * same in a test as for a user: there is no switch to force one.
 */

/**
 * `chrome`: Google Chrome and every other Chromium browser whose toolbar is Chrome's (Chromium,
 * Brave, Vivaldi…); `edge`: Microsoft Edge; `firefox`: Firefox (ESR included).
 */
export type BrowserFamily = 'chrome' | 'edge' | 'firefox';

/**
 * What `navigator` tells: its user-agent string and, in Chromium browsers, its User-Agent Client
 * Hints brands (https://wicg.github.io/ua-client-hints/#interface), which Firefox does not have.
 */
export interface BrowserSigns {
  userAgent: string;
  userAgentData?: { brands: readonly { brand: string }[] } | undefined;
}

/**
 * The browser family of `signs` (pass `navigator`). Edge names itself in its brands ("Microsoft
 * Edge") and in its user-agent string (`Edg/`: a reduced user-agent string keeps that token);
 * Firefox's string has `Firefox/` and no brands. Anything else is treated as Chrome.
 */
export function browserFamily(signs: BrowserSigns): BrowserFamily {
  const brands = signs.userAgentData?.brands.map((entry) => entry.brand) ?? [];
  if (brands.includes('Microsoft Edge') || /\bEdg(?:e|A|iOS)?\//.test(signs.userAgent)) {
    return 'edge';
  }
  if (brands.length === 0 && /\bFirefox\//.test(signs.userAgent)) return 'firefox';
  return 'chrome';
}
