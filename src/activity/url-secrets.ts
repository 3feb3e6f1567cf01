/**
 * Credentials carried in URLs (password-reset tokens, OAuth codes, signed-storage signatures,
 * API keys, e-mail addresses, JWTs) are never stored or sent: `findSecretParams` says which query
 * parameters carry one, and `canonicalizeUrl` drops them. The rule and its trade-offs are in
 * src/activity/README.md ("Secrets in URLs").
 */

import { classChanges, CONTEXT_NAMES, contextualSecret, secretContext } from './url-secret-context';
import {
  AMBIGUOUS_NAMES,
  compact,
  CONTENT_NAMES,
  SECRET_NAME_PARTS,
  SECRET_NAMES,
  SIGNATURE_NAMES,
  SIGNED_COMPANIONS,
  SIGNED_PREFIXES,
} from './url-secret-names';

/**
 * Why a parameter was judged to carry a credential (never the value itself): `context` is a name
 * such as `code` or `key` that is secret only in an authorization response, on a sign-in or
 * recovery path, or with a machine-made value (url-secret-context.ts).
 */
export type SecretReason =
  'name' | 'context' | 'signed-url' | 'email' | 'jwt' | 'token-prefix' | 'opaque';

/** Well-known credential formats, recognised wherever they appear. */
const TOKEN_PREFIXES =
  /\b(?:gh[opusr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|glpat-[\w-]{20,}|xox[abprs]-[\w-]{10,}|[sr]k_(?:live|test)_\w{10,}|AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}|AIza[\w-]{35}|ya29\.[\w-]{20,}|npm_[A-Za-z0-9]{36})/;
// A JWS/JWE: base64url JSON header (always starts "eyJ", i.e. `{"`), then at least one more part.
const JWT = /eyJ[\w-]{8,}\.[\w-]{4,}/;
const EMAIL = /[^\s@/?#&=:;,<>()]+@[^\s@/?#&=:;,<>()]+\.[a-z]{2,}/i;
const OPAQUE_ALPHABET = /^[A-Za-z0-9+/=%]+$/;
/** Shortest value judged a random-looking secret (16 random bytes in hex are 32; base64 22). */
export const OPAQUE_MIN_LENGTH = 20;

function decodeOnce(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * True for a long value that looks machine-random: only token characters, letters and digits
 * mixed, and the character class changing at least every fourth character. Words, slugs and
 * numbers change class rarely ("how-to-train-your-dragon-2" changes twice once separators go).
 */
export function looksOpaque(value: string): boolean {
  if (!OPAQUE_ALPHABET.test(value.replace(/[-_.~]/g, ''))) return false;
  // Separators and base64 padding say nothing about randomness; paths ("/6514/site/ad") are
  // letters and digits in long runs once their slashes go.
  const bare = value.replace(/[^A-Za-z0-9]/g, '');
  if (bare.length < OPAQUE_MIN_LENGTH) return false;
  if (!/[0-9]/.test(bare) || !/[A-Za-z]/.test(bare)) return false;
  return classChanges(bare) >= bare.length / 4;
}

function isSecretName(key: string): boolean {
  return SECRET_NAMES.has(key) || SECRET_NAME_PARTS.some((part) => key.includes(part));
}

/** A value that is itself a URL whose own query or fragment carries a secret. */
function nestedUrlHasSecret(value: string): boolean {
  if (!/^(?:https?:\/\/|\/)/i.test(value) || !/[?#]/.test(value)) return false;
  try {
    const nested = new URL(value, 'https://nested.invalid/');
    const params = [...nested.searchParams, ...fragmentParams(nested.hash)];
    return findSecretParams(params, nested.pathname).size > 0;
  } catch {
    return false;
  }
}

/** Why `value` of parameter `key` (compact) is a secret by its shape, or undefined. */
function secretShape(key: string, value: string): SecretReason | undefined {
  const decoded = decodeOnce(value);
  if (JWT.test(decoded)) return 'jwt';
  if (TOKEN_PREFIXES.test(decoded)) return 'token-prefix';
  if (EMAIL.test(decoded)) return 'email';
  if (nestedUrlHasSecret(decoded)) return 'name';
  const contentName =
    !AMBIGUOUS_NAMES.has(key) &&
    (CONTENT_NAMES.has(key) || (key.endsWith('id') && !isSecretName(key)));
  if (!contentName && looksOpaque(decoded)) return 'opaque';
  return undefined;
}

/**
 * Indexes of the `[name, value]` pairs (decoded, as URLSearchParams yields them) that carry a
 * credential, with the reason. `path` is the URL's path (as `URL.pathname` gives it), which
 * decides names such as `code` and `key` (a callback or password-reset path makes them secret).
 * Pure; never throws.
 */
export function findSecretParams(
  params: readonly (readonly [string, string])[],
  path = '/',
): Map<number, SecretReason> {
  const keys = params.map(([name]) => compact(name));
  const signed = keys.some((key) => SIGNATURE_NAMES.has(key));
  const context = secretContext(
    keys,
    decodeOnce(path),
    params.map(([, value]) => value),
  );
  const found = new Map<number, SecretReason>();
  params.forEach(([name, value], index) => {
    const key = keys[index] ?? '';
    const lower = name.toLowerCase();
    if (value === '') {
      // Nothing to hide in an empty value (`state=` in a search form); the name itself may be
      // the secret (`?eyJhbGciOi…`).
      const shape = secretShape('', name);
      if (shape !== undefined) found.set(index, shape);
    } else if (SIGNED_PREFIXES.some((prefix) => lower.startsWith(prefix)))
      found.set(index, 'signed-url');
    else if (isSecretName(key)) found.set(index, 'name');
    else if (signed && SIGNED_COMPANIONS.has(key)) found.set(index, 'signed-url');
    else if (CONTEXT_NAMES.has(key) && contextualSecret(key, decodeOnce(value), context))
      found.set(index, 'context');
    else {
      const shape = secretShape(key, value) ?? secretShape('', name);
      if (shape !== undefined) found.set(index, shape);
    }
  });
  return found;
}

/**
 * Parameters in a fragment written like a query (`#access_token=…&state=…`, `#/cb?code=…`), as
 * OAuth implicit and hybrid flows and SPA routers do; empty when the fragment is not one.
 */
export function fragmentParams(hash: string): [string, string][] {
  const text = hash.replace(/^#/, '');
  const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  if (!query.includes('=')) return [];
  return [...new URLSearchParams(query)];
}

/** Session ids written as path parameters (`/page;jsessionid=ABC`), removed like query ones. */
export const PATH_SESSION_PARAM = /;(?:jsessionid|phpsessid|sid|sessionid|session)=[^/?#;]*/gi;
