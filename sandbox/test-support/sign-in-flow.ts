// A scripted sign-in that walks the sandbox provider's real OpenID endpoints (authorize with PKCE,
// the login page, the token endpoint), as the extension's sign-in window and MSAL do.
import { createHash, randomBytes } from 'node:crypto';
import { CookieSession, type HttpsResponse } from '../https-client';
import type { Sandbox } from '../index';

export { CookieSession };

/** A Chromium extension's identity redirect URI, as tests sign in with. */
export const CHROME_REDIRECT_URI = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
/** The origin of that test extension. */
export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** A PKCE verifier and its S256 challenge (RFC 7636). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The authorization request's parameters a test may change. */
export interface AuthorizeOptions {
  redirectUri?: string;
  scope?: string;
  prompt?: string;
  loginHint?: string;
  challenge: string;
  state?: string;
  nonce?: string;
}

/** The provider's /authorize URL for the sandbox's client, with `options`. */
export function authorizeUrl(sb: Sandbox, options: AuthorizeOptions): string {
  const params = new URLSearchParams({
    client_id: sb.clientId,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: options.redirectUri ?? CHROME_REDIRECT_URI,
    scope: options.scope ?? sb.scopes.join(' '),
    code_challenge: options.challenge,
    code_challenge_method: 'S256',
    state: options.state ?? 'state-1',
    nonce: options.nonce ?? 'nonce-1',
    ...(options.prompt ? { prompt: options.prompt } : {}),
    ...(options.loginHint ? { login_hint: options.loginHint } : {}),
  });
  return `${sb.authority}/authorize?${params.toString()}`;
}

/** Resolves a Location header against the provider origin. */
function absolute(sb: Sandbox, location: string): string {
  return new URL(location, sb.authority).toString();
}

/**
 * A scripted sign-in's outcome: whether the login page showed, and the final redirect to the app.
 */
export interface FlowResult {
  /** Pages passed through: 'login' when the login page was shown. */
  sawLoginPage: boolean;
  /** The final redirect to the app, e.g. https://...chromiumapp.org/#code=...&state=... */
  redirect: string;
}

/**
 * Drives /authorize like a browser would (following redirects, submitting the login page as
 * `user` if it shows up) until the provider redirects back to the app.
 */
export async function runAuthorize(
  sb: Sandbox,
  session: CookieSession,
  url: string,
  user = 'alice',
): Promise<FlowResult> {
  let next = url;
  let sawLoginPage = false;
  for (let hop = 0; hop < 12; hop++) {
    const res: HttpsResponse = await session.request(next);
    if (res.status === 302 || res.status === 303) {
      const location = absolute(sb, res.headers.location ?? '');
      if (new URL(location).origin !== new URL(sb.authority).origin) {
        return { sawLoginPage, redirect: location };
      }
      next = location;
      continue;
    }
    if (res.status === 200 && res.body.includes('id="sign-in"')) {
      sawLoginPage = true;
      const action = /action="([^"]+)"/.exec(res.body)?.[1];
      if (!action) throw new Error('login page without a form action');
      const posted = await session.request(absolute(sb, action.replace(/&#47;/g, '/')), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: user }).toString(),
      });
      if (posted.status !== 303) throw new Error(`login POST answered ${String(posted.status)}`);
      next = absolute(sb, posted.headers.location ?? '');
      continue;
    }
    if (res.status === 200 && res.body.includes('document.forms[0].submit()')) {
      // oidc-provider's self-submitting form (switching accounts ends the old session first);
      // a browser submits it by script, this client by hand.
      const action = /<form method="post" action="([^"]+)"/.exec(res.body)?.[1] ?? '';
      const fields = [...res.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)];
      const posted = await session.request(absolute(sb, action), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields.map((m) => [m[1] ?? '', m[2] ?? ''])).toString(),
      });
      next = absolute(sb, posted.headers.location ?? '');
      continue;
    }
    throw new Error(
      `authorize flow stopped at HTTP ${String(res.status)}: ${res.body.slice(0, 300)}`,
    );
  }
  throw new Error('too many redirects');
}

/** The token endpoint's answer. */
export interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
  scope?: string;
  token_type: string;
  error?: string;
  error_description?: string;
  error_codes?: number[];
}

/**
 * POSTs `form` to the token endpoint from `origin` (CORS, as the extension's); returns its status,
 * headers and JSON body.
 */
export async function tokenRequest(
  sb: Sandbox,
  form: Record<string, string>,
  origin = EXTENSION_ORIGIN,
): Promise<{ status: number; headers: HttpsResponse['headers']; body: TokenResponse }> {
  const { httpsRequest } = await import('../https-client');
  const res = await httpsRequest(`${sb.authority}/token`, {
    method: 'POST',
    ca: sb.caPem,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8',
      Origin: origin,
    },
    body: new URLSearchParams({ client_id: sb.clientId, ...form }).toString(),
  });
  return { status: res.status, headers: res.headers, body: JSON.parse(res.body) as TokenResponse };
}

/** Full sign-in: authorize (+ login page) then code exchange with PKCE. */
export async function signIn(
  sb: Sandbox,
  session: CookieSession,
  options: { user?: string; prompt?: string; loginHint?: string; redirectUri?: string } = {},
): Promise<{ flow: FlowResult; tokens: TokenResponse }> {
  const { verifier, challenge } = pkcePair();
  const redirectUri = options.redirectUri ?? CHROME_REDIRECT_URI;
  const flow = await runAuthorize(
    sb,
    session,
    authorizeUrl(sb, {
      challenge,
      redirectUri,
      ...(options.prompt ? { prompt: options.prompt } : {}),
      ...(options.loginHint ? { loginHint: options.loginHint } : {}),
    }),
    options.user,
  );
  const fragment = new URLSearchParams(new URL(flow.redirect).hash.slice(1));
  const code = fragment.get('code');
  if (!code) throw new Error(`no code in redirect ${flow.redirect}`);
  // The extra parameters are what msal-browser sends with every code redemption.
  const res = await tokenRequest(sb, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
    scope: sb.scopes.join(' '),
    client_info: '1',
    'x-client-SKU': 'msal.js.browser',
  });
  if (res.status !== 200) throw new Error(`token endpoint: ${JSON.stringify(res.body)}`);
  return { flow, tokens: res.body };
}

/** A JWT's payload, decoded without checking the signature (tests read claims). */
export function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
