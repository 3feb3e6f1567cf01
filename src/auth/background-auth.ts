import type { AccountStatus, SignInGrant } from './grant';
import { redeemRefreshToken } from './refresh-grant';
import { decideAfterSilent, decideOnRefreshFailure, type RenewalTrigger } from './renewal-policy';
import type { SilentSignInResult, SilentSignInTarget } from './silent-sign-in';
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
  /**
   * Renews at the identity provider without showing anything (prompt=none) when the refresh token
   * no longer works; absent where the browser cannot (the user is then asked at once).
   */
  silentSignIn?: (target: SilentSignInTarget) => Promise<SilentSignInResult>;
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
  silentSignIn,
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
  /** Keeps tokens from a renewal: a rotated refresh token (sealed) and its expiry, if any. */
  async function keepRefreshToken(
    record: StoredSignIn,
    refreshToken: string | undefined,
    expiresInSec: number | undefined,
    at: number,
  ): Promise<StoredSignIn> {
    const next: StoredSignIn = { ...record, updatedAt: at };
    if (refreshToken !== undefined) {
      next.refreshToken = await store.seal(refreshToken, record);
      // Entra's SPA refresh tokens do not slide: keep the first expiry unless told otherwise.
      if (expiresInSec !== undefined) next.refreshTokenExpiresAt = at + expiresInSec * 1000;
    }
    await store.save(next);
    return next;
  }

  /**
   * The refresh token failed: renew silently at the provider when that can work (renewal-policy),
   * else ask the user. One attempt per failure; a failed one leaves the sign-in "needs the user",
   * so nothing is tried again until they sign in. The outbox is never touched.
   */
  async function recover(
    record: StoredSignIn,
    trigger: RenewalTrigger,
    scopes: readonly string[],
    key: string,
  ): Promise<TokenResult> {
    const decision = decideOnRefreshFailure(trigger, {
      silentAvailable: silentSignIn !== undefined,
    });
    if (decision.action === 'ask-user' || !silentSignIn) {
      return needsUser(record, decision.action === 'ask-user' ? decision.reason : '');
    }
    // The dead token goes first: a worker stopped mid-attempt retries silently, not with it.
    const { refreshToken: _dead, refreshTokenExpiresAt: _over, ...alive } = record;
    await store.save(alive);
    const outcome = await silentSignIn(alive);
    const next = decideAfterSilent(outcome, trigger);
    if (next.action === 'ask-user') return needsUser(alive, next.reason);
    if (next.action === 'retry-later' || outcome.kind !== 'signed-in') {
      throw new TokenUnavailableError(
        outcome.kind === 'unavailable' ? outcome.message : 'silent sign-in',
      );
    }
    const at = now();
    const { tokens } = outcome;
    const renewed = await keepRefreshToken(
      alive,
      tokens.refreshToken,
      tokens.refreshTokenExpiresInSec,
      at,
    );
    await session.set({
      [ACCESS_TOKEN_KEY]: {
        accessToken: tokens.accessToken,
        expiresAt: at + tokens.expiresInSec * 1000,
        homeAccountId: record.account.homeAccountId,
      } satisfies CachedAccessToken,
    });
    // Another API's token (the relay's) comes from the new refresh token, as usual.
    if (key !== ACCESS_TOKEN_KEY && renewed.refreshToken) return renew(renewed, scopes, key);
    return { kind: 'token', accessToken: tokens.accessToken, account: record.account.username };
  }

  async function renew(
    record: StoredSignIn,
    scopes: readonly string[] = record.scopes,
    key = ACCESS_TOKEN_KEY,
  ): Promise<TokenResult> {
    if (record.refreshTokenExpiresAt !== undefined && record.refreshTokenExpiresAt <= now()) {
      return recover(record, { kind: 'refresh-expired' }, scopes, key);
    }
    // None kept: an earlier silent attempt dropped the dead one and could not reach the provider.
    if (record.refreshToken === undefined) {
      return recover(record, { kind: 'refresh-expired' }, scopes, key);
    }
    const refreshToken = await store.unseal(record);
    if (refreshToken === null) return recover(record, { kind: 'refresh-missing' }, scopes, key);
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
      const { error, description } = outcome;
      return recover(record, { kind: 'refresh-rejected', error, description }, scopes, key);
    }
    if (outcome.kind === 'unavailable') {
      // A token that has not quite expired still works; otherwise the pass waits for the provider.
      const cached = await cachedToken(record, key);
      if (cached && cached.expiresAt > now())
        return { kind: 'token', accessToken: cached.accessToken };
      throw new TokenUnavailableError(outcome.message);
    }
    const at = now();
    await keepRefreshToken(record, outcome.refreshToken, outcome.refreshTokenExpiresInSec, at);
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
