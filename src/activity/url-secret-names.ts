// The parameter names that carry a credential, a signed-URL signature or a content id
// (url-secrets.ts decides with them; the rule is in src/activity/README.md, "Secrets in URLs").

/** Parameter names compared after lower-casing and removing `-`, `_` and `.` ("compact"). */
export const SECRET_NAMES = new Set(
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
export const SECRET_NAME_PARTS = [
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
export const SIGNED_PREFIXES = ['x-amz-', 'x-goog-', 'x-oss-', 'x-cos-'];

/**
 * Azure SAS and other companions of a signature: short names that are ordinary elsewhere, so they
 * are removed only when the URL carries a signature (`sig`, `signature`, `x-amz-signature`, ...).
 */
export const SIGNED_COMPANIONS = new Set(
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

/**
 * Names (compacted: lowercase, no `-`, `_`, `.`) of a parameter that makes a URL signed, and so
 * its SIGNED_COMPANIONS secret too: Azure SAS `sig`, `signature`, SigV4 and GCS V4 signatures.
 */
export const SIGNATURE_NAMES = new Set(['sig', 'signature', 'xamzsignature', 'xgoogsignature']);

/**
 * Parameters that name the content (ids, queries, pages, titles): exempt from the opaque-value
 * shape test, because a random-looking content id (a Drive file id, a UUID article id) is what
 * makes two pages different. E-mail, JWT and token-prefix shapes are still removed from them.
 */
export const CONTENT_NAMES = new Set(
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
export const AMBIGUOUS_NAMES = new Set(['sid', 'session', 'ssid']);

/** A parameter name lower-cased, without `-`, `_`, `.` or spaces: the form the name lists hold. */
export function compact(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}
