import { describeRefreshRejection } from './errors';
import type { AccountStatus, SignInGrant } from './grant';
import { redeemRefreshToken } from './refresh-grant';
import type { TokenResult, TokenSource } from './token-source';
import type { AuthStore, StoredSignIn } from './token-store';

/** Where the current access token is cached: storage.session (memory only, trusted contexts). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const ACCESS_TOKEN_KEY = 'auth-access-token';
/** A token this close to expiry is renewed first, so it cannot expire in the middle of a pass. */
const EXPIRY_MARGIN_MS = 2 * 60_000;

interface CachedAccessToken {
  accessToken: string;
  expiresAt: number;
  homeAccountId: string;
}

/** The provider could not be asked (offline, down): not the user's problem, try again later. */
export class TokenUnavailableError extends Error {
  readonly code = 'tokenUnavailable';
  constructor(message: string) {
    super(`Could not renew the sign-in: ${message}`);
    this.name = 'TokenUnavailableError';
  }
}

export interface BackgroundAuthDeps {
  store: AuthStore;
  session: SessionArea;
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * The worker's side of sign-in: keeps what the options page's interactive sign-in produced, renews
 * access tokens with the refresh-token grant, and is the sync engine's TokenSource. Tokens exist
 * only here (IndexedDB, encrypted; storage.session; memory) and in the options page while it signs
 * in: no message ever carries a token out of the worker.
 */
export function createBackgroundAuth({
  store,
  session,
  fetch: fetcher,
  now = Date.now,
}: BackgroundAuthDeps) {
  async function cachedToken(
    record: StoredSignIn,
    key = ACCESS_TOKEN_KEY,
  ): Promise<CachedAccessToken | undefined> {
    const cached = (await session.get(key))[key] as CachedAccessToken | undefined;
    return cached?.homeAccountId === record.account.homeAccountId ? cached : undefined;
  }

  async function needsUser(record: StoredSignIn, reason: string): Promise<TokenResult> {
    const { refreshToken: _dead, ...rest } = record;
    await store.save({ ...rest, state: 'interaction-required', reason, updatedAt: now() });
    await session.remove(ACCESS_TOKEN_KEY);
    for (const key of scopedKeys) await session.remove(key);
    return { kind: 'interaction-required', reason };
  }

  /**
   * Renews with the refresh token, for the sign-in's own scopes (Graph) or, with `scopes` and
   * `key`, for another API's (the organisation relay's): Entra's refresh tokens are valid for every
   * resource the app may call, so no second sign-in is needed.
   */
  async function renew(
    record: StoredSignIn,
    scopes: readonly string[] = record.scopes,
    key = ACCESS_TOKEN_KEY,
  ): Promise<TokenResult> {
    if (record.refreshTokenExpiresAt !== undefined && record.refreshTokenExpiresAt <= now()) {
      return needsUser(
        record,
        'Your sign-in has expired. Sign in again to keep publishing to your Timeline.',
      );
    }
    const refreshToken = await store.unseal(record);
    if (refreshToken === null) {
      return needsUser(record, 'The saved sign-in could not be read. Sign in again.');
    }
    const outcome = await redeemRefreshToken(
      {
        tokenEndpoint: record.tokenEndpoint,
        clientId: record.clientId,
        scopes,
        refreshToken,
      },
      fetcher,
    );
    if (outcome.kind === 'rejected') {
      return needsUser(record, describeRefreshRejection(outcome.error, outcome.description));
    }
    if (outcome.kind === 'unavailable') {
      // A token that has not quite expired still works; otherwise the pass waits for the provider.
      const cached = await cachedToken(record, key);
      if (cached && cached.expiresAt > now())
        return { kind: 'token', accessToken: cached.accessToken };
      throw new TokenUnavailableError(outcome.message);
    }
    const at = now();
    const next: StoredSignIn = { ...record, updatedAt: at };
    if (outcome.refreshToken !== undefined) {
      next.refreshToken = await store.seal(outcome.refreshToken, record);
      // Entra's SPA refresh tokens do not slide: keep the first expiry unless told otherwise.
      if (outcome.refreshTokenExpiresInSec !== undefined) {
        next.refreshTokenExpiresAt = at + outcome.refreshTokenExpiresInSec * 1000;
      }
    }
    await store.save(next);
    const cached: CachedAccessToken = {
      accessToken: outcome.accessToken,
      expiresAt: at + outcome.expiresInSec * 1000,
      homeAccountId: record.account.homeAccountId,
    };
    await session.set({ [key]: cached });
    return { kind: 'token', accessToken: outcome.accessToken, account: record.account.username };
  }

  /** storage.session keys of tokens for other APIs, to forget them with the sign-in. */
  const scopedKeys = new Set<string>();

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
      return { kind: 'interaction-required', reason: record.reason ?? 'Sign in again.' };
    }
    const key = scope === undefined ? ACCESS_TOKEN_KEY : `${ACCESS_TOKEN_KEY}:${scope}`;
    if (scope !== undefined) scopedKeys.add(key);
    const cached = await cachedToken(record, key);
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
        const at = now();
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
          updatedAt: at,
        });
        const cached: CachedAccessToken = {
          accessToken: grant.accessToken,
          expiresAt: grant.accessTokenExpiresAt,
          homeAccountId: grant.account.homeAccountId,
        };
        await session.set({ [ACCESS_TOKEN_KEY]: cached });
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
        await session.remove(ACCESS_TOKEN_KEY);
        for (const key of scopedKeys) await session.remove(key);
        if (record?.revocationEndpoint && refreshToken) {
          await revoke(record.revocationEndpoint, record.clientId, refreshToken, fetcher ?? fetch);
        }
      });
    },
  };
}

async function revoke(
  endpoint: string,
  clientId: string,
  token: string,
  fetcher: typeof fetch,
): Promise<void> {
  try {
    await fetcher(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, token_type_hint: 'refresh_token', client_id: clientId }),
      credentials: 'omit',
      signal: AbortSignal.timeout(5_000),
    });
  } catch {
    // Best effort: the token is already gone from this browser.
  }
}

export type BackgroundAuth = ReturnType<typeof createBackgroundAuth>;
