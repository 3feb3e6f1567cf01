/**
 * appActivityId: the SHA-256 digest of the canonical URL in base64url (RFC 4648 §5), 43
 * characters of `A–Z a–z 0–9 - _`, all RFC 3986 unreserved, so the id travels in a URL path
 * segment verbatim and no gateway that decodes `%2F` before routing can split it. See README.md.
 */
import { sha256 } from '@noble/hashes/sha2.js';

/** Length of every current id: 256 bits in base64url without padding. */
export const ACTIVITY_ID_LENGTH = 43;
const CURRENT_ID = /^[A-Za-z0-9_-]{43}$/;
const UTF8 = new TextEncoder();
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 lower-case hex digits. A fast
 * non-cryptographic change detector (the sync's body hashes), never an identifier.
 *
 * The 64-bit state is four 16-bit limbs in plain numbers: a BigInt multiply per byte made hashing
 * a 1 kB body cost about 0.16 ms, and every sync pass hashes each planned body (up to 500).
 * Multiplying by the prime 2^40 + 0x1b3 is `h * 0x1b3 + (h << 40)` mod 2^64; every partial product
 * stays below 2^31, so the result equals the BigInt one bit for bit (stored body hashes still match).
 */
export function fnv1a64(text: string): string {
  // FNV offset basis 0xcbf29ce484222325, low limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const bytes = UTF8.encode(text);
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i] ?? 0;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/** Base64url (RFC 4648 §5) without padding. */
function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += BASE64URL.charAt((n >> (18 - 6 * c)) & 63);
  }
  return out;
}

/**
 * Stable id for one piece of content: base64url(SHA-256(UTF-8(canonicalUrl))), 43 characters.
 * Deterministic and synchronous (@noble/hashes, not WebCrypto), so the content script, the worker
 * and every other device derive the same id for the same canonical URL.
 */
export function appActivityIdFor(canonicalUrl: string): string {
  return base64url(sha256(new TextEncoder().encode(canonicalUrl)));
}

/**
 * True for an id of the current scheme. Ids of earlier versions were the canonical URL itself
 * (or a prefix of it plus `#h=` and an FNV hash), so they always hold `:` and never match.
 */
export function isCurrentActivityId(id: string): boolean {
  return CURRENT_ID.test(id);
}
