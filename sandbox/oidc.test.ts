// The OpenID provider through its real endpoints: discovery, JWKS, authorization code + PKCE for
// the public client, refresh tokens (rotation), Entra-like claims, CORS for extension origins,
// redirect URI rules, the login page, auto-login and ending a user's session.
import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { httpsGetJson, httpsRequest } from './https-client';
import { useSandbox } from './test-support/fixture';
import { graphClient } from './test-support/graph-client';
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

describe('discovery and keys', () => {
  it('publishes a discovery document under the issuer with PKCE S256 and the routes MSAL needs', async () => {
    const { sb } = fx;
    expect(sb.authority).toMatch(
      new RegExp(`^https://127\\.0\\.0\\.1:\\d+/${SANDBOX_TENANT_ID}/v2\\.0$`),
    );
    const doc = await sb.discovery();
    expect(doc.issuer).toBe(sb.authority);
    expect(doc.authorization_endpoint).toBe(`${sb.authority}/authorize`);
    expect(doc.token_endpoint).toBe(`${sb.authority}/token`);
    expect(doc.end_session_endpoint).toBe(`${sb.authority}/logout`);
    expect(doc.jwks_uri).toBe(`${sb.authority}/keys`);
    expect(doc.code_challenge_methods_supported).toEqual(['S256']);
    expect(doc.scopes_supported).toEqual(expect.arrayContaining(['openid', 'offline_access']));
    const jwks = await httpsGetJson(String(doc.jwks_uri), sb.caPem);
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig' })]);
    // Only public material is served.
    expect(JSON.stringify(jwks)).not.toMatch(/"d":/);
  });

  it('answers the discovery CORS request from an extension page', async () => {
    const { sb } = fx;
    const res = await httpsRequest(`${sb.authority}/.well-known/openid-configuration`, {
      ca: sb.caPem,
      headers: { Origin: EXTENSION_ORIGIN },
    });
    expect(res.headers['access-control-allow-origin']).toBe(EXTENSION_ORIGIN);
  });
});

describe('authorization code + PKCE', () => {
  it('signs in through the login page and issues JWT access, id and refresh tokens', async () => {
    const { sb } = fx;
    const session = new CookieSession(sb.caPem);
    const { flow, tokens } = await signIn(sb, session, { user: 'bob' });
    expect(flow.sawLoginPage).toBe(true);
    expect(new URL(flow.redirect).hash).toContain('state=state-1');

    const access = decodeJwt(tokens.access_token);
    expect(access).toMatchObject({
      iss: sb.authority,
      aud: GRAPH_AUDIENCE,
      scp: 'UserActivity.ReadWrite.CreatedByApp',
      tid: SANDBOX_TENANT_ID,
      azp: sb.clientId,
      preferred_username: 'bob@sandbox.test',
    });
    expect(Number(access.exp) - Number(access.iat)).toBe(3600);
    expect(tokens.expires_in).toBe(3600);
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const id = decodeJwt(tokens.id_token ?? '');
    expect(id).toMatchObject({
      iss: sb.authority,
      aud: sb.clientId,
      nonce: 'nonce-1',
      name: 'Bob Sandbox',
      preferred_username: 'bob@sandbox.test',
      tid: SANDBOX_TENANT_ID,
      oid: access.oid,
      sub: access.oid,
    });

    // The access token verifies against the published keys and works on Graph.
    const jwks = await httpsGetJson(`${sb.authority}/keys`, sb.caPem);
    await expect(
      jwtVerify(tokens.access_token, createLocalJWKSet(jwks as never), {
        issuer: sb.authority,
        audience: GRAPH_AUDIENCE,
      }),
    ).resolves.toBeTruthy();
    const graph = graphClient(sb.graphBaseUrl, tokens.access_token);
    expect((await graph.get('/me/activities')).status).toBe(200);
  });

  it('allows the token endpoint from chrome-extension:// origins and refuses web origins', async () => {
    const { sb } = fx;
    const session = new CookieSession(sb.caPem);
    const { verifier, challenge } = pkcePair();
    const flow = await runAuthorize(sb, session, authorizeUrl(sb, { challenge }));
    const code = new URLSearchParams(new URL(flow.redirect).hash.slice(1)).get('code') ?? '';
    const refused = await tokenRequest(
      sb,
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/',
        code_verifier: verifier,
      },
      'https://evil.example',
    );
    expect(refused.status).toBe(400);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();

    const preflight = await httpsRequest(`${sb.authority}/token`, {
      method: 'OPTIONS',
      ca: sb.caPem,
      headers: {
        Origin: EXTENSION_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(EXTENSION_ORIGIN);
  });

  it('rejects a wrong PKCE verifier and a code used twice', async () => {
    const { sb } = fx;
    const session = new CookieSession(sb.caPem);
    const { verifier, challenge } = pkcePair();
    const flow = await runAuthorize(sb, session, authorizeUrl(sb, { challenge }));
    const code = new URLSearchParams(new URL(flow.redirect).hash.slice(1)).get('code') ?? '';
    const form = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/',
    };
    const wrong = await tokenRequest(sb, { ...form, code_verifier: pkcePair().verifier });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    // A failed attempt does not consume the code in oidc-provider; the right verifier works once.
    const ok = await tokenRequest(sb, { ...form, code_verifier: verifier });
    expect(ok.status).toBe(200);
    const again = await tokenRequest(sb, { ...form, code_verifier: verifier });
    expect(again.body.error).toBe('invalid_grant');
  });

  it('requires PKCE from the public client', async () => {
    const { sb } = fx;
    const session = new CookieSession(sb.caPem);
    const url = new URL(authorizeUrl(sb, { challenge: 'x' }));
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const res = await session.request(url.toString());
    // The error goes back to the (valid) redirect URI.
    expect(res.status).toBe(303);
    expect(res.headers.location).toContain('error=invalid_request');
  });

  it('accepts Chromium and Firefox extension redirect URIs and refuses others', async () => {
    const { sb } = fx;
    const firefox = 'https://0123456789abcdef0123456789abcdef01234567.extensions.allizom.org/';
    const { flow } = await signIn(sb, new CookieSession(sb.caPem), { redirectUri: firefox });
    expect(flow.redirect.startsWith(firefox)).toBe(true);

    for (const bad of [
      'https://evil.example/',
      'https://abcdefghijklmnopabcdefghijklmnoq.chromiumapp.org/', // q is not a-p
      'https://abc.chromiumapp.org.evil.example/',
    ]) {
      const res = await new CookieSession(sb.caPem).request(
        authorizeUrl(sb, { challenge: pkcePair().challenge, redirectUri: bad }),
      );
      // Never redirected to an unregistered URI: an error page instead.
      expect(res.status).toBe(400);
      expect(res.headers.location).toBeUndefined();
    }
  });
});

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
