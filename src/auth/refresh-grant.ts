/**
 * The OAuth 2.0 refresh-token grant (RFC 6749 §6), as the worker runs it: one POST to the token
 * endpoint the sign-in used. MSAL cannot run in a service worker; this one request is all background
 * renewal needs, and it is the same request MSAL would send.
 */
export interface RefreshRequest {
  tokenEndpoint: string;
  clientId: string;
  scopes: readonly string[];
  refreshToken: string;
}

/**
 * A token-endpoint answer, sorted: tokens (lifetimes in seconds, as the provider gave them), a
 * refusal of the grant, or no usable answer.
 */
export type RefreshOutcome =
  | {
      kind: 'ok';
      accessToken: string;
      expiresInSec: number;
      /** Providers rotate refresh tokens: the new one replaces the old. */
      refreshToken?: string;
      refreshTokenExpiresInSec?: number;
      /** The OpenID Connect ID token, when the provider sent one (always for a code redemption). */
      idToken?: string;
    }
  /** The provider refused: the user must sign in again (expired, revoked, consent withdrawn). */
  | { kind: 'rejected'; error: string; description: string }
  /** No answer, or not one that says anything about the grant: try again later. */
  | { kind: 'unavailable'; message: string };

/**
 * Redeems `request.refreshToken` at the token endpoint (one POST, RFC 6749 §6,
 * https://datatracker.ietf.org/doc/html/rfc6749#section-6). Never throws: a network failure or an
 * answer that is not the provider's is `unavailable`.
 */
export function redeemRefreshToken(
  request: RefreshRequest,
  fetcher: typeof fetch = fetch,
): Promise<RefreshOutcome> {
  const body = new URLSearchParams({
    client_id: request.clientId,
    grant_type: 'refresh_token',
    refresh_token: request.refreshToken,
    scope: request.scopes.join(' '),
  });
  return requestTokens(request.tokenEndpoint, body, fetcher);
}

/**
 * One token-endpoint request (RFC 6749 §3.2) for a public client, e.g. the refresh-token grant or
 * an authorization-code redemption (§4.1.3): the answer sorted into tokens, the provider's refusal
 * of the grant, or "no usable answer". Never throws.
 */
export async function requestTokens(
  tokenEndpoint: string,
  body: URLSearchParams,
  fetcher: typeof fetch = fetch,
): Promise<RefreshOutcome> {
  let response: Response;
  try {
    response = await fetcher(tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body,
      cache: 'no-store',
      credentials: 'omit',
      // A token endpoint never redirects a POST: a 307/308 would re-send the refresh token there.
      redirect: 'error',
      // Renewals are serialized: one hung request must not hold every later one.
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) };
  }
  let json: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === 'object' && parsed !== null) json = parsed as Record<string, unknown>;
  } catch {
    // Handled below by status.
  }
  if (response.ok && typeof json.access_token === 'string' && json.access_token !== '') {
    const expiresIn = Number(json.expires_in);
    const rtExpires = Number(json.refresh_token_expires_in);
    return {
      kind: 'ok',
      accessToken: json.access_token,
      expiresInSec: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 300,
      ...(typeof json.refresh_token === 'string' && json.refresh_token !== ''
        ? { refreshToken: json.refresh_token }
        : {}),
      ...(Number.isFinite(rtExpires) && rtExpires > 0
        ? { refreshTokenExpiresInSec: rtExpires }
        : {}),
      ...(typeof json.id_token === 'string' && json.id_token !== ''
        ? { idToken: json.id_token }
        : {}),
    };
  }
  // 400/401 with an OAuth error is the provider's verdict on this grant; anything else is not.
  if ((response.status === 400 || response.status === 401) && typeof json.error === 'string') {
    return {
      kind: 'rejected',
      error: json.error,
      description: typeof json.error_description === 'string' ? json.error_description : '',
    };
  }
  return { kind: 'unavailable', message: `token endpoint answered ${String(response.status)}` };
}
