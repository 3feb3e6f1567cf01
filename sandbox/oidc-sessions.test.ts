// The OpenID provider's refresh tokens and sessions through its real endpoints: rotation, the
// relay API scope, access-token and single-page-app refresh-token lifetimes, silent sign-in
// (prompt=none), the login page, auto-login and ending a user's session.
import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-support/fixture';
import {
  authorizeUrl,
  CHROME_REDIRECT_URI,
  CookieSession,
  decodeJwt,
  EXTENSION_ORIGIN,
  pkcePair,
  runAuthorize,
  signIn,
  tokenRequest,
} from './test-support/sign-in-flow';
import { GRAPH_AUDIENCE, RELAY_API_AUDIENCE, RELAY_API_SCOPE, SANDBOX_TENANT_ID } from './index';
import { sandboxUser } from './users';

const fx = useSandbox();

describe('refresh tokens', () => {
  it('refreshes with rotation, keeps scopes, and refuses a reused refresh token', async () => {
    const { sb } = fx;
    const { tokens } = await signIn(sb, new CookieSession(sb.caPem));
    const first = tokens.refresh_token ?? '';
    const refreshed = await tokenRequest(sb, {
      grant_type: 'refresh_token',
      refresh_token: first,
      scope: sb.scopes.join(' '),
    });
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(refreshed.body.access_token)).toMatchObject({
      aud: GRAPH_AUDIENCE,
      scp: 'UserActivity.ReadWrite.CreatedByApp',
    });
    expect(refreshed.body.refresh_token).toEqual(expect.any(String));
    expect(refreshed.body.refresh_token).not.toBe(first);
    expect(refreshed.body.id_token).toEqual(expect.any(String));

    const reused = await tokenRequest(sb, { grant_type: 'refresh_token', refresh_token: first });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
  });

  it('redeems the sign-in refresh token for the relay API scope (Entra v2 form), never a revoked one', async () => {
    const { sb, admin } = fx;
    const { tokens } = await signIn(sb, new CookieSession(sb.caPem), { user: 'bob' });
    const relay = await tokenRequest(sb, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      scope: `${RELAY_API_AUDIENCE}/${RELAY_API_SCOPE} offline_access`,
    });
    expect(relay.status).toBe(200);
    expect(relay.headers['access-control-allow-origin']).toBe(EXTENSION_ORIGIN);
    expect(decodeJwt(relay.body.access_token)).toMatchObject({
      aud: RELAY_API_AUDIENCE,
      scp: RELAY_API_SCOPE,
      oid: sandboxUser('bob').oid,
    });
    // The Graph refresh still works with the same refresh token (it was not rotated).
    const graph = await tokenRequest(sb, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      scope: sb.scopes.join(' '),
    });
    expect(graph.status).toBe(200);
    await admin.endSession('bob');
    const revoked = await tokenRequest(sb, {
      grant_type: 'refresh_token',
      refresh_token: graph.body.refresh_token ?? '',
      scope: `${RELAY_API_AUDIENCE}/${RELAY_API_SCOPE}`,
    });
    expect(revoked).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('issues a refresh token even when the app asks to pick an account (prompt=select_account)', async () => {
    const { sb } = fx;
    const session = new CookieSession(sb.caPem);
    await signIn(sb, session, { user: 'alice' });
    // With a provider session, select_account still shows the login page (the account picker).
    const { flow, tokens } = await signIn(sb, session, { user: 'carol', prompt: 'select_account' });
    expect(flow.sawLoginPage).toBe(true);
    expect(tokens.refresh_token).toEqual(expect.any(String));
    expect(decodeJwt(tokens.access_token).preferred_username).toBe('carol@sandbox.test');
  });

  it('honours a shorter access-token lifetime set through the admin API', async () => {
    const { sb, admin } = fx;
    await admin.setAccessTokenTtl(120);
    try {
      const { tokens } = await signIn(sb, new CookieSession(sb.caPem));
      const claims = decodeJwt(tokens.access_token);
      expect(Number(claims.exp) - Number(claims.iat)).toBe(120);
      expect(tokens.expires_in).toBe(120);
    } finally {
      await admin.setAccessTokenTtl(3600);
    }
  });
});

