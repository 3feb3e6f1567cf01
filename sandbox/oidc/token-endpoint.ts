// The sandbox's own answers at the token endpoint, ahead of oidc-provider: a refresh token past
// its fixed SPA lifetime gets Entra's AADSTS700084 error (spa-lifetime.ts), and a token request
// for the relay's API is answered by relay-token.ts. Any other request goes on to oidc-provider.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { MemoryStorage } from './adapter';
import { answerRelayTokenRequest, isRelayTokenRequest, readRequestBody } from './relay-token';
import { RELAY_API_AUDIENCE } from './registration';
import { expiredSpaRefreshTokenBody, sendTokenError } from './spa-lifetime';

/** What the token endpoint needs of the provider (IdentityProvider). */
export interface TokenEndpointHost {
  readonly storage: MemoryStorage;
  readonly provider: Provider;
  readonly accessTokenTtlSec: number;
  issueAccessToken(user: string, options: { audience: string; clientId: string }): Promise<string>;
}

/**
 * Answers a POST to the token endpoint when the sandbox answers it itself; true when it did.
 * Otherwise the body it read is left on `req.body`, where oidc-provider takes it.
 */
export async function answerOwnTokenRequest(
  host: TokenEndpointHost,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const text = await readRequestBody(req);
  const body = new URLSearchParams(text);
  const expired =
    body.get('grant_type') === 'refresh_token'
      ? host.storage.expired('RefreshToken', body.get('refresh_token') ?? '')
      : undefined;
  if (expired) {
    const issued = Number(expired.iiat ?? expired.iat);
    const lifetime = Number(expired.exp) - issued;
    sendTokenError(req, res, expiredSpaRefreshTokenBody(issued, lifetime, new Date()));
    return true;
  }
  if (isRelayTokenRequest(body)) {
    const mint = (user: string, clientId: string) =>
      host.issueAccessToken(user, { audience: RELAY_API_AUDIENCE, clientId });
    await answerRelayTokenRequest(host.provider, mint, host.accessTokenTtlSec, req, res, body);
    return true;
  }
  Object.assign(req, { body: text });
  return false;
}
