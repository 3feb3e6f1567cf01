import { describe, expect, it } from 'vitest';
import { redeemRefreshToken } from './refresh-grant';

const request = {
  tokenEndpoint: 'https://idp.example/token',
  clientId: 'client',
  scopes: ['UserActivity.ReadWrite.CreatedByApp', 'offline_access'],
  refreshToken: 'rt-1',
};

const answer =
  (status: number, body: unknown): typeof fetch =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('redeemRefreshToken', () => {
  it('posts the standard refresh grant', async () => {
    let sent: URLSearchParams | undefined;
    const fetcher: typeof fetch = (_url, init) => {
      sent = init?.body as URLSearchParams;
      return Promise.resolve(
        new Response(
          JSON.stringify({ access_token: 'at', expires_in: 3600, refresh_token: 'rt-2' }),
        ),
      );
    };
    expect(await redeemRefreshToken(request, fetcher)).toEqual({
      kind: 'ok',
      accessToken: 'at',
      expiresInSec: 3600,
      refreshToken: 'rt-2',
    });
    expect(Object.fromEntries(sent ?? [])).toEqual({
      client_id: 'client',
      grant_type: 'refresh_token',
      refresh_token: 'rt-1',
      scope: 'UserActivity.ReadWrite.CreatedByApp offline_access',
    });
  });

  it('treats an OAuth error as the provider refusing the grant', async () => {
    expect(
      await redeemRefreshToken(
        request,
        answer(400, { error: 'invalid_grant', error_description: 'AADSTS700084' }),
      ),
    ).toEqual({ kind: 'rejected', error: 'invalid_grant', description: 'AADSTS700084' });
  });

  it('treats network failures, 5xx and non-OAuth answers as unavailable', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect((await redeemRefreshToken(request, offline)).kind).toBe('unavailable');
    expect((await redeemRefreshToken(request, answer(503, { error: 'x' }))).kind).toBe(
      'unavailable',
    );
    expect((await redeemRefreshToken(request, answer(400, 'nope'))).kind).toBe('unavailable');
  });
});
