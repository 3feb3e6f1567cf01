// A federated sign-in (oidc/federation.ts): the authority sends the person to the organisation's
// identity provider on another origin, which signs them in and sends them back with an assertion.
import { describe, expect, it } from 'vitest';
import { CookieSession } from './https-client';
import { useSandbox } from './test-support/fixture';
import {
  authorizeUrl,
  CHROME_REDIRECT_URI,
  decodeJwt,
  pkcePair,
  runAuthorize,
  tokenRequest,
} from './test-support/sign-in-flow';

const fx = useSandbox({ federated: true });

/** Follows the authority's redirects until it sends the browser elsewhere; that address. */
async function toOrgIdp(session: CookieSession, url: string, authority: string): Promise<URL> {
  let next = url;
  for (let hop = 0; hop < 8; hop++) {
    const res = await session.request(next);
    const location = new URL(res.headers.location ?? '', authority);
    if (location.origin !== new URL(authority).origin) return location;
    next = location.href;
  }
  throw new Error('the authority never sent the sign-in elsewhere');
}

describe('federated sign-in', () => {
  it('passes through the organisation’s identity provider on another origin and issues tokens', async () => {
    const { sb } = fx;
    const session = new CookieSession(sb.caPem);
    const { verifier, challenge } = pkcePair();
    const orgIdp = await toOrgIdp(session, authorizeUrl(sb, { challenge }), sb.authority);
    expect(orgIdp.origin).toBe(`https://localhost:${new URL(sb.authority).port}`);
    expect(orgIdp.pathname).toBe('/corp-id/portal');
    const page = await session.request(orgIdp.href);
    expect(page.body).toContain('id="sign-in"');
    const posted = await session.request(orgIdp.href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'carol' }).toString(),
    });
    expect(posted.status).toBe(303);
    const back = new URL(posted.headers.location ?? '');
    expect(back.origin).toBe(new URL(sb.authority).origin);
    const flow = await runAuthorize(sb, session, back.href);
    const code = new URLSearchParams(new URL(flow.redirect).hash.slice(1)).get('code') ?? '';
    const tokens = await tokenRequest(sb, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: CHROME_REDIRECT_URI,
      code_verifier: verifier,
      client_id: sb.clientId,
    });
    expect(decodeJwt(tokens.body.access_token)).toMatchObject({
      preferred_username: 'carol@sandbox.test',
    });
  });

  it('refuses an assertion the identity provider did not sign', async () => {
    const { sb } = fx;
    const session = new CookieSession(sb.caPem);
    const orgIdp = await toOrgIdp(
      session,
      authorizeUrl(sb, { challenge: pkcePair().challenge }),
      sb.authority,
    );
    const uid = orgIdp.searchParams.get('relay') ?? '';
    const forged = `${sb.authority}/interaction/${uid}/federated?user=alice&assertion=forged`;
    expect((await session.request(forged)).status).toBe(400);
  });
});
