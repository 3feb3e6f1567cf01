/**
 * appActivityId: the SHA-256 digest of the canonical URL in base64url (RFC 4648 §5), 43
 * characters of `A–Z a–z 0–9 - _`, all RFC 3986 unreserved, so the id travels in a URL path
 * segment verbatim and no gateway that decodes `%2F` before routing can split it. See README.md.
 */
import { sha256 } from '@noble/hashes/sha2.js';

/** Length of every current id: 256 bits in base64url without padding. */
export const ACTIVITY_ID_LENGTH = 43;
const CURRENT_ID = /^[A-Za-z0-9_-]{43}$/;
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 lower-case hex digits. A fast
 * non-cryptographic change detector (the sync's body hashes), never an identifier.
 */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
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
