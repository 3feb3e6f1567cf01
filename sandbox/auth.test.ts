// Bearer tokens are verified for real: signature against the provider's keys, issuer, audience,
// expiry and scope. Failures are 401 InvalidAuthenticationToken with WWW-Authenticate (403 for a
// missing scope), and nothing is stored.
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-support/fixture';
import { activityBody, graphClient } from './test-support/graph-client';
import { decodeJwt } from './test-support/sign-in-flow';
import { GRAPH_AUDIENCE } from './index';
import { createTokenVerifier } from './graph/auth';
import { GraphError } from './graph/errors';

const fx = useSandbox();

async function put(token: string | null) {
  return graphClient(fx.sb.graphBaseUrl, token ?? '').putActivity('a1', activityBody('a1'), {
    token,
  });
}

/** A token with the right claims but signed by a key the provider never had. */
async function forged(overrides: Record<string, unknown> = {}): Promise<string> {
  const real = decodeJwt(await fx.sb.issueToken('alice'));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return new SignJWT({ ...real, ...overrides })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'forged' })
    .sign(privateKey);
}

function expect401(res: Awaited<ReturnType<typeof put>>, mention: string): void {
  expect(res.status).toBe(401);
  expect(res.body.error?.code).toBe('InvalidAuthenticationToken');
  expect(res.body.error?.message).toContain(mention);
  const challenge = res.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer /);
  expect(challenge).toContain('error="invalid_token"');
  expect(challenge).toContain(`authorization_uri="${fx.sb.authority}/authorize"`);
}

describe('token checks', () => {
  it('accepts a token the provider issued', async () => {
    expect((await put(await fx.sb.issueToken('alice'))).status).toBe(201);
  });

  it.each<[string, () => Promise<string | null>, string]>([
    ['no Authorization header', () => Promise.resolve(null), 'empty'],
    ['not a JWT', () => Promise.resolve('abc.def'), 'validation failure'],
    ['a forged signature', () => forged(), 'validation failure'],
    [
      'a tampered payload',
      async () => {
        const [h, , s] = (await fx.sb.issueToken('alice')).split('.');
        const payload = Buffer.from(
          JSON.stringify({ ...decodeJwt(await fx.sb.issueToken('alice')), oid: 'someone-else' }),
        ).toString('base64url');
        return `${h ?? ''}.${payload}.${s ?? ''}`;
      },
      'validation failure',
    ],
    ['an expired token', () => fx.sb.issueToken('alice', { expiresInSec: -120 }), 'expired'],
  ])('refuses %s with 401', async (_name, token, mention) => {
    expect401(await put(await token()), mention);
    expect((await fx.admin.dump()).users).toEqual({});
  });

  it('refuses a provider-signed token whose audience is not Graph', async () => {
    // An id_token is signed by the same key but is for the client, not Graph.
    const { CookieSession, signIn } = await import('./test-support/sign-in-flow');
    const { tokens } = await signIn(fx.sb, new CookieSession(fx.sb.caPem));
    expect(decodeJwt(tokens.access_token).aud).toBe(GRAPH_AUDIENCE);
    expect401(await put(tokens.id_token ?? ''), 'audience');
    expect((await put(tokens.access_token)).status).toBe(201);
  });

  it('answers 403 with insufficient_scope when the scope is missing', async () => {
    const res = await put(await fx.sb.issueToken('alice', { scope: 'User.Read' }));
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('accessDenied');
    expect(res.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
    expect((await fx.admin.dump()).users).toEqual({});
  });

  it('a bad token on a read is refused too', async () => {
    const res = await graphClient(fx.sb.graphBaseUrl, 'x').get('/me/activities');
    expect(res.status).toBe(401);
  });

  it('the admin API is not reachable through a Graph path, and Graph paths ignore admin', async () => {
    const token = await fx.sb.issueToken('alice');
    const viaGraph = await graphClient(fx.sb.graphBaseUrl, token).get('/__sandbox/dump');
    expect(viaGraph.status).toBe(400);
    const adminWithoutToken = await fetch(`${fx.sb.adminUrl}/info`);
    expect(adminWithoutToken.status).toBe(200);
  });
});

describe('createTokenVerifier (with a key pair of its own)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' };
  const issuer = 'https://127.0.0.1:1/tenant/v2.0';
  const verify = createTokenVerifier({
    jwks: { keys: [jwk] },
    issuer,
    audience: GRAPH_AUDIENCE,
    authorizationUri: `${issuer}/authorize`,
  });
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT({
      iss: issuer,
      aud: GRAPH_AUDIENCE,
      oid: 'user-1',
      azp: 'app-1',
      scp: 'UserActivity.ReadWrite.CreatedByApp',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
  const failure = async (claims: Record<string, unknown>) => {
    try {
      await verify(`Bearer ${await sign(claims)}`);
    } catch (error) {
      return error as GraphError;
    }
    throw new Error('token was accepted');
  };

  it('returns the user, the app and the scopes of a good token', async () => {
    await expect(verify(`Bearer ${await sign({})}`)).resolves.toMatchObject({
      oid: 'user-1',
      appId: 'app-1',
      scopes: ['UserActivity.ReadWrite.CreatedByApp'],
    });
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['another issuer', { iss: 'https://login.microsoftonline.com/common/v2.0' }, 401, 'iss'],
    ['another audience', { aud: 'https://outlook.office.com' }, 401, 'audience'],
    ['no user', { oid: undefined, sub: undefined }, 401, 'no user'],
    ['no app', { azp: undefined }, 401, 'no user or app'],
    ['a read-only scope', { scp: 'UserActivity.Read' }, 403, 'lacks'],
  ])('refuses %s', async (_name, claims, status, mention) => {
    const error = await failure(claims);
    expect(error).toBeInstanceOf(GraphError);
    expect(error.status).toBe(status);
    expect(error.message).toContain(mention);
  });
});
