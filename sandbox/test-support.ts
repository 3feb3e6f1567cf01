// Helpers shared by the sandbox's own tests: a sandbox per test file, a thin Graph client, the seed
// examples from the public Graph docs, and a scripted sign-in that walks the real OIDC endpoints.
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { CookieSession, type HttpsResponse } from './https-client';
import {
  type Sandbox,
  sandboxAdmin,
  type SandboxAdmin,
  type SandboxOptions,
  startSandbox,
} from './index';

/** Shared across test files so the certificate is generated once per machine. */
export const TEST_STATE_DIR = join(tmpdir(), 'reading-timeline-sandbox-tests');

export interface SandboxFixture {
  sb: Sandbox;
  admin: SandboxAdmin;
}

/**
 * Starts one sandbox for the test file and resets its data (and restores budgets) before each
 * test. Access `fixture.sb` / `fixture.admin` inside tests.
 */
export function useSandbox(options: SandboxOptions = {}): SandboxFixture {
  const fixture = {} as SandboxFixture;
  beforeAll(async () => {
    fixture.sb = await startSandbox({ stateDir: TEST_STATE_DIR, quiet: true, ...options });
    fixture.admin = sandboxAdmin(fixture.sb.adminUrl);
  });
  beforeEach(async () => {
    await fixture.admin.reset();
  });
  afterAll(async () => {
    await fixture.sb.stop();
  });
  return fixture;
}

/** Milliseconds of an ISO date that may be missing (NaN then, which fails any comparison). */
export const ms = (iso: string | null | undefined): number => Date.parse(iso ?? '');

