/**
 * Where background sync gets access tokens. The sync engine depends only on this; the sign-in
 * module (MSAL in an extension document) provides the real one.
 */
export type TokenResult =
  | { kind: 'token'; accessToken: string; account?: string }
  /** Nobody has signed in (or they signed out): sync stays off. */
  | { kind: 'signed-out' }
  /** Signed in, but a token cannot be had without the user (expired session, revoked consent). */
  | { kind: 'interaction-required'; reason: string };

/** Where sync gets its Graph access token (the worker's sign-in, background-auth.ts). */
export interface TokenSource {
  /**
   * Rejects when a token cannot be had right now for a passing reason (the identity provider is
   * unreachable): sync backs off and tries again, keeping everything.
   */
  getAccessToken(options: { forceRefresh: boolean }): Promise<TokenResult>;
}

/** The source used while no sign-in is configured. */
export const signedOutTokenSource: TokenSource = {
  getAccessToken: () => Promise.resolve({ kind: 'signed-out' }),
};
