// Bearer-token check for the Graph server: the JWT must be signed by the sandbox provider's key and
// carry its issuer, the Graph audience, an unexpired lifetime and the UserActivity scope in `scp`.
// Failures answer like Graph: 401 InvalidAuthenticationToken with WWW-Authenticate, or 403 when the
// token is fine but lacks the permission.
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet } from 'jose';
import { GraphError } from './errors';

/**
 * The delegated permission user-activity calls need.
 * @see https://learn.microsoft.com/graph/api/resources/projectrome-activity
 */
export const USER_ACTIVITY_SCOPE = 'UserActivity.ReadWrite.CreatedByApp';

/** Microsoft Graph's well-known application id, as sent in Graph's WWW-Authenticate header. */
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** A signed-in caller: the user (oid) and the app (client id) the token was issued to. */
export interface Principal {
  /** Object id of the signed-in user; Graph keeps data per user under it. */
  oid: string;
  /** The calling app (client id): activities are visible only to the app that created them. */
  appId: string;
  scopes: string[];
  preferredUsername?: string;
}

/**
 * How user tokens are checked: signing keys, issuer, audience, and the authorization URI
 * WWW-Authenticate names.
 */
export interface TokenVerifierOptions {
  jwks: JSONWebKeySet;
  issuer: string;
  audience: string;
  /** Where a client should go for a new token (goes into WWW-Authenticate). */
  authorizationUri: string;
}

/** Checks a user's bearer token; rejects with a GraphError (401, or 403 without the scope). */
export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

/**
 * Verifies delegated tokens as Graph does: signature, issuer, audience, expiry, scope; 401
 * GraphError otherwise.
 * @see https://learn.microsoft.com/graph/errors
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = createLocalJWKSet(options.jwks);

  const unauthorized = (message: string, description: string): GraphError =>
    new GraphError(401, 'InvalidAuthenticationToken', message, {
      'WWW-Authenticate': `Bearer realm="", authorization_uri="${options.authorizationUri}", client_id="${GRAPH_APP_ID}", error="invalid_token", error_description="${description}"`,
    });

  return async (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const token = match?.[1];
    if (!token) {
      throw unauthorized('Access token is empty.', 'The access token is missing');
    }
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256', 'PS256', 'ES256'],
        requiredClaims: ['exp', 'iat'],
        // Entra tolerates a few minutes of skew; tests of expiry use tokens that expired long ago.
        clockTolerance: 30,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw unauthorized(
          'Lifetime validation failed, the token is expired.',
          'The access token has expired',
        );
      }
      if (error instanceof joseErrors.JWTClaimValidationFailed) {
        throw unauthorized(
          `Access token validation failure. Invalid ${error.claim === 'aud' ? 'audience' : error.claim}.`,
          `The ${error.claim} claim is not valid`,
        );
      }
      throw unauthorized(
        'Access token validation failure.',
        'The access token could not be validated',
      );
    }
    const oid = typeof payload.oid === 'string' ? payload.oid : payload.sub;
    const appId =
      typeof payload.azp === 'string'
        ? payload.azp
        : typeof payload.client_id === 'string'
          ? payload.client_id
          : undefined;
    if (!oid || !appId) {
      throw unauthorized(
        'Access token validation failure: no user or app in the token.',
        'The access token has no oid/azp claims',
      );
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : [];
    if (!scopes.includes(USER_ACTIVITY_SCOPE)) {
      throw new GraphError(
        403,
        'accessDenied',
        `Insufficient privileges to complete the operation: the token lacks ${USER_ACTIVITY_SCOPE}.`,
        {
          'WWW-Authenticate': `Bearer realm="", authorization_uri="${options.authorizationUri}", client_id="${GRAPH_APP_ID}", error="insufficient_scope", scope="${USER_ACTIVITY_SCOPE}"`,
        },
      );
    }
    return {
      oid,
      appId,
      scopes,
      ...(typeof payload.preferred_username === 'string'
        ? { preferredUsername: payload.preferred_username }
        : {}),
    };
  };
}
