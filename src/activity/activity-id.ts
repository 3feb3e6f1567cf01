/**
 * appActivityId: the canonical URL itself while it is short (readable in Graph, trivially
 * stable), else a prefix plus a 64-bit FNV-1a hash of the whole URL. See README.md for the
 * collision reasoning.
 */

/** Ids up to this many UTF-16 units are the URL verbatim. */
export const MAX_ACTIVITY_ID_LENGTH = 200;
const HASH_SEPARATOR = '#h=';
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * Stable id for one piece of content. Deterministic and synchronous, so the content script and
 * the worker derive the same id independently. A canonical URL never contains `#` (fragments
 * are dropped), so a hashed id can never equal a verbatim one.
 */
export function appActivityIdFor(canonicalUrl: string): string {
  if (canonicalUrl.length <= MAX_ACTIVITY_ID_LENGTH) return canonicalUrl;
  const keep = MAX_ACTIVITY_ID_LENGTH - HASH_SEPARATOR.length - 16;
  let prefix = canonicalUrl.slice(0, keep);
  const last = prefix.charCodeAt(prefix.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) prefix = prefix.slice(0, -1);
  return prefix + HASH_SEPARATOR + fnv1a64(canonicalUrl);
}
