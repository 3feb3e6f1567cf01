/**
 * Parameter names that carry a credential only in some URLs: `code`, `state`, `key`, `pin`,
 * `ticket`, `reset`, ... are secrets in an OAuth return or a password-reset link and content
 * everywhere else (`?code=python`, `?key=C-major`, `?state=CA`, `?pin=on`). `contextualSecret`
 * decides for one value, given what else the URL says. The rule is in src/activity/README.md
 * ("Secrets in URLs").
 */

/** Names (compact: lower case, no `-`, `_`, `.`) judged by context and shape, never by name alone. */
export const CONTEXT_NAMES = new Set([
  'code',
  'state',
  'key',
  'pin',
  'ticket',
  'reset',
  'pass',
  'magic',
  'invite',
  'verification',
  'confirmation',
]);

/**
 * What the rest of the URL says about its parameters: an authorization response (RFC 6749
 * §4.1.2 and §4.1.2.1, OIDC Core §3.1.2.5, RFC 9207 `iss`), a CAS service validation (`service`
 * next to `ticket`, CAS Protocol 3.0 §2.5), or a path of a sign-in, callback or account-recovery
 * endpoint.
 */
export interface SecretContext {
  /** The URL is an OAuth 2.0 / OIDC authorization response or error response. */
  authResponse: boolean;
  /** The URL carries a CAS `ticket` with the `service` URL it was issued for (CAS 3.0 §2.5). */
  casValidation: boolean;
  /** The path names a sign-in, callback, password-reset, magic-link or verification endpoint. */
  credentialPath: boolean;
  /** The path is the site root (OAuth clients often register `https://app/` as redirect URI). */
  root: boolean;
}

/**
 * A path segment naming a sign-in, callback or recovery endpoint, delimited by `/`, `-`, `_` or
 * `.`: `/auth/callback`, `/signin-oidc`, `/wp-login.php`, `/password/reset`, `/magic-link`. Words
 * that merely start the same (`/authors`, `/resetting-expectations`) do not match.
 */
const CREDENTIAL_PATH =
  /(?:^|[/._-])(?:callback|oauth2?callback|cb|redirect|oauth2?|oidc|openid|signin|sign-in|login|logon|sso|saml2?|acs|cas|auth|authorize|authenticate|verify|verification|confirm|confirmation|activate|activation|magic|magiclink|reset|recover|recovery|password|passwd|invite|invitation)(?=$|[/._-])/i;

/**
 * A path segment written as one word around a credential: containing `password`/`passwd`
 * anywhere (`/Account/ResetPassword`, `/forgotpassword`) or starting with `login`, `signin` or
 * `logon` (`/loginwithemail`, `/SignInWithApple`; not `/logistics` or `/signing-day`).
 */
const CREDENTIAL_SEGMENT = /(?:^|\/)(?:[^/]*passw(?:or)?d|login|signin(?!g)|logon)/i;

/**
 * True when `path` (percent-decoded, no trailing `/`) names a sign-in, callback, password-reset,
 * magic-link or verification endpoint (`CREDENTIAL_PATH`, `CREDENTIAL_SEGMENT`). Also asked, one
 * segment at a time, by url-path-secrets.ts of the segments around a token.
 */
export function isCredentialPath(path: string): boolean {
  return CREDENTIAL_PATH.test(path) || CREDENTIAL_SEGMENT.test(path);
}

/** Parameters that only an authorization response carries next to `code` or `state`. */
const RESPONSE_MARKERS = ['sessionstate', 'clientinfo', 'idtoken', 'accesstoken', 'tokentype'];

/**
 * The context of a parameter list (`keys` compact, `values` decoded, index for index) on the URL
 * path `path` (percent-decoded).
 */
export function secretContext(
  keys: readonly string[],
  path: string,
  values: readonly string[] = [],
): SecretContext {
  const has = (key: string) => keys.includes(key);
  // CAS's `service` is the absolute URL the ticket was issued for; `service=billing` is a word.
  const casService = keys.some(
    (key, index) => key === 'service' && /^https?:\/\//i.test(values[index] ?? ''),
  );
  const authResponse =
    RESPONSE_MARKERS.some(has) ||
    (has('code') && (has('state') || has('iss'))) ||
    (has('state') && has('error'));
  const trimmed = path.replace(/\/+$/, '');
  return {
    authResponse,
    casValidation: has('ticket') && casService,
    credentialPath: isCredentialPath(trimmed),
    root: trimmed === '',
  };
}

