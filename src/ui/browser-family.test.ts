import { describe, expect, it } from 'vitest';
import { browserFamily, type BrowserSigns } from './browser-family';

// Real user-agent strings and brands, as each browser reports them to an extension page.
const CHROME_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const EDGE_UA = `${CHROME_UA} Edg/131.0.0.0`;
const CHROMIUM_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

const brands = (...names: string[]): BrowserSigns['userAgentData'] => ({
  brands: [{ brand: 'Not A(Brand' }, ...names.map((brand) => ({ brand }))],
});

describe('browserFamily', () => {
  it.each<[string, BrowserSigns, string]>([
    [
      'Chrome',
      { userAgent: CHROME_UA, userAgentData: brands('Chromium', 'Google Chrome') },
      'chrome',
    ],
    ['Debian Chromium', { userAgent: CHROMIUM_UA, userAgentData: brands('Chromium') }, 'chrome'],
    [
      'Brave (brands only)',
      { userAgent: CHROME_UA, userAgentData: brands('Chromium', 'Brave') },
      'chrome',
    ],
    ['Edge', { userAgent: EDGE_UA, userAgentData: brands('Chromium', 'Microsoft Edge') }, 'edge'],
    ['Edge, brands not exposed', { userAgent: EDGE_UA }, 'edge'],
    [
      'Edge, brands without its name',
      { userAgent: EDGE_UA, userAgentData: brands('Chromium') },
      'edge',
    ],
    ['Firefox', { userAgent: FIREFOX_UA }, 'firefox'],
    [
      'Firefox ESR on Windows',
      { userAgent: FIREFOX_UA.replace('X11; Linux x86_64', 'Windows NT 10.0; Win64; x64') },
      'firefox',
    ],
    [
      'a Chromium browser claiming Firefox in its string',
      { userAgent: `${CHROME_UA} Firefox/1`, userAgentData: brands('Chromium') },
      'chrome',
    ],
    ['an unknown string', { userAgent: 'Something/1.0' }, 'chrome'],
  ])('%s', (_name, signs, family) => {
    expect(browserFamily(signs)).toBe(family);
  });
});
