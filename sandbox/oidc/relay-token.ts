// The token endpoint's answer to a refresh-token grant for the relay's API scope, as Entra gives
// it: one refresh token of the extension is good for every API the extension may call, so the
// worker asks `scope=api://reading-timeline-relay/Activity.Report offline_access` with the refresh
// token of its Graph sign-in and gets an access token for the relay's audience. oidc-provider has
// no notion of a scope naming its resource, so this one request is answered here; every other
// token request goes to oidc-provider unchanged. The extension's client counts as pre-authorized
// for the relay scope (relay/README.md: "Authorized client applications"), so no consent is asked.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { userByOid } from '../users';
import { isAllowedOrigin, RELAY_API_AUDIENCE, RELAY_API_SCOPE } from './registration';

/** The relay scope in Entra's v2 form: `<App ID URI>/<scope>`. */
export const RELAY_FULL_SCOPE = `${RELAY_API_AUDIENCE}/${RELAY_API_SCOPE}`;

/** Reads a request body (token requests are small; 56 KiB as oidc-provider allows). */
export async function readRequestBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > 56 * 1024) throw new Error('token request too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** True for a refresh-token grant asking for the relay's scope. */
export function isRelayTokenRequest(body: URLSearchParams): boolean {
  return (
    body.get('grant_type') === 'refresh_token' &&
    (body.get('scope') ?? '').split(' ').includes(RELAY_FULL_SCOPE)
  );
}

/**
 * Answers the relay-scope refresh grant: the refresh token must be live (not expired, consumed or
 * revoked with its grant) and belong to the requesting client; the answer is an access token for
 * the relay's audience with `scp` `Activity.Report`. Errors are OAuth's `invalid_grant`.
 */
export async function answerRelayTokenRequest(
  provider: Provider,
  mint: (userName: string, clientId: string) => Promise<string>,
  ttlSec: number,
  req: IncomingMessage,
  res: ServerResponse,
  body: URLSearchParams,
): Promise<void> {
  const origin = req.headers.origin;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
  };
  if (origin !== undefined && isAllowedOrigin(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers.Vary = 'Origin';
  }
  const fail = (description: string) => {
    res.writeHead(400, headers);
    res.end(JSON.stringify({ error: 'invalid_grant', error_description: description }));
  };
  const clientId = body.get('client_id') ?? '';
  const token = await provider.RefreshToken.find(body.get('refresh_token') ?? '');
  if (!token || token.isExpired || token.consumed) {
    fail('refresh token is not valid');
    return;
  }
  if (token.clientId !== clientId) {
    fail('refresh token was issued to another client');
    return;
  }
  if (!token.grantId || !(await provider.Grant.find(token.grantId))) {
    fail('the grant was revoked');
    return;
  }
  const user = token.accountId === undefined ? undefined : userByOid(token.accountId);
  if (!user) {
    fail('unknown account');
    return;
  }
  res.writeHead(200, headers);
  res.end(
    JSON.stringify({
      access_token: await mint(user.name, clientId),
      token_type: 'Bearer',
      expires_in: ttlSec,
      scope: RELAY_FULL_SCOPE,
    }),
  );
}
