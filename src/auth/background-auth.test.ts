import { describe, expect, it } from 'vitest';
import {
  ACCESS_TOKEN_KEY,
  createBackgroundAuth,
  TokenUnavailableError,
  type BackgroundAuthDeps,
  type SessionArea,
} from './background-auth';
import type { SignInGrant } from './grant';
import { openAuthStore } from './token-store';

function memorySession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (key) => Promise.resolve(data.has(key) ? { [key]: data.get(key) } : {}),
    set: (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, value);
      return Promise.resolve();
    },
    remove: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
  };
}

const NOW = 1_700_000_000_000;
const grant: SignInGrant = {
  account: {
    name: 'Alice',
    username: 'alice@x',
    tenantId: 't',
    tenantKind: 'work-or-school',
    homeAccountId: 'a.t',
  },
  clientId: 'client',
  authority: 'https://idp.example/t',
  tokenEndpoint: 'https://idp.example/t/token',
  revocationEndpoint: 'https://idp.example/t/revoke',
  scopes: ['UserActivity.ReadWrite.CreatedByApp', 'offline_access'],
  refreshToken: 'rt-1',
  accessToken: 'at-1',
  accessTokenExpiresAt: NOW + 3600_000,
};

interface Call {
  url: string;
  body: Record<string, string>;
}

