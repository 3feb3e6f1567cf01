/**
 * Pages whose URL means nothing once its credentials are gone (an OAuth callback, a magic sign-in
 * link, an implicit-flow redirect): recording them would keep an empty "page" at best and, for
 * URLs whose path carries the secret, the secret itself. See src/activity/README.md ("Secrets in
 * URLs").
 */
import { isTrackingParam } from './canonical-url';
import { hasPathToken, pathSegments } from './url-path-secrets';
import { findSecretParams, fragmentParams } from './url-secrets';

/**
 * Parameters of authorization requests and responses that are not secret but mean nothing
 * without the secret next to them (RFC 6749 §4.1, OIDC Core §3.1.2.1, RFC 9207 `iss`).
 */
const AUTH_FLOW_PARAMS = new Set([
  'client_id',
  'redirect_uri',
  'response_type',
  'response_mode',
  'scope',
  'prompt',
  'iss',
  'error',
  'error_description',
  'error_uri',
  'token_type',
  'expires_in',
  'authuser',
  'hd',
  'ui_locales',
  'claims',
  'acr_values',
  'max_age',
  'code_challenge_method',
]);

/** Last path segments of sign-in endpoints and callbacks (`/oauth2/v2.0/authorize`, `/cb`). */
const AUTH_ENDPOINT =
  /^(?:callback|oauth2?callback|oauth2?-callback|cb|auth|authorize|authorization|authenticate|signin-oidc|signin|sign-in|login|logon|sso|saml2?|acs|redirect|token|verify|magic-link|magiclink|consent|return|openid|oidc)(?:\.\w{1,5})?$/i;

const JWT_SEGMENT = /^eyJ[\w-]{8,}\.[\w-]{4,}/;
const EMAIL_SEGMENT = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/**
 * True when `pageUrl` should never be recorded because what identifies it is a credential:
 * - a path segment is itself a JWT or an e-mail address (magic links, `/verify/eyJ…`), or
 * - a path segment is a bearer token (`hasPathToken`: `/reset-password/<64 hex>`,
 *   `/invite/accept/<token>`, a very long base64url capability), or
 * - its query or fragment carried a secret (see `findSecretParams`) and, once secrets, tracking
 *   and authorization-flow parameters are gone, nothing is left but the site root or a sign-in
 *   endpoint (`/callback`, `/signin-oidc`, `/oauth2/authorize`, ...).
 * A page such as `/page.html?view=reset&token=…` keeps `view=reset` and is recorded, stripped.
 * Returns false for anything that is not an absolute http(s) URL (other checks reject those).
 */
export function isCredentialOnlyUrl(pageUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const segments = pathSegments(url.pathname);
  if (segments.some((s) => JWT_SEGMENT.test(s) || EMAIL_SEGMENT.test(s))) return true;
  if (hasPathToken(url.pathname)) return true;
  const query = [...url.searchParams];
  const fragment = fragmentParams(url.hash);
  const secretsInQuery = findSecretParams(query, url.pathname);
  if (secretsInQuery.size === 0 && findSecretParams(fragment, url.pathname).size === 0) {
    return false;
  }
  const meaningful = query.filter(
    ([name], i) =>
      !secretsInQuery.has(i) && !isTrackingParam(name) && !AUTH_FLOW_PARAMS.has(name.toLowerCase()),
  );
  if (meaningful.length > 0) return false;
  const last = segments[segments.length - 1];
  return last === undefined || AUTH_ENDPOINT.test(last);
}
