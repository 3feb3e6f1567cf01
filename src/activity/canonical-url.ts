/**
 * One URL per piece of content: the basis of `appActivityId`, so two visits to the same article
 * through different links must canonicalize to the same string. Rules are documented in README.md.
 */
import { LIMITS } from './limits';
import { findSecretParams, PATH_SESSION_PARAM } from './url-secrets';

/** Query parameters that only say how the reader arrived, never what they read. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'rb_clickid',
  's_cid',
  'ncid',
  'cmpid',
  'ocid',
  'spm',
  'scm',
  'ref_src',
  'ref_url',
  'wt.mc_id',
  'sr_share',
  'smid',
  'utm',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'trk_', 'itm_'];

/** True for parameters that only say how the reader arrived (utm_*, fbclid, ...), never what they read. */
export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * Absolute, normalised http(s) URL, or null for anything else (javascript:, data:, garbage,
 * over-long). Lower-cases scheme and host (WHATWG URL does), drops credentials, the fragment,
 * tracking parameters and secret-bearing parameters (url-secrets.ts: tokens, OAuth codes,
 * signatures, e-mail addresses, ...), keeps the order of the remaining parameters (servers may
 * depend on it). Idempotent: a canonical URL canonicalizes to itself.
 */
export function canonicalizeUrl(raw: string, base?: string): string | null {
  const text = raw.trim();
  // Punctuation-only values (":::", "#", "//") resolve to real-looking URLs but mean nothing.
  if (text === '' || text.length > LIMITS.url || !/[A-Za-z0-9]/.test(text)) return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  // Each setter re-serialises the URL: set only what needs changing (the first extraction in a
  // page canonicalizes dozens of URLs).
  if (url.username !== '' || url.password !== '') {
    url.username = '';
    url.password = '';
  }
  // An empty fragment ("page#") reads as '' too: only the input can say whether one was given.
  if (text.includes('#')) url.hash = '';
  const path = url.pathname.replace(PATH_SESSION_PARAM, '');
  if (path !== url.pathname) url.pathname = path;
  if (url.search !== '') {
    const params = [...url.searchParams];
    const secrets = findSecretParams(params, url.pathname);
    const kept = params.filter(([name], i) => !isTrackingParam(name) && !secrets.has(i));
    // Re-serialise only when something was dropped, so untouched queries keep their encoding.
    if (kept.length !== params.length) url.search = new URLSearchParams(kept).toString();
  }
  // An empty query ("page?") is the same resource as none.
  if (url.search === '' && url.href.includes('?')) url.search = '';
  const href = url.href;
  return href.length > LIMITS.url ? null : href;
}

// Registrable-domain approximation without the Public Suffix List: these second-level labels
// sit under a country code and are not themselves a site (example.co.uk is the site, not co.uk).
// The extractor runs in the offscreen document, where the list (tldts, 145 KB gzip with the
// extractor against 33 KB) cost each first read's document load +16 ms CPU (bench:extract-ab,
// session 22); the approximation is coarser than the list (github.io, gv.at count as one site),
// and the worker, which has the list, decides what a page may claim (activity/site.ts).
const SHARED_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or']);

function siteOf(hostname: string): string {
  const labels = hostname.split('.');
  if (labels.length <= 2 || /^[\d.]+$|^\[/.test(hostname)) return hostname;
  const second = labels[labels.length - 2] ?? '';
  const tld = labels[labels.length - 1] ?? '';
  const keep = tld.length === 2 && SHARED_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * True when both URLs may belong to the same site: the same registrable domain by an approximation
 * that can call two sites one (`alice.github.io` ~ `bob.github.io`), never, for ordinary hosts,
 * one site two. A pre-filter for the extractor; the worker's rule is `site.ts`'s `isSameSite`.
 */
export function roughlySameSite(a: string, b: string): boolean {
  try {
    return siteOf(new URL(a).hostname) === siteOf(new URL(b).hostname);
  } catch {
    return false;
  }
}

function isSane(candidate: URL, page: URL): boolean {
  // A canonical pointing at the home page from a deeper page is a common CMS template bug.
  if (candidate.pathname === '/' && candidate.search === '' && page.pathname !== '/') return false;
  // Unrendered templates ({{url}}, ${url}) leak into canonical tags of client-rendered pages.
  const decoded = candidate.href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  if (/\{\{|\$\{|\{%/.test(decoded)) return false;
  // Script bugs that stringify a missing value: https://site/undefined, /null/…
  return !/\/(?:undefined|null|NaN)(?:[/?]|$)/.test(candidate.pathname);
}

/**
 * The URL that identifies the page's content: the first candidate (page-declared canonical,
 * then og:url, ...) that is http(s), same-site and sane; otherwise the page URL itself. Never
 * downgrades https to http. Returns null only when the page URL itself is not http(s).
 */
export function chooseCanonicalUrl(
  pageUrl: string,
  ...candidates: readonly (string | null | undefined)[]
): string | null {
  const page = canonicalizeUrl(pageUrl);
  if (page === null) return null;
  const pageParsed = new URL(page);
  for (const raw of candidates) {
    if (raw === null || raw === undefined) continue;
    const candidate = canonicalizeUrl(raw, page);
    if (candidate === null || !roughlySameSite(candidate, page)) continue;
    const parsed = new URL(candidate);
    if (!isSane(parsed, pageParsed)) continue;
    if (pageParsed.protocol === 'https:' && parsed.protocol === 'http:') parsed.protocol = 'https:';
    return parsed.href;
  }
  return page;
}

/**
 * Whether one of the addresses a head names (its canonical link's `href`, its `og:url`, as
 * written; null or undefined where absent), resolved against `base`, is `route` itself up to
 * canonicalisation (tracking parameters, fragment, case of scheme and host): then the head
 * describes that route. False when `route` is not an http(s) address.
 */
export function headNamesRoute(
  named: readonly (string | null | undefined)[],
  base: string,
  route: string,
): boolean {
  const here = canonicalizeUrl(route);
  if (here === null) return false;
  return named.some((url) => typeof url === 'string' && canonicalizeUrl(url, base) === here);
}
