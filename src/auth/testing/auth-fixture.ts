// Test support, never bundled: the worker's sign-in over an in-memory storage.session, a fresh
// IndexedDB auth store, a scripted token endpoint and a clock the test moves.
import { createBackgroundAuth, type BackgroundAuthDeps } from '../background-auth';
import type { SessionArea } from '../access-token-cache';
import type { SignInGrant } from '../grant';
import { openAuthStore } from '../token-store';

/** storage.session in memory; `data` shows what is kept. */
export function memorySession(): SessionArea & { data: Map<string, unknown> } {
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

/** The test clock's start, epoch milliseconds. */
export const NOW = 1_700_000_000_000;
/** A completed interactive sign-in, with revocation endpoint. */
export const grant: SignInGrant = {
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

/** One request to the provider: its URL and form body. */
export interface Call {
  url: string;
  body: Record<string, string>;
}

/** The worker's auth answering token requests with `answers`; `advance` moves its clock. */
export function setup(
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

/** A JSON response. */
export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
