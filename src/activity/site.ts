import { parse } from 'tldts';

/**
 * What "a site" is, everywhere in the extension: a registrable domain as the Public Suffix List
 * defines it (https://publicsuffix.org/), ICANN and private sections both. `news.example.co.uk`
 * belongs to `example.co.uk`; `alice.github.io` and `bob.github.io` are two sites (github.io is a
 * public suffix), so one person's pages are never taken for another's: not for excluding or
 * deleting a site, and not for a canonical URL or an address a page claims. The list comes from
 * `tldts`, which bundles it (no network).
 */

// Private suffixes too (github.io, blogspot.com, …): each name under them is a different owner.
export const PSL_OPTIONS = { allowPrivateDomains: true } as const;

/**
 * The site of a host name (`a.b.example.co.uk` → `example.co.uk`), lower-cased without a trailing
 * dot, or the host itself when it has no registrable domain (an IP address, `localhost`, an
 * intranet name, a bare public suffix). Never throws.
 */
export function siteOfHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return parse(host, PSL_OPTIONS).domain ?? host;
}

/**
 * True when both URLs belong to the same site (`siteOfHost`): `m.example.co.uk` ~
 * `www.example.co.uk`, but not `alice.github.io` ~ `bob.github.io`. False when either is not a URL.
 * The worker's rule for what a page may claim as its address (`background/may-read.ts`).
 */
export function isSameSite(a: string, b: string): boolean {
  try {
    return siteOfHost(new URL(a).hostname) === siteOfHost(new URL(b).hostname);
  } catch {
    return false;
  }
}
