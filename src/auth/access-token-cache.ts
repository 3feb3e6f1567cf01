import type { StoredSignIn } from './token-store';

/** Where the current access token is cached: storage.session (memory only, trusted contexts). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** storage.session key of Graph's access token; another API's token is kept under `${key}:${scope}`. */
export const ACCESS_TOKEN_KEY = 'auth-access-token';

/** An access token as kept in storage.session; `expiresAt` in epoch milliseconds. */
export interface CachedAccessToken {
  accessToken: string;
  expiresAt: number;
  /** The account it was issued to: a token left from another sign-in is never used. */
  homeAccountId: string;
}

/**
 * The access tokens of one sign-in in storage.session: Graph's under ACCESS_TOKEN_KEY, another
 * API's (the organisation relay's) under a key of its own, remembered so that sign-out and "needs
 * the user" forget them all.
 */
export function createAccessTokenCache(session: SessionArea) {
  /** storage.session keys of tokens for other APIs, to forget them with the sign-in. */
  const scopedKeys = new Set<string>();

  return {
    /** The key for a delegated scope (undefined: Graph's, the sign-in's own scopes). */
    keyFor(scope?: string): string {
      if (scope === undefined) return ACCESS_TOKEN_KEY;
      const key = `${ACCESS_TOKEN_KEY}:${scope}`;
      scopedKeys.add(key);
      return key;
    },

    /** The token kept under `key` if it was issued to this sign-in's account (expired or not). */
    async read(
      record: StoredSignIn,
      key = ACCESS_TOKEN_KEY,
    ): Promise<CachedAccessToken | undefined> {
      const cached = (await session.get(key))[key] as CachedAccessToken | undefined;
      return cached?.homeAccountId === record.account.homeAccountId ? cached : undefined;
    },

    write(key: string, token: CachedAccessToken): Promise<void> {
      return session.set({ [key]: token });
    },

    /** Forgets every access token (Graph's and other APIs'). */
    async clear(): Promise<void> {
      await session.remove(ACCESS_TOKEN_KEY);
      for (const key of scopedKeys) await session.remove(key);
    },
  };
}

/** The access tokens of one sign-in; see createAccessTokenCache. */
export type AccessTokenCache = ReturnType<typeof createAccessTokenCache>;
