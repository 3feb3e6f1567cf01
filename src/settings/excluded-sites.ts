import { parse } from 'tldts';
import { PSL_OPTIONS, siteOfHost } from '../activity/site';

/**
 * Sites for excluding and for "delete everything from this site". A site is a registrable domain
 * by the Public Suffix List, as everywhere in the extension (`activity/site.ts`): excluding or
 * deleting one person's `alice.github.io` never touches `bob.github.io`.
 */

/**
 * The registrable domain of a URL or host name (`https://a.b.example.co.uk/x` → `example.co.uk`),
 * or the host itself when it has none (an IP address, `localhost`, an intranet name). Null when the
 * input has no host.
 */
export function siteOf(urlOrHost: string): string | null {
  const host = parse(urlOrHost.trim().toLowerCase(), PSL_OPTIONS).hostname;
  return host ? siteOfHost(host) : null;
}

/**
 * Normalizes what the user typed as a site to never record. A pattern is a host name
 * ("example.com"), which also covers its subdomains ("news.example.com"); "*.example.com" and a
 * leading "www." mean the same as the bare name. Schemes, paths and ports are ignored, so pasting a
 * whole URL works. Returns null for what is not a host, and for a public suffix itself ("co.uk",
 * "github.io"): that would cover every unrelated site under it.
 */
export function normalizeSitePattern(raw: string): string | null {
  let text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text.replace(/^\*\./, '')}`;
  let host: string;
  try {
    host = new URL(text).hostname.replace(/^\*\./, '').replace(/\.$/, '');
  } catch {
    return null;
  }
  if (!/^[a-z0-9.-]+$/.test(host) || host.length > 253) return null;
  const info = parse(host, PSL_OPTIONS);
  if (info.isIp) return host;
  // A known public suffix with no registrable part: refuse. Unknown single labels (localhost, an
  // intranet name such as http://wiki/) are neither ICANN nor private suffixes and stay usable:
  // settings are validated on every read, so refusing them would silently drop a saved exclusion
  // and start recording that site.
  if (info.domain === null && (info.isIcann === true || info.isPrivate === true)) return null;
  return info.domain !== null && host === `www.${info.domain}` ? info.domain : host;
}

/**
 * Whether the URL's host is one of the patterns or a subdomain of one. Patterns are the output of
 * `normalizeSitePattern`. A URL without a host is never excluded (it is never recorded anyway).
 */
export function isExcludedUrl(url: string, patterns: readonly string[]): boolean {
  return excludingEntries(url, patterns).length > 0;
}

/**
 * The patterns that cover the URL's host (`isExcludedUrl`), in their order: what must go for the
 * URL to be recorded again ("example.com" and "news.example.com" both cover a news page).
 */
export function excludingEntries(url: string, patterns: readonly string[]): string[] {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return [];
  }
  return patterns.filter((pattern) => coversHost(pattern, host));
}

/** A pattern covers its own host and every subdomain: never a sibling or a look-alike suffix. */
export function coversHost(pattern: string, host: string): boolean {
  return host === pattern || host.endsWith(`.${pattern}`);
}