function setup(
  answers: (call: Call) => Response | Promise<Response>,
  silentSignIn?: BackgroundAuthDeps['silentSignIn'],
) {
  const calls: Call[] = [];
  const fetcher: typeof fetch = async (url, init) => {
    const call = {
      url: url instanceof Request ? url.url : url.toString(),
      body: Object.fromEntries(init?.body as URLSearchParams),
    };
    calls.push(call);
    return answers(call);
  };
  const store = openAuthStore(`auth-test-${String(Math.random())}`);
  const session = memorySession();
  let now = NOW;
  const auth = createBackgroundAuth({
    store,
    session,
    fetch: fetcher,
    now: () => now,
    ...(silentSignIn ? { silentSignIn } : {}),
  });
  return { auth, store, session, calls, advance: (ms: number) => (now += ms) };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

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
      reason: expect.stringMatching(/expired/) as string,
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

describe('background auth: silent re-authorisation when the refresh token fails', () => {
  const expired = () =>
    json({ error: 'invalid_grant', error_description: 'AADSTS700084: SPA lifetime over' }, 400);
  const silentTokens = {
    kind: 'signed-in' as const,
    tokens: {
      accessToken: 'at-silent',
      expiresInSec: 3600,
      refreshToken: 'rt-silent',
      refreshTokenExpiresInSec: 86_400,
    },
  };

  it('renews silently without asking the user, and later refreshes with the new refresh token', async () => {
    const targets: string[] = [];
    const { auth, store, calls, advance } = setup(
      ({ body }) =>
        body.refresh_token === 'rt-silent'
          ? json({ access_token: 'at-next', expires_in: 3600, refresh_token: 'rt-3' })
          : expired(),
      (target) => {
        targets.push(target.account.username);
        return Promise.resolve(silentTokens);
      },
    );
    await auth.completeSignIn(grant);
    expect(await auth.tokens.getAccessToken({ forceRefresh: true })).toMatchObject({
      kind: 'token',
      accessToken: 'at-silent',
    });
    expect(targets).toEqual(['alice@x']);
    const record = await store.load();
    expect(record).toMatchObject({ state: 'signed-in', refreshTokenExpiresAt: NOW + 86_400_000 });
    if (!record) throw new Error('no record');
    expect(await store.unseal(record)).toBe('rt-silent');
    advance(3600_000);
    expect(await auth.tokens.getAccessToken({ forceRefresh: false })).toMatchObject({
      accessToken: 'at-next',
    });
    expect(calls.map((c) => c.body.refresh_token)).toEqual(['rt-1', 'rt-silent']);
  });

  it.each([
    ['login_required', /expired/],
    ['consent_required', /withdrawn/],
    ['account_mismatch', /Another account/],
  ])('asks the user once when the silent attempt answers %s', async (error, reason) => {
    let attempts = 0;
    const { auth, store } = setup(expired, () => {
      attempts++;
      return Promise.resolve({ kind: 'needs-user', error });
    });
    await auth.completeSignIn(grant);
    for (let i = 0; i < 3; i++) {
      expect(await auth.tokens.getAccessToken({ forceRefresh: true })).toMatchObject({
        kind: 'interaction-required',
        reason: expect.stringMatching(reason) as string,
      });
    }
    expect(attempts).toBe(1);
    expect((await store.load())?.refreshToken).toBeUndefined();
  });

  it('tries silently when the known lifetime is over, without redeeming the dead token', async () => {
    const { auth, calls, advance } = setup(expired, () => Promise.resolve(silentTokens));
    await auth.completeSignIn({ ...grant, refreshTokenExpiresAt: NOW + 24 * 3600_000 });
    advance(25 * 3600_000);
    expect(await auth.tokens.getAccessToken({ forceRefresh: false })).toMatchObject({
      accessToken: 'at-silent',
    });
    expect(calls).toHaveLength(0);
  });

  it('never tries silently for a refused app registration (the settings must change)', async () => {
    let attempts = 0;
    const { auth } = setup(
      () => json({ error: 'invalid_client', error_description: 'AADSTS700016: x' }, 400),
      () => {
        attempts++;
        return Promise.resolve(silentTokens);
      },
    );
    await auth.completeSignIn(grant);
    expect((await auth.tokens.getAccessToken({ forceRefresh: true })).kind).toBe(
      'interaction-required',
    );
    expect(attempts).toBe(0);
  });

  it('after an unreachable provider, a failed retry explains the expiry (not an unreadable token)', async () => {
    const outcomes = [
      { kind: 'unavailable' as const, message: 'offline' },
      { kind: 'needs-user' as const, error: 'login_required' },
    ];
    const { auth } = setup(expired, () =>
      Promise.resolve(outcomes.shift() ?? { kind: 'needs-user', error: 'login_required' }),
    );
    await auth.completeSignIn(grant);
    await expect(auth.tokens.getAccessToken({ forceRefresh: true })).rejects.toBeInstanceOf(
      TokenUnavailableError,
    );
    expect(await auth.tokens.getAccessToken({ forceRefresh: true })).toMatchObject({
      kind: 'interaction-required',
      reason: expect.stringMatching(/has expired/) as string,
    });
  });

  it('keeps the sign-in and tries again later when the provider cannot be reached', async () => {
    const outcomes = [{ kind: 'unavailable' as const, message: 'offline' }, silentTokens];
    const { auth, calls } = setup(expired, () => Promise.resolve(outcomes.shift() ?? silentTokens));
    await auth.completeSignIn(grant);
    await expect(auth.tokens.getAccessToken({ forceRefresh: true })).rejects.toBeInstanceOf(
      TokenUnavailableError,
    );
    expect(await auth.status()).toMatchObject({ state: 'signed-in' });
    // The dead refresh token is not redeemed again: the next pass goes straight to silent.
    expect(await auth.tokens.getAccessToken({ forceRefresh: true })).toMatchObject({
      accessToken: 'at-silent',
    });
    expect(calls).toHaveLength(1);
  });

  it('gets the relay scope from the silently renewed sign-in', async () => {
    const { auth, calls } = setup(
      ({ body }) =>
        body.refresh_token === 'rt-silent'
          ? json({ access_token: 'at-relay', expires_in: 3600, refresh_token: 'rt-3' })
          : expired(),
      () => Promise.resolve(silentTokens),
    );
    await auth.completeSignIn(grant);
    expect(
      await auth.tokenFor('api://relay/Activity.Report', { forceRefresh: true }),
    ).toMatchObject({ accessToken: 'at-relay' });
    expect(calls.map((c) => c.body.refresh_token)).toEqual(['rt-1', 'rt-silent']);
  });
});
