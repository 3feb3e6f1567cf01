// Access tokens minted outside a sign-in (sb.issueToken, `npm run sandbox:token`, the relay's
// token requests): real tokens from the provider's own AccessToken model, so they carry the same
// keys and claims as tokens the token endpoint issues.
import type { Provider } from 'oidc-provider';
import { USER_ACTIVITY_SCOPE } from '../graph/auth';
import { sandboxUser } from '../users';
import { resourceServerInfo } from './configuration';
import {
  GRAPH_AUDIENCE,
  RELAY_API_AUDIENCE,
  RELAY_API_SCOPE,
  SANDBOX_CLIENT_ID,
} from './registration';

/** How a test token is issued: lifetime (s), scopes, client id, audience. */
export interface IssueTokenOptions {
  /** Lifetime in seconds; zero or negative issues a token that has already expired. */
  expiresInSec?: number;
  /** Space-separated scopes (default: UserActivity.ReadWrite.CreatedByApp). */
  scope?: string;
  /** Client (app) the token is for (default: the extension's client id). */
  clientId?: string;
  /** Resource (audience): Graph by default, or RELAY_API_AUDIENCE for the relay's API. */
  audience?: string;
}

/**
 * Mints an access token for the sandbox user `userName` with a grant of its own.
 * @param accessTokenTtlSec The provider's current access-token lifetime (seconds): the default
 *   lifetime, and what the resource server advertises.
 * @throws Error for an unknown user or client.
 */
export async function mintAccessToken(
  provider: Provider,
  accessTokenTtlSec: number,
  userName: string,
  options: IssueTokenOptions = {},
): Promise<string> {
  const user = sandboxUser(userName);
  const clientId = options.clientId ?? SANDBOX_CLIENT_ID;
  const client = await provider.Client.find(clientId);
  if (!client) throw new Error(`unknown sandbox client: ${clientId}`);
  const audience = options.audience ?? GRAPH_AUDIENCE;
  const scope =
    options.scope ?? (audience === RELAY_API_AUDIENCE ? RELAY_API_SCOPE : USER_ACTIVITY_SCOPE);
  const grant = new provider.Grant({ accountId: user.oid, clientId });
  grant.addResourceScope(audience, scope);
  const grantId = await grant.save();
  const ttl = options.expiresInSec ?? accessTokenTtlSec;
  const now = Math.floor(Date.now() / 1000);
  const token = new provider.AccessToken({
    accountId: user.oid,
    client,
    grantId,
    scope,
    gty: 'sandbox',
    resourceServer: new provider.ResourceServer(
      audience,
      resourceServerInfo(accessTokenTtlSec, scope, audience),
    ),
    // An already-expired token still needs iat < exp.
    iat: ttl > 0 ? now : now + ttl - 3600,
    exp: now + ttl,
  });
  return token.save();
}
