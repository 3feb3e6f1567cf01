// App-only bearer tokens for the connector routes: signed by the sandbox provider, Graph audience,
// and application permissions in `roles` (Entra's shape for client-credentials tokens). A delegated
// token (with `scp`) is refused with 403: addActivities takes application permissions only.
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { GraphError } from './errors';

/** An app-only caller (client credentials): its app id and the application roles it holds. */
export interface AppPrincipal {
  appId: string;
  roles: string[];
}

/**
 * Checks an app-only bearer token; rejects with a GraphError (401, or 403 for a delegated token).
 */
export type AppTokenVerifier = (authorization: string | undefined) => Promise<AppPrincipal>;

/**
 * Verifies app-only tokens (signature against `jwks`, issuer, audience; roles read from `roles`):
 * 401 GraphError otherwise, 403 for a delegated token.
 */
export function createAppTokenVerifier(options: {
  jwks: JSONWebKeySet;
  issuer: string;
  audience: string;
}): AppTokenVerifier {
  const keys = createLocalJWKSet(options.jwks);
  const unauthorized = (message: string) =>
    new GraphError(401, 'InvalidAuthenticationToken', message, {
      'WWW-Authenticate': 'Bearer realm="", error="invalid_token"',
    });
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthorized('Access token is empty.');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'iat'],
        clockTolerance: 30,
      }));
    } catch {
      throw unauthorized('Access token validation failure.');
    }
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((r): r is string => typeof r === 'string')
      : [];
    const appId = typeof payload.azp === 'string' ? payload.azp : payload.client_id;
    if (typeof payload.scp === 'string' || roles.length === 0 || typeof appId !== 'string') {
      throw new GraphError(
        403,
        'accessDenied',
        'This operation supports application permissions only (ExternalItem.ReadWrite.OwnedBy or ExternalItem.ReadWrite.All).',
      );
    }
    return { appId, roles };
  };
}

/** Whether `principal` holds one of `roles`, else the 403 Graph answers. */
export function requireRole(principal: AppPrincipal, roles: readonly string[]): void {
  if (!roles.some((r) => principal.roles.includes(r))) {
    throw new GraphError(
      403,
      'accessDenied',
      `Insufficient privileges to complete the operation: requires one of ${roles.join(', ')}.`,
    );
  }
}