/** A CAS ticket (service, proxy, proxy-granting): `ST-1856339-aA5Yuvrxzpv8Tau1cYQ7`. */
const CAS_TICKET = /^(?:ST|PT|PGT|PGTIOU|TGT)-[\w.-]+$/;

/** Character class of `c`: lower, upper, digit, other (0–3). */
export function classOf(c: string): number {
  if (c >= 'a' && c <= 'z') return 0;
  if (c >= 'A' && c <= 'Z') return 1;
  if (c >= '0' && c <= '9') return 2;
  return 3;
}

/** How often the class (`classOf`) changes between neighbouring characters of `value`. */
export function classChanges(value: string): number {
  let changes = 0;
  for (let i = 1; i < value.length; i++) {
    if (classOf(value[i] ?? '') !== classOf(value[i - 1] ?? '')) changes++;
  }
  return changes;
}

/**
 * True for a value that looks machine-made though short: at least 8 letters and digits, at least
 * two of lower case, upper case and digits present, the character class changing at least every
 * fourth character (`b41f0c2e`, `aZ3kQ9xP`, `hJkLmNqRz`). Words (`California`), codes of a few
 * letters (`C-major`, `CA`, `fr`) and slugs do not. The cost: camel-case words of 8 or more
 * letters (`PageDown`, `HelloWorld`) look made too.
 */
export function looksMachineMade(value: string): boolean {
  const bare = value.replace(/[^A-Za-z0-9]/g, '');
  if (bare.length < 8) return false;
  const classes = new Set<number>();
  let changes = 0;
  for (let i = 0; i < bare.length; i++) {
    const cls = classOf(bare[i] ?? '');
    classes.add(cls);
    if (i > 0 && cls !== classOf(bare[i - 1] ?? '')) changes++;
  }
  return classes.size >= 2 && changes >= bare.length / 4;
}

/** Values that switch a setting (`?reset=true`, `?pass=off`): never a credential. */
const FLAG = /^(?:true|false|on|off|yes|no|0|1)$/i;

/** A short lower-case word (`?invite=friends`): content under the link-credential names. */
const WORD = /^[a-z]{1,12}$/;

/** Names of one-time links (magic, invitation, verification, reset): a word is content. */
const LINK_NAMES = new Set(['magic', 'invite', 'verification', 'confirmation', 'reset']);

/**
 * True when the value of context name `key` (compact, one of `CONTEXT_NAMES`) is a credential:
 * - in an authorization response, its `code` and `state`;
 * - on a sign-in, callback or recovery path, any of these names (`wp-login.php?action=rp&key=…`);
 * - `code` on the site root (an OAuth redirect URI); `ticket` next to a CAS `service`, or shaped
 *   as a CAS ticket;
 * - `pass` unless a flag (`pass=admin123`; a human password is any word, so `pass=season` goes
 *   too); `magic`, `invite`, `verification`, `confirmation`, `reset` unless a flag or a short
 *   lower-case word (`invite=friends`);
 * - a one-time code: 6 or more digits for `code`, 4 or more for `pin`;
 * - a machine-made value (`looksMachineMade`) under any of these names.
 * `value` is decoded. Pure.
 */
export function contextualSecret(key: string, value: string, context: SecretContext): boolean {
  if (context.credentialPath) return true;
  if (context.authResponse && (key === 'code' || key === 'state')) return true;
  if (key === 'code' && (context.root || /^\d{6,}$/.test(value))) return true;
  if (key === 'pin' && /^\d{4,}$/.test(value)) return true;
  if (key === 'ticket' && (context.casValidation || CAS_TICKET.test(value))) return true;
  if (key === 'pass') return !FLAG.test(value);
  if (LINK_NAMES.has(key)) return !FLAG.test(value) && !WORD.test(value);
  return looksMachineMade(value);
}