/** Graph's path encoding for appActivityId: encodeURIComponent plus !'()* escaped. */
export function encodeAppActivityId(id: string): string {
  return encodeURIComponent(id).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The JSON shapes the Graph server answers with (all optional: tests assert what is there). */
export interface HistoryItemJson {
  id: string;
  status: string;
  startedDateTime: string;
  lastActiveDateTime: string | null;
  activeDurationSeconds: number | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
  expirationDateTime: string;
  userTimezone?: string;
  [key: string]: unknown;
}

export interface ActivityJson {
  id: string;
  appActivityId: string;
  status: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  expirationDateTime: string;
  historyItems?: HistoryItemJson[];
  [key: string]: unknown;
}

export interface BatchPartJson {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: GraphBody;
}

export interface GraphBody extends Partial<ActivityJson> {
  error?: {
    code: string;
    message: string;
    innerError: { 'request-id': string; 'client-request-id'?: string; date: string };
  };
  value?: ActivityJson[];
  responses?: BatchPartJson[];
  '@odata.context'?: string;
  '@odata.nextLink'?: string;
  activeDurationSeconds?: number | null;
  startedDateTime?: string;
  lastActiveDateTime?: string | null;
}

export interface GraphResult {
  status: number;
  headers: Headers;
  /** Parsed JSON; an empty object for an empty body (204). */
  body: GraphBody;
  /** True when the response had no body at all. */
  empty: boolean;
}

export interface GraphCall {
  method?: string;
  body?: unknown;
  /** Raw body text (overrides `body`), for malformed-payload tests. */
  rawBody?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  token?: string | null;
}

/** A Graph client bound to one version root and one token. */
export function graphClient(baseUrl: string, token: string) {
  const call = async (path: string, options: GraphCall = {}): Promise<GraphResult> => {
    const useToken = options.token === undefined ? token : options.token;
    const hasJson = options.body !== undefined && options.rawBody === undefined;
    const res = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? 'GET',
      headers: {
        ...(useToken === null ? {} : { Authorization: `Bearer ${useToken}` }),
        ...(hasJson ? { 'Content-Type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.rawBody !== undefined
        ? { body: options.rawBody }
        : hasJson
          ? { body: JSON.stringify(options.body) }
          : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: text ? (JSON.parse(text) as GraphBody) : {},
      empty: text === '',
    };
  };
  return {
    call,
    get: (path: string, options: GraphCall = {}) => call(path, { ...options, method: 'GET' }),
    put: (path: string, body: unknown, options: GraphCall = {}) =>
      call(path, { ...options, method: 'PUT', body }),
    del: (path: string, options: GraphCall = {}) => call(path, { ...options, method: 'DELETE' }),
    post: (path: string, body: unknown, options: GraphCall = {}) =>
      call(path, { ...options, method: 'POST', body }),
    putActivity: (appActivityId: string, body: unknown, options: GraphCall = {}) =>
      call(`/me/activities/${encodeAppActivityId(appActivityId)}`, {
        ...options,
        method: 'PUT',
        body,
      }),
  };
}

export type GraphClient = ReturnType<typeof graphClient>;

/** A minimal valid activity body for `appActivityId`. */
export function activityBody(appActivityId: string, extra: Record<string, unknown> = {}) {
  return {
    appActivityId,
    activitySourceHost: 'https://reader.example',
    activationUrl: `https://reader.example/read?id=${encodeURIComponent(appActivityId)}`,
    fallbackUrl: `https://reader.example/read?id=${encodeURIComponent(appActivityId)}`,
    appDisplayName: 'Reading Timeline',
    visualElements: { displayText: `Article ${appActivityId}`, description: 'A test article' },
    ...extra,
  };
}

// --- Seed examples from the public Graph docs (projectrome-put-activity, -put-historyitem) ---

/** "Create or replace an activity" request body (v1.0 and beta pages show the same body). */
export const DOCS_ACTIVITY_EXAMPLE = {
  appActivityId: '/article?12345',
  activitySourceHost: 'https://www.contoso.com',
  userTimezone: 'Africa/Casablanca',
  appDisplayName: 'Contoso, Ltd.',
  activationUrl: 'https://www.contoso.com/article?id=12345',
  contentUrl: 'https://www.contoso.com/article?id=12345',
  fallbackUrl: 'https://www.contoso.com/article?id=12345',
  contentInfo: {
    '@context': 'https://schema.org',
    '@type': 'Article',
    author: 'Jennifer Booth',
    name: 'How to Tie a Reef Knot',
  },
  visualElements: {
    attribution: {
      iconUrl: 'https://www.contoso.com/icon',
      alternateText: 'Contoso, Ltd.',
      addImageQuery: false,
    },
    description:
      'How to Tie a Reef Knot. A step-by-step visual guide to the art of nautical knot-tying.',
    backgroundColor: '#ff0000',
    displayText: 'Contoso How-To: How to Tie a Reef Knot',
    content: {
      $schema: 'https://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      body: [{ type: 'TextBlock', text: 'Contoso MainPage' }],
    },
  },
};

/** The docs' request path for that example: the appActivityId URL-encoded. */
export const DOCS_ACTIVITY_PATH = '/me/activities/%2Farticle%3F12345';

/** "Deep insert" example: the same activity with one history item. */
export const DOCS_DEEP_INSERT_EXAMPLE = {
  ...DOCS_ACTIVITY_EXAMPLE,
  historyItems: [
    {
      userTimezone: 'Africa/Casablanca',
      startedDateTime: '2018-02-26T20:54:04.3457274+00:00',
      lastActiveDateTime: '2018-02-26T20:54:24.3457274+00:00',
    },
  ],
};

/** "Create or replace a history item" example (the item id is the docs' GUID). */
export const DOCS_HISTORY_ITEM_ID = '390e06e2-7e5b-4133-8014-fac7ac5991af';
export const DOCS_HISTORY_ITEM_EXAMPLE = {
  startedDateTime: '2018-02-26T20:54:04.3457274+00:00',
  userTimezone: 'Africa/Casablanca',
  lastActiveDateTime: '2018-02-26T20:54:24.3457274+00:00',
};

// --- Scripted sign-in through the real provider endpoints ---

export const CHROME_REDIRECT_URI = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface AuthorizeOptions {
  redirectUri?: string;
  scope?: string;
  prompt?: string;
  loginHint?: string;
  challenge: string;
  state?: string;
  nonce?: string;
}

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

export interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
  scope?: string;
  token_type: string;
  error?: string;
}

export async function tokenRequest(
  sb: Sandbox,
  form: Record<string, string>,
  origin = EXTENSION_ORIGIN,
): Promise<{ status: number; headers: HttpsResponse['headers']; body: TokenResponse }> {
  const { httpsRequest } = await import('./https-client');
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

export function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export { CookieSession };
