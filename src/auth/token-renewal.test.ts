// Renewal is driven through the worker's auth, its one caller, which serialises it.
import { describe, expect, it } from 'vitest';
import { grant, json, NOW, setup } from './testing/auth-fixture';
import { TokenUnavailableError } from './token-renewal';

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
    ['login_required', 'expired'],
    ['consent_required', 'consent-withdrawn'],
    ['account_mismatch', 'account-mismatch'],
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
        reason,
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
      reason: 'expired',
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
