import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_KEY } from './access-token-cache';
import { grant, json, NOW, setup } from './testing/auth-fixture';
import { TokenUnavailableError } from './token-renewal';

describe('background auth', () => {
  it('is signed out until a sign-in is completed', async () => {
    const { auth } = setup(() => json({}));
    expect(await auth.tokens.getAccessToken({ forceRefresh: false })).toEqual({
      kind: 'signed-out',
    });
    expect(await auth.status()).toEqual({ state: 'signed-out' });
  });

  it('gets a token for the relay scope from the same refresh token, cached apart from Graph', async () => {
    const { auth, calls } = setup(({ body }) =>
      json({ access_token: `at-${body.scope ?? ''}`, expires_in: 3600, refresh_token: 'rt-2' }),
    );
    await auth.completeSignIn(grant);
    const relayScope = 'api://reading-timeline-relay/Activity.Report';
    expect(await auth.tokenFor(relayScope, { forceRefresh: false })).toMatchObject({
      kind: 'token',
      accessToken: `at-${relayScope} offline_access`,
    });
    // Cached: no second request; Graph's token is still the sign-in's.
    await auth.tokenFor(relayScope, { forceRefresh: false });
    expect(await auth.tokens.getAccessToken({ forceRefresh: false })).toMatchObject({
      accessToken: 'at-1',
    });
    expect(calls.map((c) => [c.body.scope, c.body.refresh_token])).toEqual([
      [`${relayScope} offline_access`, 'rt-1'],
    ]);
  });

  it('uses the access token of the sign-in, then renews with the refresh token and keeps the rotated one', async () => {
    const { auth, store, calls, advance } = setup(({ body }) =>
      json({
        access_token: `at-for-${body.refresh_token ?? ''}`,
        expires_in: 3600,
        refresh_token: 'rt-2',
      }),
    );
    await auth.completeSignIn(grant);
    expect(await auth.tokens.getAccessToken({ forceRefresh: false })).toMatchObject({
      kind: 'token',
      accessToken: 'at-1',
    });
    expect(calls).toHaveLength(0);

    advance(3600_000); // expired
    expect(await auth.tokens.getAccessToken({ forceRefresh: false })).toMatchObject({
      accessToken: 'at-for-rt-1',
    });
    expect(await auth.tokens.getAccessToken({ forceRefresh: true })).toMatchObject({
      accessToken: 'at-for-rt-2',
    });
    expect(calls.map((c) => c.body.grant_type)).toEqual(['refresh_token', 'refresh_token']);
    // Stored encrypted: the record holds no token in clear.
    expect(JSON.stringify(await store.load())).not.toContain('rt-2');
  });

  it('redeems a refresh token once even when asked twice at the same time', async () => {
    const { auth, calls } = setup(() =>
      json({ access_token: 'at-2', expires_in: 3600, refresh_token: 'rt-2' }),
    );
    await auth.completeSignIn(grant);
    const [a, b] = await Promise.all([
      auth.tokens.getAccessToken({ forceRefresh: true }),
      auth.tokens.getAccessToken({ forceRefresh: true }),
    ]);
    expect(a).toEqual(b);
    expect(calls).toHaveLength(1);
  });

  it('asks for the user when the provider refuses, and forgets the dead refresh token', async () => {
    const { auth, store, session } = setup(() =>
      json({ error: 'invalid_grant', error_description: 'AADSTS700084: expired' }, 400),
    );
    await auth.completeSignIn(grant);
    const result = await auth.tokens.getAccessToken({ forceRefresh: true });
    expect(result).toMatchObject({
      kind: 'interaction-required',
      reason: 'expired',
    });
    expect((await store.load())?.refreshToken).toBeUndefined();
    expect(session.data.has(ACCESS_TOKEN_KEY)).toBe(false);
    expect(await auth.status()).toMatchObject({
      state: 'interaction-required',
      account: { username: 'alice@x' },
    });
    // It stays that way without asking the provider again.
    expect(await auth.tokens.getAccessToken({ forceRefresh: false })).toMatchObject({
      kind: 'interaction-required',
    });
  });

  it('asks for the user once a known refresh-token lifetime has passed, without a request', async () => {
    const { auth, calls, advance } = setup(() => json({}));
    await auth.completeSignIn({ ...grant, refreshTokenExpiresAt: NOW + 24 * 3600_000 });
    advance(25 * 3600_000);
    expect((await auth.tokens.getAccessToken({ forceRefresh: false })).kind).toBe(
      'interaction-required',
    );
    expect(calls).toHaveLength(0);
  });

  it('waits out a provider that is down: a still-valid token is used, else an error to retry', async () => {
    const { auth, advance } = setup(() => json({}, 503));
    await auth.completeSignIn(grant);
    expect(await auth.tokens.getAccessToken({ forceRefresh: true })).toMatchObject({
      accessToken: 'at-1',
    });
    advance(3600_000);
    await expect(auth.tokens.getAccessToken({ forceRefresh: false })).rejects.toBeInstanceOf(
      TokenUnavailableError,
    );
    expect(await auth.status()).toMatchObject({ state: 'signed-in' });
  });

  it('signs out: revokes the refresh token at the provider and keeps nothing', async () => {
    const { auth, store, session, calls } = setup(() => json({}));
    await auth.completeSignIn(grant);
    await auth.signOut();
    expect(calls).toEqual([
      {
        url: grant.revocationEndpoint,
        body: { token: 'rt-1', token_type_hint: 'refresh_token', client_id: 'client' },
      },
    ]);
    expect(await store.load()).toBeUndefined();
    expect(session.data.size).toBe(0);
    expect(await auth.tokens.getAccessToken({ forceRefresh: false })).toEqual({
      kind: 'signed-out',
    });
  });
});
