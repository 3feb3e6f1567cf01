// The `by-host-key` index's key (DB version 12): a page's host with its labels reversed, so a host
// and every subdomain of it share a prefix, and a deletion by host alone ("Clear reading history"
// for a site, an excluded site's "also delete") reads that site's pages from one key range.
import { hostOf } from '../deletion/deletion-scope';

/**
 * The host's labels in reverse order, each followed by '.': `news.example.com` →
 * `com.example.news.`. A host that ends with `.<site>` (a subdomain) has `hostKey(site)` as a
 * prefix, and so does the site itself: `coversHost(site, host)` implies
 * `hostKey(host).startsWith(hostKey(site))`, for any strings (the separating '.' splits both
 * alike). Pure.
 */
export function hostKey(host: string): string {
  return host
    .split('.')
    .reverse()
    .map((label) => `${label}.`)
    .join('');
}

/** A page's `hostKey` (schema.ts `ActivityRecord.hostKey`): of its address's host (`hostOf`). */
export function hostKeyOf(url: string): string {
  return hostKey(hostOf(url));
}

/**
 * The `by-host-key` range of the pages a scope's `site` may cover: every key starting with
 * `hostKey(site)`. That prefix ends with '.', so the keys are those from it up to, not including,
 * the same with '/' (the next character) in place of its last '.': the pages of the hosts
 * `coversHost(site, host)` covers, whose scope then decides each (deletion-scope.ts).
 */
export function hostKeyRange(site: string): IDBKeyRange {
  const prefix = hostKey(site);
  return IDBKeyRange.bound(prefix, `${prefix.slice(0, -1)}/`, false, true);
}
