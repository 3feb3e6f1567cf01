import { ACCESS_TOKEN_KEY, createAccessTokenCache, type SessionArea } from './access-token-cache';
import type { AccountStatus, SignInGrant } from './grant';
import type { SilentSignInResult, SilentSignInTarget } from './silent-sign-in';
import { revokeRefreshToken } from './token-revocation';
import { createTokenRenewal } from './token-renewal';
import type { TokenResult, TokenSource } from './token-source';
import type { AuthStore } from './token-store';

/** A token this close to expiry is renewed first, so it cannot expire in the middle of a pass. */
const EXPIRY_MARGIN_MS = 2 * 60_000;

/** What the worker's sign-in needs; `now` in epoch milliseconds (Date.now unless a test says). */
export interface BackgroundAuthDeps {
  store: AuthStore;
  session: SessionArea;
  fetch?: typeof fetch;
  now?: () => number;
  /**
   * Renews at the identity provider without showing anything (prompt=none) when the refresh token
   * no longer works; absent where the browser cannot (the user is then asked at once).
   */
  silentSignIn?: (target: SilentSignInTarget) => Promise<SilentSignInResult>;
}

/**
 * The worker's side of sign-in: keeps what the options page's interactive sign-in produced, renews
 * access tokens (token-renewal), and is the sync engine's TokenSource. Tokens exist only here
 * (IndexedDB, encrypted; storage.session; memory) and in the options page while it signs in: no
 * message ever carries a token out of the worker.
 */
export function createBackgroundAuth({
  store,
  session,
  fetch: fetcher,
  now = Date.now,
  silentSignIn,
}: BackgroundAuthDeps) {
  const cache = createAccessTokenCache(session);
  const { renew } = createTokenRenewal({
    store,
    cache,
    now,
    ...(fetcher ? { fetch: fetcher } : {}),
    ...(silentSignIn ? { silentSignIn } : {}),
  });

  /**
   * One lookup at a time: refresh tokens rotate, and redeeming the old one twice makes the provider
   * revoke the grant. A forced refresh asked for while another renewal ran takes that renewal's
   * fresh token instead of renewing again.
   */
  let queue: Promise<unknown> = Promise.resolve();
  let renewals = 0;

  async function acquire(
    forceRefresh: boolean,
    ticket: number,
    scope?: string,
  ): Promise<TokenResult> {
    const record = await store.load();
    if (!record) return { kind: 'signed-out' };
    if (record.state === 'interaction-required') {
      return { kind: 'interaction-required', reason: record.reason ?? 'ended' };
    }
    const key = cache.keyFor(scope);
    const cached = await cache.read(record, key);
    const fresh = !forceRefresh || renewals > ticket;
    if (fresh && cached && cached.expiresAt - EXPIRY_MARGIN_MS > now()) {
      return { kind: 'token', accessToken: cached.accessToken, account: record.account.username };
    }
    try {
      return await (scope === undefined
        ? renew(record)
        : renew(record, [scope, 'offline_access'], key));
    } finally {
      renewals++;
    }
  }

  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  async function status(): Promise<AccountStatus> {
    const record = await store.load();
    if (!record) return { state: 'signed-out' };
    return {
      state: record.state,
      account: record.account,
      authority: record.authority,
      clientId: record.clientId,
      ...(record.reason && record.state === 'interaction-required'
        ? { reason: record.reason }
        : {}),
    };
  }

  const tokens: TokenSource = {
    getAccessToken({ forceRefresh }) {
      const ticket = renewals;
      return exclusive(() => acquire(forceRefresh, ticket));
    },
  };

  return {
    tokens,

    /**
     * A token for another API's delegated scope (e.g. the organisation relay's
     * `api://…/Activity.Report`), renewed from the same sign-in, cached apart from Graph's. Same
     * results and errors as `tokens.getAccessToken`.
     */
    tokenFor(scope: string, { forceRefresh }: { forceRefresh: boolean }): Promise<TokenResult> {
      const ticket = renewals;
      return exclusive(() => acquire(forceRefresh, ticket, scope));
    },

    status,

    /** Keeps a fresh interactive sign-in (replacing any earlier one). */
    async completeSignIn(grant: SignInGrant): Promise<AccountStatus> {
      await exclusive(async () => {
        const base = {
          account: grant.account,
          clientId: grant.clientId,
          authority: grant.authority,
          tokenEndpoint: grant.tokenEndpoint,
          scopes: grant.scopes,
          ...(grant.revocationEndpoint ? { revocationEndpoint: grant.revocationEndpoint } : {}),
          ...(grant.refreshTokenExpiresAt
            ? { refreshTokenExpiresAt: grant.refreshTokenExpiresAt }
            : {}),
        };
        await store.save({
          ...base,
          state: 'signed-in',
          refreshToken: await store.seal(grant.refreshToken, base),
          updatedAt: now(),
        });
        await cache.write(ACCESS_TOKEN_KEY, {
          accessToken: grant.accessToken,
          expiresAt: grant.accessTokenExpiresAt,
          homeAccountId: grant.account.homeAccountId,
        });
      });
      return status();
    },

    /**
     * Forgets the sign-in everywhere it is kept. The refresh token is also revoked at the provider
     * when it offers a revocation endpoint (Entra does not; its tokens simply expire).
     */
    async signOut(): Promise<void> {
      return exclusive(async () => {
        const record = await store.load();
        const refreshToken = record ? await store.unseal(record) : null;
        await store.clear();
        await cache.clear();
        if (record?.revocationEndpoint && refreshToken) {
          await revokeRefreshToken(
            record.revocationEndpoint,
            record.clientId,
            refreshToken,
            fetcher ?? fetch,
          );
        }
      });
    },
  };
}

/** The worker's sign-in; see createBackgroundAuth. */
export type BackgroundAuth = ReturnType<typeof createBackgroundAuth>;
