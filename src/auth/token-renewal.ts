import {
  ACCESS_TOKEN_KEY,
  type AccessTokenCache,
  type CachedAccessToken,
} from './access-token-cache';
import { redeemRefreshToken } from './refresh-grant';
import { decideAfterSilent, decideOnRefreshFailure, type RenewalTrigger } from './renewal-policy';
import type { SilentSignInResult, SilentSignInTarget } from './silent-sign-in';
import type { TokenResult } from './token-source';
import type { AuthStore, StoredSignIn } from './token-store';

/** The provider could not be asked (offline, down): not the user's problem, try again later. */
export class TokenUnavailableError extends Error {
  readonly code = 'tokenUnavailable';
  constructor(message: string) {
    super(`Could not renew the sign-in: ${message}`);
    this.name = 'TokenUnavailableError';
  }
}

/** What renewal needs; `now` in epoch milliseconds. */
export interface TokenRenewalDeps {
  store: AuthStore;
  cache: AccessTokenCache;
  fetch?: typeof fetch;
  now: () => number;
  /**
   * Renews at the identity provider without showing anything (prompt=none) when the refresh token
   * no longer works; absent where the browser cannot (the user is then asked at once).
   */
  silentSignIn?: (target: SilentSignInTarget) => Promise<SilentSignInResult>;
}

/**
 * Renews access tokens with the refresh-token grant and, when that fails, by a silent sign-in or
 * by asking the user (renewal-policy). Not serialised itself: the caller runs one renewal at a
 * time, since refresh tokens rotate and redeeming the old one twice makes the provider revoke it.
 */
export function createTokenRenewal({
  store,
  cache,
  fetch: fetcher,
  now,
  silentSignIn,
}: TokenRenewalDeps) {
  async function needsUser(record: StoredSignIn, reason: string): Promise<TokenResult> {
    const { refreshToken: _dead, ...rest } = record;
    await store.save({ ...rest, state: 'interaction-required', reason, updatedAt: now() });
    await cache.clear();
    return { kind: 'interaction-required', reason };
  }

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
    await cache.write(ACCESS_TOKEN_KEY, {
      accessToken: tokens.accessToken,
      expiresAt: at + tokens.expiresInSec * 1000,
      homeAccountId: record.account.homeAccountId,
    });
    // Another API's token (the relay's) comes from the new refresh token, as usual.
    if (key !== ACCESS_TOKEN_KEY && renewed.refreshToken) return renew(renewed, scopes, key);
    return { kind: 'token', accessToken: tokens.accessToken, account: record.account.username };
  }

  /**
   * Renews with the refresh token, for the sign-in's own scopes (Graph) or, with `scopes` and
   * `key`, for another API's (the organisation relay's): Entra's refresh tokens are valid for every
   * resource the app may call, so no second sign-in is needed.
   * @throws TokenUnavailableError when the provider cannot be reached and no cached token is valid.
   */
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
      const cached = await cache.read(record, key);
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
    await cache.write(key, cached);
    return { kind: 'token', accessToken: outcome.accessToken, account: record.account.username };
  }

  return { renew };
}
