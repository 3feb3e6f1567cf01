// The OpenID provider through its real endpoints: discovery, JWKS, authorization code + PKCE for
// the public client, Entra-like claims, CORS for extension origins and redirect URI rules.
// Refresh tokens and sessions: oidc-sessions.test.ts.
import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { httpsGetJson, httpsRequest } from './https-client';
import { useSandbox } from './test-support/fixture';
import { graphClient } from './test-support/graph-client';
import {
  authorizeUrl,
  CookieSession,
  decodeJwt,
  EXTENSION_ORIGIN,
  pkcePair,
  runAuthorize,
  signIn,
  tokenRequest,
} from './test-support/sign-in-flow';
import { GRAPH_AUDIENCE, SANDBOX_TENANT_ID } from './index';

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
