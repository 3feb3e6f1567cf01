/**
 * Validates the Entra access tokens the extension sends for the relay's own API, with `jose`.
 * Rules from Microsoft's "Validate tokens" guidance
 * (https://learn.microsoft.com/entra/identity-platform/access-tokens#validate-tokens): signature
 * against the issuing tenant's published keys, `iss` of an allowed tenant, `aud` of this API,
 * `exp`/`nbf`, and a delegated scope (`scp`) so app-only tokens cannot report reads.
 */
import { decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/** What the relay needs to check an incoming token. */
export interface AccessTokenPolicy {
  /** Issuer with `{tenantid}` where the tenant id goes, e.g. `https://login.microsoftonline.com/{tenantid}/v2.0`. */
  issuerTemplate: string;
  /** Accepted `aud` values: the API's client id (v2 tokens) and/or its App ID URI (v1 tokens). */
  audiences: string[];
  /** Tenant ids (`tid`) whose users may report. */
  allowedTenants: string[];
  /** Delegated scope the token must carry in `scp`, e.g. `Activity.Report`. */
  requiredScope: string;
  /** Accepted clock skew in seconds for `exp`/`nbf` (default 60). */
  clockToleranceSec?: number;
}

/** The caller, as the relay uses it: only ids, never names or addresses. */
export interface Caller {
  /** Entra object id: becomes `performedBy.id` of every activity. */
  userId: string;
  tenantId: string;
}

/** A token the relay refuses; `reason` is safe to log and to answer (no token content). */
export class TokenRejectedError extends Error {
  override name = 'TokenRejectedError';
  constructor(readonly reason: string) {
    super(`access token rejected: ${reason}`);
  }
}

/** Looks up the signing keys of one tenant's issuer (a remote JWKS in production). */
export type TenantKeys = (issuer: string) => JWTVerifyGetKey;

// Entra signs access tokens with RS256; anything else (including `none`) is refused.
const ALGORITHMS = ['RS256'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies `token` and returns the caller. Throws {@link TokenRejectedError} for anything it cannot
 * trust: malformed, `alg` other than RS256 (so `none` too), a tenant not allowed (checked before any
 * key is fetched, so a hostile token cannot make the relay fetch keys for arbitrary tenants), a bad
 * signature, wrong issuer or audience, expired or not yet valid, no required scope, no `oid`.
 */
export async function verifyAccessToken(
  token: string,
  policy: AccessTokenPolicy,
  keysFor: TenantKeys,
  now: () => Date = () => new Date(),
): Promise<Caller> {
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(token);
  } catch {
    throw new TokenRejectedError('malformed');
  }
  const tid = unverified['tid'];
  const allowed = (t: string) =>
    policy.allowedTenants.some((a) => a.toLowerCase() === t.toLowerCase());
  if (typeof tid !== 'string' || !GUID.test(tid) || !allowed(tid)) {
    throw new TokenRejectedError('tenant not allowed');
  }
  const issuer = policy.issuerTemplate.replace('{tenantid}', tid);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keysFor(issuer), {
      issuer,
      audience: policy.audiences,
      algorithms: ALGORITHMS,
      clockTolerance: policy.clockToleranceSec ?? 60,
      currentDate: now(),
      requiredClaims: ['exp', 'iat'],
    }));
  } catch (error) {
    throw new TokenRejectedError(describeJoseError(error));
  }
  const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
  if (!scopes.includes(policy.requiredScope)) throw new TokenRejectedError('scope missing');
  const oid = payload['oid'];
  if (typeof oid !== 'string' || !GUID.test(oid)) throw new TokenRejectedError('no object id');
  return { userId: oid.toLowerCase(), tenantId: tid.toLowerCase() };
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} invalid`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown signing key';
  if (error instanceof errors.JOSEError) return error.code;
  // Key fetch failures and the like: do not echo their text to the caller.
  return 'could not be verified';
}
