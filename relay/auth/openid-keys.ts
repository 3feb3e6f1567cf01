/**
 * Signing keys of an OpenID issuer: its discovery document (`{issuer}/.well-known/openid-configuration`)
 * names `jwks_uri`; jose's remote key set fetches and caches the keys and refetches on an unknown
 * `kid` (Entra rolls its keys).
 */
import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from 'jose';

/** The fields of an OpenID discovery document the relay reads. */
export interface OpenIdConfiguration {
  issuer: string;
  jwks_uri: string;
  token_endpoint: string;
}

/** Fetches `{issuer}/.well-known/openid-configuration`; throws when it is not usable. */
export async function discover(
  issuer: string,
  fetchImpl: typeof fetch = fetch,
): Promise<OpenIdConfiguration> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`OpenID discovery at ${url} answered ${response.status}`);
  const doc = (await response.json()) as Partial<OpenIdConfiguration>;
  if (typeof doc.jwks_uri !== 'string' || typeof doc.token_endpoint !== 'string') {
    throw new Error(`OpenID discovery at ${url} has no jwks_uri or token_endpoint`);
  }
  return {
    issuer: doc.issuer ?? issuer,
    jwks_uri: doc.jwks_uri,
    token_endpoint: doc.token_endpoint,
  };
}

/**
 * A key lookup per issuer, discovered once and cached. A failed discovery is not cached, so the
 * next request tries again.
 */
export function remoteKeysByIssuer(
  fetchImpl: typeof fetch = fetch,
): (issuer: string) => JWTVerifyGetKey {
  const sets = new Map<string, Promise<JWTVerifyGetKey>>();
  return (issuer) => async (header, token) => {
    let set = sets.get(issuer);
    if (set === undefined) {
      set = discover(issuer, fetchImpl).then(({ jwks_uri }) =>
        createRemoteJWKSet(new URL(jwks_uri), { [customFetch]: fetchImpl }),
      );
      sets.set(issuer, set);
      set.catch(() => sets.delete(issuer));
    }
    return (await set)(header, token);
  };
}
