/**
 * Revokes a refresh token at the provider (RFC 7009, https://www.rfc-editor.org/rfc/rfc7009).
 * Best effort, never throws: the token is already gone from this browser, and a provider that is
 * down or slow (5 s) must not hold sign-out up. Entra offers no such endpoint; its tokens expire.
 */
export async function revokeRefreshToken(
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
      // Never re-sent to wherever a 307/308 points (F-auth-1).
      redirect: 'error',
      signal: AbortSignal.timeout(5_000),
    });
  } catch {
    // Best effort: the token is already gone from this browser.
  }
}