describe('single-page-app refresh-token lifetime and silent sign-in (prompt=none)', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const silentCode = async (session: CookieSession, loginHint = 'alice@sandbox.test') => {
    const { verifier, challenge } = pkcePair();
    const flow = await runAuthorize(
      fx.sb,
      session,
      authorizeUrl(fx.sb, { challenge, prompt: 'none', loginHint }),
    );
    return { verifier, fragment: new URLSearchParams(new URL(flow.redirect).hash.slice(1)) };
  };

  it('refuses a refresh token past its fixed lifetime as Entra does (AADSTS700084); rotation does not extend it', async () => {
    const { sb, admin } = fx;
    // Room for a loaded machine: the rotation comes 2 s after the token was issued, well inside
    // its 5 s, and the last try once 5 s have surely passed since then (signIn's return is later
    // than the issue) but before a rotation that wrongly extended the lifetime would expire.
    await admin.setRefreshTokenTtl(5);
    const { tokens } = await signIn(sb, new CookieSession(sb.caPem));
    const issuedBy = Date.now();
    await sleep(2_000);
    const rotated = await tokenRequest(sb, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      scope: sb.scopes.join(' '),
    });
    expect(rotated.status).toBe(200);
    await sleep(Math.max(0, issuedBy + 5_300 - Date.now()));
    const expired = await tokenRequest(sb, {
      grant_type: 'refresh_token',
      refresh_token: rotated.body.refresh_token ?? '',
      scope: sb.scopes.join(' '),
    });
    expect(expired.status).toBe(400);
    expect(expired.headers['access-control-allow-origin']).toBe(EXTENSION_ORIGIN);
    expect(expired.body).toMatchObject({ error: 'invalid_grant', error_codes: [700084] });
    expect(String(expired.body.error_description)).toMatch(
      /^AADSTS700084: .*single page app.*lifetime of 00:00:05/,
    );
  });

  it('answers prompt=none with a code and a new refresh token while the provider session lives, login_required once it ended', async () => {
    const { sb, admin } = fx;
    const session = new CookieSession(sb.caPem);
    const { tokens } = await signIn(sb, session, { user: 'alice' });
    const silent = await silentCode(session);
    expect(silent.fragment.get('error')).toBeNull();
    const redeemed = await tokenRequest(sb, {
      grant_type: 'authorization_code',
      code: silent.fragment.get('code') ?? '',
      redirect_uri: CHROME_REDIRECT_URI,
      code_verifier: silent.verifier,
      scope: sb.scopes.join(' '),
    });
    expect(redeemed.status).toBe(200);
    expect(redeemed.body.refresh_token).toEqual(expect.any(String));
    expect(decodeJwt(redeemed.body.id_token ?? '')).toMatchObject({
      preferred_username: 'alice@sandbox.test',
      tid: SANDBOX_TENANT_ID,
    });

    // Signing out of the provider ends the session but not the refresh tokens (keepGrants).
    await admin.endSession('alice', { keepGrants: true });
    expect((await silentCode(session)).fragment.get('error')).toBe('login_required');
    const still = await tokenRequest(sb, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
    });
    expect(still.status).toBe(200);
  });
});

describe('sessions and test sign-in', () => {
  it('skips the login page for a signed-in session', async () => {
    const { sb } = fx;
    const session = new CookieSession(sb.caPem);
    expect((await signIn(sb, session)).flow.sawLoginPage).toBe(true);
    expect((await signIn(sb, session)).flow.sawLoginPage).toBe(false);
  });

  it('auto-login signs in as the configured user, or the login_hint user, without a page', async () => {
    const { sb, admin } = fx;
    await admin.setAutoLogin('bob');
    const plain = await signIn(sb, new CookieSession(sb.caPem));
    expect(plain.flow.sawLoginPage).toBe(false);
    expect(decodeJwt(plain.tokens.access_token).preferred_username).toBe('bob@sandbox.test');
    const hinted = await signIn(sb, new CookieSession(sb.caPem), {
      loginHint: 'carol@sandbox.test',
    });
    expect(decodeJwt(hinted.tokens.access_token).preferred_username).toBe('carol@sandbox.test');
    await admin.setAutoLogin(null);
    expect((await signIn(sb, new CookieSession(sb.caPem))).flow.sawLoginPage).toBe(true);
  });

  it('login page has stable ids, preselects the login_hint, and rejects a malformed user', async () => {
    const { sb } = fx;
    const session = new CookieSession(sb.caPem);
    let res = await session.request(
      authorizeUrl(sb, { challenge: pkcePair().challenge, loginHint: 'bob' }),
    );
    while (res.status === 303) {
      res = await session.request(new URL(res.headers.location ?? '', sb.authority).toString());
    }
    expect(res.status).toBe(200);
    expect(res.body).toContain('id="username"');
    expect(res.body).toContain('id="sign-in"');
    expect(res.body).toContain('<option value="bob" selected>');
    const action = /action="([^"]+)"/.exec(res.body)?.[1] ?? '';
    const bad = await session.request(new URL(action, sb.authority).toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'username=%3Cscript%3E',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('id="error"');
    expect(bad.body).not.toContain('<script>');
  });

  it('ending a user session revokes refresh tokens and forces a new sign-in', async () => {
    const { sb, admin } = fx;
    const session = new CookieSession(sb.caPem);
    const { tokens } = await signIn(sb, session, { user: 'alice' });
    const ended = await admin.endSession('alice');
    expect(ended.sessions).toBeGreaterThanOrEqual(1);
    expect(ended.grants).toBeGreaterThanOrEqual(1);
    const refresh = await tokenRequest(sb, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
    });
    expect(refresh.status).toBe(400);
    expect(refresh.body.error).toBe('invalid_grant');
    expect((await signIn(sb, session, { user: 'alice' })).flow.sawLoginPage).toBe(true);
  });
});
