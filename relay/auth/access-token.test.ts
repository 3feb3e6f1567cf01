import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  UnsecuredJWT,
  type CryptoKey,
  type JWTPayload,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { TokenRejectedError, verifyAccessToken, type AccessTokenPolicy } from './access-token';

const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-2222-4333-8444-555555555555';
const OID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const NOW = new Date('2026-11-29T08:00:00Z');
const nowSec = NOW.getTime() / 1000;

const policy: AccessTokenPolicy = {
  issuerTemplate: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  audiences: ['api-client-id', 'api://relay.contoso.com'],
  allowedTenants: [TENANT],
  requiredScope: 'Activity.Report',
};

let signingKey: CryptoKey;
let strangerKey: CryptoKey;
let keysFor: (issuer: string) => ReturnType<typeof createLocalJWKSet>;
const askedIssuers: string[] = [];

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const jwks = createLocalJWKSet({ keys: [jwk] });
  keysFor = (issuer) => {
    askedIssuers.push(issuer);
    return jwks;
  };
});

const goodClaims = (): JWTPayload => ({
  iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
  aud: 'api-client-id',
  tid: TENANT,
  oid: OID,
  scp: 'openid Activity.Report',
  name: 'Alice',
  iat: nowSec - 60,
  nbf: nowSec - 60,
  exp: nowSec + 3600,
});

async function sign(claims: JWTPayload, key: CryptoKey = signingKey): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(key);
}

const verify = (token: string) => verifyAccessToken(token, policy, keysFor, () => NOW);

describe('verifyAccessToken', () => {
  it('returns only the object id and tenant of a valid token', async () => {
    await expect(verify(await sign(goodClaims()))).resolves.toEqual({
      userId: OID,
      tenantId: TENANT,
    });
  });

  it('accepts the App ID URI audience of a v1 token', async () => {
    const token = await sign({ ...goodClaims(), aud: 'api://relay.contoso.com' });
    await expect(verify(token)).resolves.toMatchObject({ userId: OID });
  });

  it.each<[string, (c: JWTPayload) => JWTPayload, string]>([
    ['wrong audience', (c) => ({ ...c, aud: 'https://graph.microsoft.com' }), 'claim aud invalid'],
    ['expired', (c) => ({ ...c, exp: nowSec - 120 }), 'expired'],
    ['not yet valid', (c) => ({ ...c, nbf: nowSec + 600 }), 'claim nbf invalid'],
    ['wrong tenant', (c) => ({ ...c, tid: OTHER_TENANT }), 'tenant not allowed'],
    ['no tenant', ({ tid: _tid, ...c }) => c, 'tenant not allowed'],
    [
      'an allowed tid under another issuer',
      (c) => ({ ...c, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }),
      'claim iss invalid',
    ],
    [
      'no delegated scope (app-only token)',
      ({ scp: _scp, ...c }) => ({ ...c, roles: ['x'] }),
      'scope missing',
    ],
    ['another scope only', (c) => ({ ...c, scp: 'User.Read' }), 'scope missing'],
    ['no object id', ({ oid: _oid, ...c }) => c, 'no object id'],
  ])('rejects a token with %s', async (_name, change, reason) => {
    await expect(verify(await sign(change(goodClaims())))).rejects.toThrow(
      new TokenRejectedError(reason),
    );
  });

  it('rejects a bad signature', async () => {
    await expect(verify(await sign(goodClaims(), strangerKey))).rejects.toThrow(
      new TokenRejectedError('bad signature'),
    );
  });

  it('rejects a tampered payload', async () => {
    const [header, , signature] = (await sign(goodClaims())).split('.');
    const forged = Buffer.from(JSON.stringify({ ...goodClaims(), oid: OID.replace('a', 'b') }));
    const token = `${header}.${forged.toString('base64url')}.${signature}`;
    await expect(verify(token)).rejects.toThrow(new TokenRejectedError('bad signature'));
  });

  it('rejects alg none', async () => {
    const token = new UnsecuredJWT(goodClaims()).encode();
    await expect(verify(token)).rejects.toThrow(TokenRejectedError);
  });

  it('rejects HS256 (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode('a shared secret of thirty-two bytes!');
    const token = await new SignJWT(goodClaims())
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .sign(secret);
    await expect(verify(token)).rejects.toThrow(TokenRejectedError);
  });

  it.each(['', 'not-a-jwt', 'a.b.c'])('rejects malformed token %j', async (token) => {
    await expect(verify(token)).rejects.toThrow(new TokenRejectedError('malformed'));
  });

  it('never fetches keys for a tenant that is not allowed', async () => {
    askedIssuers.length = 0;
    await expect(verify(await sign({ ...goodClaims(), tid: OTHER_TENANT }))).rejects.toThrow();
    expect(askedIssuers).toEqual([]);
  });
});
