import { createHash } from 'node:crypto';
import { UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createSilentSignIn, type SilentSignInTarget } from './silent-sign-in';

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const target: SilentSignInTarget = {
  account: {
    name: 'Alice',
    username: 'Alice@Contoso.com',
    tenantId: 'tid-1',
    tenantKind: 'work-or-school',
    homeAccountId: 'oid.tid-1',
  },
  clientId: 'client-1',
  authority: 'https://login.microsoftonline.com/common',
  tokenEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  scopes: ['UserActivity.ReadWrite.CreatedByApp', 'offline_access'],
};

const idToken = (claims: Record<string, unknown>) => new UnsecuredJWT(claims).encode();

type Answer = (params: URLSearchParams) => string;
const answerWithCode: Answer = (p) => `${REDIRECT}#code=c-1&state=${p.get('state') ?? ''}`;

/** A provider that answers the hidden request with `answer` and redeems codes with PKCE. */
function provider(answer: Answer | Error, claims: (p: URLSearchParams) => Record<string, unknown>) {
  const seen: { authorize?: URL; token?: URLSearchParams } = {};
  const signIn = createSilentSignIn({
    redirectUri: () => REDIRECT,
    launch: (url) => {
      seen.authorize = new URL(url);
      return answer instanceof Error
        ? Promise.reject(answer)
        : Promise.resolve(answer(seen.authorize.searchParams));
    },
    fetch: (_url, init) => {
      const body = init?.body as URLSearchParams;
      seen.token = body;
      const challenge = createHash('sha256')
        .update(body.get('code_verifier') ?? '')
        .digest('base64url');
      if (challenge !== seen.authorize?.searchParams.get('code_challenge')) {
        return Promise.resolve(Response.json({ error: 'invalid_grant' }, { status: 400 }));
      }
      return Promise.resolve(
        Response.json({
          access_token: 'at-2',
          expires_in: 3599,
          refresh_token: 'rt-2',
          refresh_token_expires_in: 86_399,
          id_token: idToken(claims(seen.authorize.searchParams)),
        }),
      );
    },
  });
  return { signIn, seen };
}

const aliceClaims = (p: URLSearchParams) => ({
  aud: 'client-1',
  nonce: p.get('nonce'),
  preferred_username: 'alice@contoso.com',
  tid: 'tid-1',
});

describe('silent sign-in (prompt=none + PKCE)', () => {
  it('asks Entra without any prompt for the account, redeems the code with PKCE, returns new tokens', async () => {
    const { signIn, seen } = provider(answerWithCode, aliceClaims);
    expect(await signIn(target)).toEqual({
      kind: 'signed-in',
      tokens: {
        accessToken: 'at-2',
        expiresInSec: 3599,
        refreshToken: 'rt-2',
        refreshTokenExpiresInSec: 86_399,
      },
    });
    const url = seen.authorize ?? new URL('about:blank');
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    );
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'client-1',
      response_type: 'code',
      prompt: 'none',
      login_hint: 'Alice@Contoso.com',
      redirect_uri: REDIRECT,
      code_challenge_method: 'S256',
      scope: 'openid profile offline_access UserActivity.ReadWrite.CreatedByApp',
    });
    expect(Object.fromEntries(seen.token ?? [])).toMatchObject({
      grant_type: 'authorization_code',
      code: 'c-1',
      redirect_uri: REDIRECT,
    });
  });

  it('finds the authorization endpoint of another OpenID provider in its discovery document', async () => {
    const signIn = createSilentSignIn({
      redirectUri: () => REDIRECT,
      launch: (url) =>
        Promise.resolve(
          `${REDIRECT}#error=login_required&state=${new URL(url).searchParams.get('state') ?? ''}`,
        ),
      discover: (authority) =>
        Promise.resolve({
          issuer: authority,
          authorization_endpoint: `${authority}/authorize`,
          token_endpoint: `${authority}/token`,
          jwks_uri: `${authority}/keys`,
        }),
    });
    expect(await signIn({ ...target, authority: 'https://127.0.0.1:9443/t/v2.0' })).toEqual({
      kind: 'needs-user',
      error: 'login_required',
    });
  });

  it.each<[string, Answer | Error, string, string]>([
    [
      'no provider session',
      (p) => `${REDIRECT}#error=login_required&state=${p.get('state') ?? ''}`,
      'needs-user',
      'login_required',
    ],
    [
      'consent missing',
      (p) => `${REDIRECT}?error=consent_required&state=${p.get('state') ?? ''}`,
      'needs-user',
      'consent_required',
    ],
    [
      'a forged answer (other state)',
      () => `${REDIRECT}#code=c-1&state=forged`,
      'needs-user',
      'state_mismatch',
    ],
    [
      'an answer to another address',
      () => 'https://evil.example/#code=c-1',
      'needs-user',
      'no_response',
    ],
    [
      'provider busy',
      (p) => `${REDIRECT}#error=temporarily_unavailable&state=${p.get('state') ?? ''}`,
      'unavailable',
      'temporarily_unavailable',
    ],
    [
      'Chromium: a window would be needed',
      new Error('User interaction required.'),
      'needs-user',
      'interaction_required',
    ],
    [
      'Firefox: a window would be needed',
      new Error('Requires user interaction'),
      'needs-user',
      'interaction_required',
    ],
    [
      'provider unreachable',
      new Error('Authorization page could not be loaded.'),
      'unavailable',
      '',
    ],
  ])('%s → %s', async (_name, answer, kind, error) => {
    const { signIn, seen } = provider(answer, aliceClaims);
    const result = await signIn(target);
    expect(result.kind).toBe(kind);
    if (result.kind === 'needs-user') expect(result.error).toBe(error);
    if (result.kind === 'unavailable' && error) expect(result.message).toBe(error);
    expect(seen.token).toBeUndefined();
  });

  it.each([
    ['another user', { preferred_username: 'bob@contoso.com' }],
    ['another tenant', { tid: 'tid-2' }],
    ['another app', { aud: 'client-2' }],
    ['a replayed ID token (other nonce)', { nonce: 'old' }],
  ])('refuses tokens for %s', async (_name, override) => {
    const { signIn } = provider(answerWithCode, (p) => ({ ...aliceClaims(p), ...override }));
    expect(await signIn(target)).toEqual({ kind: 'needs-user', error: 'account_mismatch' });
  });
});
