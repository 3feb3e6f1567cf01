// Silent re-authorisation: an OpenID Connect authorization request with prompt=none and the
// account's login_hint (OpenID Connect Core 1.0 §3.1.2.1), run in a hidden window by
// identity.launchWebAuthFlow({ interactive: false }). While the provider's session cookie lives it
// redirects straight back with a code, redeemed here with PKCE (RFC 7636) for new tokens; otherwise
// it answers login_required and the user is asked. Runs in the worker, without MSAL (which cannot
// run there): the request is the one MSAL's acquireTokenSilent would send from a hidden iframe.
import { decodeJwt } from 'jose';
import { ENTRA_HOSTS } from './config';
import { fetchDiscovery, type ProviderMetadata } from './discovery';
import { requestTokens } from './refresh-grant';
import type { StoredSignIn } from './token-store';

/** What a silent sign-in needs to know about the sign-in it renews. */
export type SilentSignInTarget = Pick<
  StoredSignIn,
  'account' | 'clientId' | 'authority' | 'tokenEndpoint' | 'scopes'
>;

/** Fresh tokens for the same account, as the token endpoint issued them. */
export interface SilentTokens {
  accessToken: string;
  expiresInSec: number;
  refreshToken?: string;
  refreshTokenExpiresInSec?: number;
}

/**
 * A hidden (prompt=none) sign-in's outcome: tokens, a provider that needs the user (its error
 * code), or no usable answer.
 */
export type SilentSignInResult =
  | { kind: 'signed-in'; tokens: SilentTokens }
  | { kind: 'needs-user'; error: string }
  | { kind: 'unavailable'; message: string };

/**
 * What a hidden sign-in is given: the browser's hidden auth flow and redirect URI, and (for tests)
 * fetch and discovery.
 */
export interface SilentSignInDeps {
  /**
   * Loads `url` without showing anything and resolves with the URL the provider redirected to
   * (identity.launchWebAuthFlow with interactive false). Rejects when the flow would need a window.
   */
  launch: (url: string) => Promise<string | undefined>;
  /** identity.getRedirectURL(): the redirect URI registered for the app. */
  redirectUri: () => string;
  fetch?: typeof fetch;
  discover?: (authority: string, fetcher?: typeof fetch) => Promise<ProviderMetadata>;
}

/** Errors in the provider's redirect that mean "try later", not "ask the user" (RFC 6749 §4.1.2.1). */
const PASSING_ERRORS = new Set(['temporarily_unavailable', 'server_error']);

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const randomText = (): string => base64url(crypto.getRandomValues(new Uint8Array(32)));

async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The provider's answer, in the fragment (response_mode=fragment) or, for some errors, the query. */
function responseParams(responseUrl: string): URLSearchParams {
  const url = new URL(responseUrl);
  return new URLSearchParams(url.hash.length > 1 ? url.hash.slice(1) : url.search.slice(1));
}

/**
 * Whether the ID token names the signed-in account: the same username (Entra's
 * preferred_username, the login_hint sent) and, when known, the same tenant. ID tokens from the
 * token endpoint over TLS need no signature check (OpenID Connect Core §3.1.3.7, item 6); the
 * audience and nonce still are checked.
 */
export function idTokenMatches(
  idToken: string | undefined,
  expected: { clientId: string; nonce: string; username: string; tenantId: string },
): boolean {
  if (idToken === undefined) return false;
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(idToken);
  } catch {
    return false;
  }
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : '';
  return (
    audience.includes(expected.clientId) &&
    claims.nonce === expected.nonce &&
    username.toLowerCase() === expected.username.toLowerCase() &&
    (expected.tenantId === '' || claims.tid === expected.tenantId)
  );
}

/** Builds the worker's silent sign-in. The returned function never throws. */
export function createSilentSignIn({
  launch,
  redirectUri,
  fetch: fetcher = fetch,
  discover = fetchDiscovery,
}: SilentSignInDeps): (target: SilentSignInTarget) => Promise<SilentSignInResult> {
  async function authorizationEndpoint(authority: string): Promise<string> {
    if (ENTRA_HOSTS.has(new URL(authority).hostname)) return `${authority}/oauth2/v2.0/authorize`;
    return (await discover(authority, fetcher)).authorization_endpoint;
  }

  return async (target) => {
    let endpoint: string;
    try {
      endpoint = await authorizationEndpoint(target.authority);
    } catch (error) {
      return {
        kind: 'unavailable',
        message: error instanceof Error ? error.message : String(error),
      };
    }
    const verifier = randomText();
    const state = randomText();
    const nonce = randomText();
    const scopes = [...new Set(['openid', 'profile', 'offline_access', ...target.scopes])];
    const redirect = redirectUri();
    const url = new URL(endpoint);
    url.search = new URLSearchParams({
      client_id: target.clientId,
      response_type: 'code',
      response_mode: 'fragment',
      redirect_uri: redirect,
      scope: scopes.join(' '),
      code_challenge: await s256(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      prompt: 'none',
      login_hint: target.account.username,
    }).toString();

    let responseUrl: string | undefined;
    try {
      responseUrl = await launch(url.toString());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Chromium: "Authorization page could not be loaded." when the provider is unreachable; any
      // other refusal ("User interaction required.") means a window would have been needed.
      return /could not be loaded/i.test(message)
        ? { kind: 'unavailable', message }
        : { kind: 'needs-user', error: 'interaction_required' };
    }
    if (!responseUrl?.startsWith(redirect)) return { kind: 'needs-user', error: 'no_response' };
    const params = responseParams(responseUrl);
    if (params.get('state') !== state) return { kind: 'needs-user', error: 'state_mismatch' };
    const error = params.get('error');
    if (error !== null) {
      return PASSING_ERRORS.has(error)
        ? { kind: 'unavailable', message: error }
        : { kind: 'needs-user', error };
    }
    const code = params.get('code');
    if (code === null) return { kind: 'needs-user', error: 'no_code' };

    const outcome = await requestTokens(
      target.tokenEndpoint,
      new URLSearchParams({
        client_id: target.clientId,
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirect,
        code_verifier: verifier,
        scope: scopes.join(' '),
      }),
      fetcher,
    );
    if (outcome.kind === 'unavailable') return outcome;
    if (outcome.kind === 'rejected') return { kind: 'needs-user', error: outcome.error };
    const sameAccount = idTokenMatches(outcome.idToken, {
      clientId: target.clientId,
      nonce,
      username: target.account.username,
      tenantId: target.account.tenantId,
    });
    if (!sameAccount) return { kind: 'needs-user', error: 'account_mismatch' };
    return {
      kind: 'signed-in',
      tokens: {
        accessToken: outcome.accessToken,
        expiresInSec: outcome.expiresInSec,
        ...(outcome.refreshToken === undefined ? {} : { refreshToken: outcome.refreshToken }),
        ...(outcome.refreshTokenExpiresInSec === undefined
          ? {}
          : { refreshTokenExpiresInSec: outcome.refreshTokenExpiresInSec }),
      },
    };
  };
}
