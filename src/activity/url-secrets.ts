/**
 * Credentials carried in URLs (password-reset tokens, OAuth codes, signed-storage signatures,
 * API keys, e-mail addresses, JWTs) are never stored or sent: `findSecretParams` says which query
 * parameters carry one, and `canonicalizeUrl` drops them. The rule and its trade-offs are in
 * README.md ("Secrets in URLs").
 */

import { classOf, CONTEXT_NAMES, contextualSecret, secretContext } from './url-secret-context';

/**
 * Why a parameter was judged to carry a credential (never the value itself): `context` is a name
 * such as `code` or `key` that is secret only in an authorization response, on a sign-in or
 * recovery path, or with a machine-made value (url-secret-context.ts).
 */
export type SecretReason =
  'name' | 'context' | 'signed-url' | 'email' | 'jwt' | 'token-prefix' | 'opaque';

/** Parameter names compared after lower-casing and removing `-`, `_` and `.` ("compact"). */
const SECRET_NAMES = new Set(
  [
    // OAuth 2.0 / OpenID Connect responses and requests (RFC 6749 §4, OIDC Core §3, RFC 7636).
    'session_state',
    'nonce',
    'id_token',
    'access_token',
    'refresh_token',
    'code_verifier',
    'code_challenge',
    'client_secret',
    'assertion',
    'client_assertion',
    'id_token_hint',
    'login_hint',
    // OAuth 1.0a (RFC 5849), SAML bindings, CAS tickets.
    'oauth_token',
    'oauth_verifier',
    'oauth_signature',
    'samlresponse',
    'samlrequest',
    'samlart',
    'relaystate',
    // Generic credentials and one-time links.
    'token',
    'auth',
    'authorization',
    'bearer',
    'jwt',
    'apikey',
    'secret',
    'password',
    'passwd',
    'pwd',
    'passcode',
    'otp',
    'sig',
    'signature',
    'hmac',
    'sessionid',
    'jsessionid',
    'phpsessid',
    'aspsessionid',
    'csrf',
    'xsrf',
    'authenticity_token',
    'magiclink',
    'invitecode',
    'resetkey',
    // Identity: e-mail addresses are caught by shape too, these by name when encoded oddly.
    'email',
    'e-mail',
    'mail',
    'emailaddress',
    // AWS Signature V2 / CloudFront and Google Cloud Storage signed URLs.
    'awsaccesskeyid',
    'googleaccessid',
    'key-pair-id',
  ].map(compact),
);

/** Any parameter whose compact name contains one of these carries a credential. */
const SECRET_NAME_PARTS = [
  'token',
  'secret',
  'password',
  'passwd',
  'apikey',
  'accesskey',
  'privatekey',
  'authkey',
  'credential',
  'signature',
  'sessionid',
  'csrf',
  'xsrf',
];

/** Every parameter with these prefixes is part of a signed-URL signature (SigV4, GCS V4). */
const SIGNED_PREFIXES = ['x-amz-', 'x-goog-', 'x-oss-', 'x-cos-'];

/**
 * Azure SAS and other companions of a signature: short names that are ordinary elsewhere, so they
 * are removed only when the URL carries a signature (`sig`, `signature`, `x-amz-signature`, ...).
 */
const SIGNED_COMPANIONS = new Set(
  [
    'sv',
    'ss',
    'srt',
    'sp',
    'se',
    'st',
    'spr',
    'sip',
    'si',
    'sr',
    'sdd',
    'skoid',
    'sktid',
    'skt',
    'ske',
    'sks',
    'skv',
    'saoid',
    'suoid',
    'scid',
    'rscc',
    'rscd',
    'rsce',
    'rscl',
    'rsct',
    'expires',
    'policy',
  ].map(compact),
);
const SIGNATURE_NAMES = new Set(['sig', 'signature', 'xamzsignature', 'xgoogsignature']);

/**
 * Parameters that name the content (ids, queries, pages, titles): exempt from the opaque-value
 * shape test, because a random-looking content id (a Drive file id, a UUID article id) is what
 * makes two pages different. E-mail, JWT and token-prefix shapes are still removed from them.
 */
const CONTENT_NAMES = new Set(
  [
    'v',
    'q',
    's',
    'p',
    'query',
    'search',
    'page',
    'list',
    'title',
    'name',
    'article',
    'story',
    'post',
    'doc',
    'document',
    'file',
    'commit',
    'sha',
    'h',
    'rev',
    'revision',
    'diff',
    'isbn',
    'doi',
    'sku',
    'asin',
    'slug',
    'path',
  ].map(compact),
);

/**
 * Names that carry a session id on some sites and a story id on others (`sid=03/01/24/1440207`):
 * removed only when the value looks random, never exempt as a content id.
 */
const AMBIGUOUS_NAMES = new Set(['sid', 'session', 'ssid']);

/** Well-known credential formats, recognised wherever they appear. */
const TOKEN_PREFIXES =
  /\b(?:gh[opusr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|glpat-[\w-]{20,}|xox[abprs]-[\w-]{10,}|[sr]k_(?:live|test)_\w{10,}|AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}|AIza[\w-]{35}|ya29\.[\w-]{20,}|npm_[A-Za-z0-9]{36})/;
// A JWS/JWE: base64url JSON header (always starts "eyJ", i.e. `{"`), then at least one more part.
const JWT = /eyJ[\w-]{8,}\.[\w-]{4,}/;
const EMAIL = /[^\s@/?#&=:;,<>()]+@[^\s@/?#&=:;,<>()]+\.[a-z]{2,}/i;
const OPAQUE_ALPHABET = /^[A-Za-z0-9+/=%]+$/;
/** Shortest value judged a random-looking secret (16 random bytes in hex are 32; base64 22). */
export const OPAQUE_MIN_LENGTH = 20;

function compact(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

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
  let changes = 0;
  for (let i = 1; i < bare.length; i++) {
    if (classOf(bare[i] ?? '') !== classOf(bare[i - 1] ?? '')) changes++;
  }
  return changes >= bare.length / 4;
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
